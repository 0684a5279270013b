package org.policygraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.policygraph.pipeline.Pipeline;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.text.SourceDecoder;
import org.policygraph.text.InputRejectedException;

/**
 * Extraction throughput against a plain regex scan over the same bytes, single-threaded, after a warm-up:
 * (a) read each file, decode UTF-8 and count matches of the symbol pattern (repeated until it has run for a
 * second, and averaged); (b) {@link Pipeline#analyse} each file once.
 * Reports documents/s and MB/s for both, their ratio, and the peak heap sampled during the run.
 */
public final class ExtractionBench {
    /** The baseline: what a symbol looks like, nothing more. */
    static final Pattern SYMBOL = Pattern.compile("\\d+[-/][\\p{L}\\d/-]+");
    private static final int WARM_UP = 100;
    private static final long MIN_BASELINE_NANOS = 1_000_000_000L;

    /** Figures of one run. {@code extractVsRegex} is extraction time over regex time (how many times slower). */
    public record Result(int documents, long bytes, double regexSeconds, long regexMatches, double extractSeconds,
                         int analysed, int rejected, double peakHeapMb) {
        public double regexDocsPerSecond() { return documents / regexSeconds; }
        public double regexMbPerSecond() { return bytes / 1e6 / regexSeconds; }
        public double extractDocsPerSecond() { return documents / extractSeconds; }
        public double extractMbPerSecond() { return bytes / 1e6 / extractSeconds; }
        public double extractVsRegex() { return extractSeconds / regexSeconds; }

        public Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("documents", documents);
            m.put("bytes", bytes);
            m.put("regex_docs_per_s", round(regexDocsPerSecond()));
            m.put("regex_mb_per_s", round(regexMbPerSecond()));
            m.put("regex_matches", regexMatches);
            m.put("extract_docs_per_s", round(extractDocsPerSecond()));
            m.put("extract_mb_per_s", round(extractMbPerSecond()));
            m.put("extract_vs_regex", round(extractVsRegex()));
            m.put("analysed", analysed);
            m.put("rejected", rejected);
            m.put("peak_heap_mb", round(peakHeapMb));
            return m;
        }

        public String table() {
            return String.format("""
                    %-22s %12s %12s
                    %-22s %12.1f %12.2f
                    %-22s %12.1f %12.2f
                    documents %d (%.1f MB), analysed %d, rejected %d
                    extract_vs_regex %.1f   peak_heap_mb %.0f
                    """, "", "docs/s", "MB/s", "regex scan", regexDocsPerSecond(), regexMbPerSecond(),
                    "Pipeline.analyse", extractDocsPerSecond(), extractMbPerSecond(), documents, bytes / 1e6, analysed, rejected,
                    extractVsRegex(), peakHeapMb);
        }

        private static double round(double v) { return Math.round(v * 1000) / 1000.0; }
    }

    private ExtractionBench() {}

    public static Result run(Path corpus, Pipeline pipeline) throws IOException { return run(corpus, pipeline, Integer.MAX_VALUE); }

    /**
     * Both scans over at most {@code sample} documents, spread evenly over the corpus (every k-th file), so that a large
     * corpus is measured in minutes; both scans read the same bytes.
     */
    public static Result run(Path corpus, Pipeline pipeline, int sample) throws IOException {
        List<Path> all = documents(corpus);
        List<Path> files = all;
        if (all.size() > sample) {
            List<Path> picked = new java.util.ArrayList<>(sample);
            for (int i = 0; i < sample; i++) picked.add(all.get((int) ((long) i * all.size() / sample)));
            files = picked;
        }
        List<Path> warm = files.subList(0, Math.min(WARM_UP, files.size()));
        regex(warm);
        extract(warm, pipeline);
        System.gc();
        try (HeapSampler heap = new HeapSampler(20)) {
            long bytes = 0;
            for (Path f : files) bytes += Files.readAllBytes(f).length; // size, and the page cache warm for both runs
            // the regex pass is short: repeat it until a second has passed, so its time is not noise
            long t0 = System.nanoTime(), matches = 0;
            int passes = 0;
            do { matches = regex(files); passes++; } while (System.nanoTime() - t0 < MIN_BASELINE_NANOS && passes < 50);
            double regexSeconds = (System.nanoTime() - t0) / 1e9 / passes;
            long t1 = System.nanoTime();
            int[] outcome = extract(files, pipeline);
            long t2 = System.nanoTime();
            return new Result(files.size(), bytes, regexSeconds, matches, (t2 - t1) / 1e9, outcome[0], outcome[1], heap.peakMb());
        }
    }

    static List<Path> documents(Path corpus) throws IOException {
        try (Stream<Path> s = Files.list(corpus)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static long regex(List<Path> files) throws IOException {
        long n = 0;
        for (Path f : files) {
            Matcher m = SYMBOL.matcher(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            while (m.find()) n++;
        }
        return n;
    }

    /** Returns {analysed, rejected}. */
    private static int[] extract(List<Path> files, Pipeline pipeline) {
        int ok = 0, rejected = 0;
        for (Path f : files) {
            try {
                pipeline.analyse(f);
                ok++;
            } catch (InputRejectedException e) {
                rejected++;
            }
        }
        return new int[] {ok, rejected};
    }

    /**
     * {@code ExtractionBench DIR [JSON] [--reference REFDIR | --bundled]}: with the corpus's {@code reference/} tables
     * when it has them, else the bundled ones; {@code --reference} names other tables, {@code --bundled} forces the bundled ones.
     */
    public static void main(String[] args) throws IOException {
        List<String> a = new java.util.ArrayList<>(List.of(args));
        ReferenceData reference = null;
        int at = a.indexOf("--reference");
        if (at >= 0) {
            reference = ReferenceData.bundledWith(Path.of(a.get(at + 1)));
            a.subList(at, at + 2).clear();
        }
        if (a.remove("--bundled")) reference = ReferenceData.bundled();
        Path corpus = Path.of(a.get(0));
        if (reference == null) reference = BenchRun.referenceOf(corpus);
        Result r = run(corpus, new Pipeline(reference, new SourceDecoder()));
        System.out.print(r.table());
        if (a.size() > 1)
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(Path.of(a.get(1)).toFile(), r.toJson());
    }
}
