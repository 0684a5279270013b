package org.policygraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Dumps of the whole store, every named graph, streamed gzip-compressed from a read transaction:
 * {@code /dumps/policy-graph.nq.gz} (N-Quads) and {@code /dumps/policy-graph.trig.gz} (TriG).
 */
final class DumpServlet extends HttpServlet {
    enum Dump {
        NQUADS("/dumps/policy-graph.nq.gz", Lang.NQUADS), TRIG("/dumps/policy-graph.trig.gz", Lang.TRIG);

        final String path;
        final Lang lang;

        Dump(String path, Lang lang) {
            this.path = path;
            this.lang = lang;
        }
    }

    private final DatasetGraph dsg;

    DumpServlet(DatasetGraph dsg) { this.dsg = dsg; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Dump dump = null;
        for (Dump d : Dump.values()) if (d.path.equals(req.getRequestURI())) dump = d;
        if (dump == null) { resp.sendError(404); return; }
        resp.setContentType("application/gzip");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + dump.path.substring("/dumps/".length()) + "\"");
        Lang lang = dump.lang;
        try (OutputStream os = new BufferedOutputStream(new GZIPOutputStream(resp.getOutputStream()), 1 << 16)) {
            Txn.executeRead(dsg, () -> RDFDataMgr.write(os, dsg, lang));
        }
    }
}
