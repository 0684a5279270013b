package org.policygraph.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.policygraph.pipeline.Pipeline;
import org.policygraph.text.SourceDecoder;
import org.policygraph.resolve.ReferenceData;
import java.nio.file.Files;

/**
 * The whole bench on one corpus: extraction against a regex scan, load against tdb2.tdbloader, chain queries
 * against ASK; every figure a ratio measured in the same run, plus peak heap sampled throughout.
 */
public final class BenchRun {
    private BenchRun() {}

    /** The reference a corpus is measured with: the bundled tables with those of its {@code reference/} directory, when it has one. */
    public static ReferenceData referenceOf(Path corpus) {
        Path dir = corpus.resolve(ReferenceTables.DIR);
        return Files.isDirectory(dir) ? ReferenceData.bundledWith(dir) : ReferenceData.bundled();
    }

    /** Documents the extraction bench measures at most (spread over the corpus); the load always takes them all. */
    public static final int EXTRACTION_SAMPLE = 5_000;

    /**
     * Runs the bench on a corpus with a reference; stores and the dump go under {@code work}. Unless {@code keep},
     * each is deleted once measured (see {@link LoadBench#bulk}).
     */
    public static Map<String, Object> run(Path corpus, Path work, int queryRuns, ReferenceData reference, boolean keep) throws IOException {
        return run(corpus, work, queryRuns, reference, keep, LoadBench.Baseline.NQUADS);
    }

    /**
     * As {@link #run(Path, Path, int, ReferenceData, boolean)}, with the baseline's dump as given; with
     * {@link LoadBench.Baseline#NONE} the export and {@code tdb2.tdbloader} are skipped (a corpus whose store and dump,
     * or dump and bulk-loaded store, would not fit the disk together), and {@code load_vs_tdbloader} is null.
     */
    public static Map<String, Object> run(Path corpus, Path work, int queryRuns, ReferenceData reference, boolean keep,
                                          LoadBench.Baseline baseline) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        try (HeapSampler heap = new HeapSampler(20)) {
            Map<String, Object> heapByPhase = new LinkedHashMap<>();
            heap.endPhaseAfterGcMb();
            ExtractionBench.Result x = ExtractionBench.run(corpus, new Pipeline(reference, new SourceDecoder()), EXTRACTION_SAMPLE);
            heapByPhase.put("extraction", round(heap.endPhaseAfterGcMb()));
            LoadBench.Loaded loaded = LoadBench.load(corpus, work, reference);
            heapByPhase.put("load", round(heap.endPhaseAfterGcMb()));
            QueryBench.Result q = QueryBench.run(loaded.store(), queryRuns);
            heapByPhase.put("queries", round(heap.endPhaseAfterGcMb()));
            boolean measured = baseline != LoadBench.Baseline.NONE;
            LoadBench.Result l = measured ? LoadBench.bulk(loaded, work, keep, baseline) : LoadBench.withoutBaseline(loaded);
            heapByPhase.put("baseline", round(heap.endPhaseAfterGcMb()));
            out.put("documents", l.loaded() + l.failed());
            out.put("triples", l.triples());
            out.put("extract_vs_regex", round(x.extractVsRegex()));
            out.put("load_vs_tdbloader", measured ? round(l.loadVsTdbloader()) : null);
            out.put("chain_p50_vs_ask", round(q.chainP50VsAsk()));
            out.put("chain_p99_vs_ask", round(q.chainP99VsAsk()));
            out.put("peak_heap_mb", round(heap.peakMb()));
            out.put("peak_heap_after_gc_mb", round(heap.peakAfterGcMb()));
            out.put("max_heap_mb", round(heap.maxMb()));
            out.put("heap_after_gc_mb_by_phase", heapByPhase);
            Map<String, Object> extraction = x.toJson();
            extraction.remove("peak_heap_mb");
            out.put("extraction", extraction);
            Map<String, Object> load = new LinkedHashMap<>();
            load.put("loaded", l.loaded());
            load.put("failed", l.failed());
            load.put("load_seconds", round(l.loadSeconds()));
            load.put("tdbloader_seconds", measured ? round(l.bulkSeconds()) : null);
            l.steps().forEach((step, seconds) -> load.put("step_" + step + "_seconds", round(seconds)));
            load.put("triples_per_document", round((double) l.triples() / Math.max(1, l.loaded())));
            load.put("store_bytes", l.storeBytes());
            load.put("store_bytes_per_document", round((double) l.storeBytes() / Math.max(1, l.loaded())));
            load.put("tdbloader_store_bytes", measured ? l.bulkStoreBytes() : null);
            load.put("nquads_bytes", measured ? l.dumpBytes() : null);
            load.put("nquads_gzip", measured ? baseline == LoadBench.Baseline.NQUADS_GZIP : null);
            out.put("load", load);
            Map<String, Object> query = new LinkedHashMap<>();
            query.put("runs", q.runs());
            query.put("ask_p50_ms", round(q.askP50()));
            query.put("ask_p99_ms", round(q.askP99()));
            q.chains().forEach((k, t) -> timing(query, k, t));
            query.put("stress_target", q.stressTarget());
            timing(query, "stress_citing_most_cited", q.stress());
            out.put("queries", query);
        }
        return out;
    }

    /** The figures as a table for the console. */
    @SuppressWarnings("unchecked")
    public static String table(Map<String, Object> r) {
        StringBuilder b = new StringBuilder();
        for (String k : new String[] {"documents", "triples", "extract_vs_regex", "load_vs_tdbloader", "chain_p50_vs_ask", "chain_p99_vs_ask", "peak_heap_mb", "peak_heap_after_gc_mb", "max_heap_mb"})
            b.append(String.format("%-22s %14s%n", k, r.get(k)));
        for (String section : new String[] {"heap_after_gc_mb_by_phase", "extraction", "load", "queries"}) {
            b.append(section).append('\n');
            ((Map<String, Object>) r.get(section)).forEach((k, v) -> b.append(String.format("  %-30s %s%n", k, v)));
        }
        return b.toString();
    }

    private static void timing(Map<String, Object> query, String chain, QueryBench.Timing t) {
        query.put(chain + "_p50_ms", round(t.p50()));
        query.put(chain + "_p99_ms", round(t.p99()));
        query.put(chain + "_subjects", t.subjects());
        query.put(chain + "_rows_median", t.medianRows());
        query.put(chain + "_rows_max", t.maxRows());
    }

    private static double round(double v) { return Math.round(v * 1000) / 1000.0; }
}
