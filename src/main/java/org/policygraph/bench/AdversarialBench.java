package org.policygraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policygraph.pipeline.Pipeline;
import org.policygraph.pipeline.TimeLimit;
import org.policygraph.read.ReadLimits;
import org.policygraph.text.InputRejectedException;

/**
 * Extraction of adversarial files ({@link AdversarialText}): each kind at each size (1 and 8 MiB by default) is
 * written to a file and analysed once under the per-file limit, as a load would. Linear extraction shows as a time
 * ratio near the ratio of the sizes (an "8 MiB" file is cut at the 8,000,000 characters a text may have); a file that reaches the limit is reported as stopped there, which is
 * what a load does with it. The time is the processor time of the analysing thread (what the limit counts), after a
 * warm-up on the smallest size of the first kind.
 */
public final class AdversarialBench {
    /** The sizes measured by default: 1 and 8 MiB, the most a text file may have. */
    public static final List<Integer> SIZES = List.of(1 << 20, 8 << 20);

    /** One file: its kind and size, the seconds its analysis took, and how it ended. */
    public record Row(AdversarialText.Kind kind, int size, long bytes, double seconds, String outcome) {
        public boolean stopped() { return outcome.startsWith("stopped"); }
    }

    private AdversarialBench() {}

    /** Every kind at every size, files written under {@code dir} (deleted once measured). */
    public static List<Row> run(Pipeline pipeline, List<Integer> sizes, Duration limit, Path dir) throws IOException {
        Files.createDirectories(dir);
        measure(pipeline, AdversarialText.Kind.values()[0], sizes.get(0), limit, dir); // warm-up
        List<Row> rows = new ArrayList<>();
        for (AdversarialText.Kind kind : AdversarialText.Kind.values())
            for (int size : sizes) rows.add(measure(pipeline, kind, size, limit, dir));
        return rows;
    }

    private static Row measure(Pipeline pipeline, AdversarialText.Kind kind, int size, Duration limit, Path dir) throws IOException {
        Path file = dir.resolve(kind.name().toLowerCase() + "-" + size + ".txt");
        Files.writeString(file, AdversarialText.of(kind, size, ReadLimits.of(size).maxChars(), 1), StandardCharsets.UTF_8);
        long bytes = Files.size(file);
        long[] cpu = new long[1];
        long wall0 = System.nanoTime();
        String outcome;
        try {
            var read = pipeline.read(file);  // a text file: reading is nothing beside the analysis measured here
            int targets = TimeLimit.run(file, TimeLimit.forText(read.text().length(), limit), () -> {
                var bean = ManagementFactory.getThreadMXBean();
                long t0 = bean.getCurrentThreadCpuTime();
                var a = pipeline.analyse(read.source(), read.text());
                cpu[0] = bean.getCurrentThreadCpuTime() - t0;
                return a.targets().size() + a.citations().size();
            });
            outcome = "analysed (" + targets + " targets and citations)";
        } catch (InputRejectedException e) {
            outcome = e.getMessage().contains("per-file limit") ? "stopped at the limit" : "rejected: " + e.getMessage();
        } finally {
            Files.deleteIfExists(file);
        }
        double seconds = cpu[0] > 0 ? cpu[0] / 1e9 : (System.nanoTime() - wall0) / 1e9;
        return new Row(kind, size, bytes, seconds, outcome);
    }

    /** The rows as JSON: per kind, seconds and outcome by size, and the growth from the smallest to the largest size. */
    public static Map<String, Object> toJson(List<Row> rows) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (AdversarialText.Kind kind : AdversarialText.Kind.values()) {
            List<Row> of = rows.stream().filter(r -> r.kind() == kind).toList();
            if (of.isEmpty()) continue;
            Map<String, Object> k = new LinkedHashMap<>();
            for (Row r : of) {
                k.put(mib(r.size()) + "_bytes", r.bytes());
                k.put(mib(r.size()) + "_seconds", Math.round(r.seconds() * 1000) / 1000.0);
                k.put(mib(r.size()) + "_outcome", r.outcome());
            }
            k.put("growth", growth(of));
            out.put(kind.name().toLowerCase(), k);
        }
        return out;
    }

    /** A table: kind, size, seconds, outcome; then per kind the time ratio of the largest to the smallest size. */
    public static String table(List<Row> rows) {
        StringBuilder b = new StringBuilder(String.format("%-18s %6s %10s %8s %8s  %s%n", "adversarial kind", "size", "bytes", "seconds", "MB/s", "outcome"));
        for (Row r : rows)
            b.append(String.format("%-18s %6s %10d %8.2f %8.2f  %s%n", r.kind().name().toLowerCase(), mib(r.size()), r.bytes(), r.seconds(),
                    r.bytes() / 1e6 / Math.max(1e-3, r.seconds()), r.outcome()));
        for (AdversarialText.Kind kind : AdversarialText.Kind.values()) {
            List<Row> of = rows.stream().filter(r -> r.kind() == kind).toList();
            if (of.size() > 1) b.append(String.format("%-18s growth %s%n", kind.name().toLowerCase(), growth(of)));
        }
        return b.toString();
    }

    /**
     * "x7.9 time for x7.6 bytes" (linear when the first is near the second), or "stopped at the limit" when the largest
     * file was stopped there.
     */
    private static String growth(List<Row> of) {
        Row small = of.get(0), large = of.get(of.size() - 1);
        if (large.stopped()) return "stopped at the limit";
        return String.format("x%.1f time for x%.1f bytes", large.seconds() / Math.max(1e-3, small.seconds()), (double) large.bytes() / small.bytes());
    }

    private static String mib(int bytes) { return (bytes >> 20) + "MiB"; }
}
