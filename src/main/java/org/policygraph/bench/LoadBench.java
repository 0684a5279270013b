package org.policygraph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.policygraph.store.LoadListener;
import org.policygraph.store.LoadReport;
import org.policygraph.store.Loader;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.store.PolicyStore;

/**
 * End-to-end {@code load} (text to a fresh TDB2 store: read, extract, resolve, map, write) against Jena's bulk loader
 * {@code tdb2.tdbloader} (its default, phased, loader) loading the N-Quads that {@code export} writes from the result into another fresh
 * store. Both in this JVM, one after the other: {@link #load}, then (after the queries have run on the store)
 * {@link #bulk}, which can drop each store or dump once measured, so that a large run needs disk for two of the
 * three at a time.
 */
public final class LoadBench {
    /**
     * The figures of both loads.
     *
     * @param loadSeconds  end-to-end load of the texts
     * @param bulkSeconds  tdb2.tdbloader on the exported dump
     * @param triples      quads in the store after load
     * @param storeBytes   size of the store directory after load
     * @param dumpBytes    size of the N-Quads dump
     * @param steps        seconds of each step of the load ({@link LoadReport#stepSeconds})
     */
    public record Result(int loaded, int failed, double loadSeconds, double bulkSeconds, long triples, long storeBytes,
                         long bulkStoreBytes, long dumpBytes, java.util.Map<String, Double> steps) {
        public double loadVsTdbloader() { return loadSeconds / bulkSeconds; }
    }

    /** How the baseline runs: not at all, or on the dump written plain or gzip-compressed (which tdb2.tdbloader reads as such, decompressing as it parses). */
    public enum Baseline {
        NONE, NQUADS, NQUADS_GZIP;

        String dumpName() { return this == NQUADS_GZIP ? "dump.nq.gz" : "dump.nq"; }
    }

    /** The store after {@link #load}, with the figures of the load. */
    public record Loaded(Path store, LoadReport report, double seconds, long triples) {}

    private LoadBench() {}

    /** Loads the corpus with {@code reference} into a fresh store {@code work/store}, timed. */
    public static Loaded load(Path corpus, Path work, ReferenceData reference) throws IOException {
        Path store = work.resolve("store");
        delete(store);
        long t0 = System.nanoTime();
        try (PolicyStore s = PolicyStore.open(store)) {
            LoadReport report = Loader.standard(s, reference).load(List.of(corpus), LoadListener.SILENT);
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new Loaded(store, report, seconds, s.size());
        }
    }

    /**
     * Exports the loaded store as N-Quads (compressed for {@link Baseline#NQUADS_GZIP}) and bulk-loads the dump with
     * {@code tdb2.tdbloader} into {@code work/store-bulk}. Unless {@code keep}, the loaded store is deleted once
     * exported and the dump and the bulk-loaded store once measured.
     */
    public static Result bulk(Loaded l, Path work, boolean keep, Baseline baseline) throws IOException {
        if (baseline == Baseline.NONE) throw new IllegalArgumentException("no baseline to run: use withoutBaseline");
        Path bulk = work.resolve("store-bulk"), dump = work.resolve(baseline.dumpName());
        delete(bulk);
        long storeBytes = size(l.store());
        try (PolicyStore s = PolicyStore.open(l.store());
             OutputStream out = dumpStream(dump, baseline)) {
            s.read(ds -> {
                RDFDataMgr.write(out, ds, Lang.NQUADS);
                return null;
            });
        }
        if (!keep) release(l.store());
        long t1 = System.nanoTime();
        tdb2.tdbloader.main("--loc", bulk.toString(), dump.toString());
        double bulkSeconds = (System.nanoTime() - t1) / 1e9;
        long bulkBytes = size(bulk), dumpBytes = Files.size(dump);
        if (!keep) {
            release(bulk);
            Files.delete(dump);
        }
        LoadReport r = l.report();
        return new Result(r.loaded().size(), failedDocuments(r), l.seconds(), bulkSeconds, l.triples(), storeBytes, bulkBytes,
                dumpBytes, r.stepSeconds());
    }

    /** A buffered stream to the dump; gzip at its fastest level, since only the disk it saves matters. */
    private static OutputStream dumpStream(Path dump, Baseline baseline) throws IOException {
        OutputStream file = Files.newOutputStream(dump);
        if (baseline != Baseline.NQUADS_GZIP) return new BufferedOutputStream(file, 1 << 20);
        return new BufferedOutputStream(new GZIPOutputStream(file, 1 << 16) {
            { def.setLevel(Deflater.BEST_SPEED); }
        }, 1 << 20);
    }

    /** The figures of the load alone (no export, no bulk load): the baseline's are NaN or -1. */
    public static Result withoutBaseline(Loaded l) throws IOException {
        LoadReport r = l.report();
        return new Result(r.loaded().size(), failedDocuments(r), l.seconds(), Double.NaN, l.triples(), size(l.store()), -1, -1,
                r.stepSeconds());
    }

    /** Documents that failed: the corpus' manifest and reference tables, listed as of an unsupported type, are not documents. */
    private static int failedDocuments(LoadReport r) {
        return (int) r.failed().stream().filter(f -> !f.reason().contains("unsupported type")).count();
    }

    /**
     * Deletes a store directory after dropping this JVM's cached connection to it (TDB2 keeps one per location, with
     * its files mapped, and their disk space is not freed while they stay open).
     */
    private static void release(Path store) throws IOException {
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(store.toString()));
        delete(store);
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
