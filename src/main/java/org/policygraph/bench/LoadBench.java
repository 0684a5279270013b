package org.policygraph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.policygraph.store.LoadListener;
import org.policygraph.store.LoadReport;
import org.policygraph.store.Loader;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.store.PolicyStore;

/**
 * End-to-end {@code load} (text to a fresh TDB2 store: read, extract, map, one transaction per document) against
 * Jena's bulk loader {@code tdb2.tdbloader} (parallel) loading the N-Quads that {@code export} writes from the
 * result into another fresh store. Both in this JVM, one after the other.
 */
public final class LoadBench {
    /**
     * @param loadSeconds  end-to-end load of the texts
     * @param bulkSeconds  tdb2.tdbloader on the exported dump
     * @param triples      quads in the store after load
     * @param storeBytes   size of the store directory after load
     * @param dumpBytes    size of the N-Quads dump
     */
    public record Result(int loaded, int failed, double loadSeconds, double bulkSeconds, long triples, long storeBytes,
                         long bulkStoreBytes, long dumpBytes, Path store) {
        public double loadVsTdbloader() { return loadSeconds / bulkSeconds; }
    }

    private LoadBench() {}

    public static Result run(Path corpus, Path work) throws IOException { return run(corpus, work, BenchRun.referenceOf(corpus)); }

    /** Loads the corpus with {@code reference}, dumps it and bulk-loads the dump. */
    public static Result run(Path corpus, Path work, ReferenceData reference) throws IOException {
        Path store = work.resolve("store"), bulk = work.resolve("store-bulk"), dump = work.resolve("dump.nq");
        delete(store);
        delete(bulk);
        long t0 = System.nanoTime();
        LoadReport report;
        long triples;
        try (PolicyStore s = PolicyStore.open(store)) {
            report = Loader.standard(s, reference).load(List.of(corpus), LoadListener.SILENT);
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            triples = s.size();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dump), 1 << 20)) {
                s.read(ds -> {
                    RDFDataMgr.write(out, ds, Lang.NQUADS);
                    return null;
                });
            }
            long t1 = System.nanoTime();
            tdb2.tdbloader.main("--loc", bulk.toString(), "--loader=parallel", dump.toString());
            double bulkSeconds = (System.nanoTime() - t1) / 1e9;
            return new Result(report.loaded().size(), report.failed().size(), loadSeconds, bulkSeconds, triples, size(store),
                    size(bulk), Files.size(dump), store);
        }
    }

    static long size(Path dir) throws IOException {
        if (!Files.exists(dir)) return 0;
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
