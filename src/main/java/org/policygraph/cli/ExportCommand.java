package org.policygraph.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.policygraph.store.PolicyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export}: the whole store, every named graph, as a dump. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Writes every named graph of the store as N-Quads, TriG or JSON-LD.")
final class ExportCommand implements Callable<Integer> {
    enum Format {
        nquads(Lang.NQUADS), trig(Lang.TRIG), jsonld(Lang.JSONLD);

        final Lang lang;

        Format(Lang lang) { this.lang = lang; }
    }

    @Mixin StoreOption store;

    @Option(names = "--format", required = true, description = "nquads, trig or jsonld")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "output file (default: stdout)")
    Path out;

    @Option(names = "--gzip", description = "gzip the output")
    boolean gzip;

    @Override
    public Integer call() throws IOException {
        try (PolicyStore s = store.open()) {
            OutputStream raw = out != null ? Files.newOutputStream(out) : new FilterOutputStream(System.out) {
                @Override public void close() throws IOException { flush(); } // leave stdout open
            };
            try (OutputStream os = new BufferedOutputStream(gzip ? new GZIPOutputStream(raw) : raw)) {
                s.read(ds -> {
                    RDFDataMgr.write(os, ds, format.lang);
                    return null;
                });
            }
        }
        return 0;
    }
}
