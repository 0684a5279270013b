package org.policygraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;
import java.util.Iterator;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Dumps of the whole store, every named graph, streamed gzip-compressed from a read transaction:
 * {@code /dumps/policy-graph.nq.gz} (N-Quads) and {@code /dumps/policy-graph.trig.gz} (TriG). A dump stops at the
 * server's time-out, like a query: it then ends with the comment line {@link #TRUNCATED} (both formats allow
 * comments), so that a cut dump is never taken for the whole store; {@code policy-graph export} has no time limit.
 */
final class DumpServlet extends HttpServlet {
    enum Dump {
        NQUADS("/dumps/policy-graph.nq.gz", Lang.NQUADS, RDFFormat.NQUADS), TRIG("/dumps/policy-graph.trig.gz", Lang.TRIG, RDFFormat.TRIG_BLOCKS);

        final String path;
        final Lang lang;
        final RDFFormat format;

        Dump(String path, Lang lang, RDFFormat format) {
            this.path = path;
            this.lang = lang;
            this.format = format;
        }
    }

    /** The last line of a dump cut at the time-out. */
    static final String TRUNCATED = "# TRUNCATED: this dump stopped at the server's time-out; run `policy-graph export` for the whole store";

    private final DatasetGraph dsg;
    private final Bounds bounds;

    DumpServlet(DatasetGraph dsg, Bounds bounds) {
        this.dsg = dsg;
        this.bounds = bounds;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Dump dump = null;
        for (Dump d : Dump.values()) if (d.path.equals(req.getRequestURI())) dump = d;
        if (dump == null) { resp.sendError(404); return; }
        resp.setContentType("application/gzip");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + dump.path.substring("/dumps/".length()) + "\"");
        RDFFormat format = dump.format;
        long deadline = bounds.deadline();
        try (OutputStream os = new BufferedOutputStream(new GZIPOutputStream(resp.getOutputStream()), 1 << 16)) {
            boolean cut = Txn.calculateRead(dsg, () -> {
                StreamRDF out = StreamRDFWriter.getWriterStream(os, format);
                out.start();
                Iterator<Quad> it = dsg.find();
                long n = 0;
                boolean stopped = false;
                while (it.hasNext() && !(stopped = (++n & 0xFFF) == 0 && Bounds.past(deadline))) out.quad(it.next());
                out.finish();
                return stopped;
            });
            if (cut) os.write(("\n" + TRUNCATED + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
