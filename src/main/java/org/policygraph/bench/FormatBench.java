package org.policygraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.policygraph.model.SourceReading;
import org.policygraph.read.FormatReader;
import org.policygraph.text.InputRejectedException;

/**
 * The cost of the read step per format: every file of a directory read once by {@link FormatReader}, one at a time,
 * grouped as text PDF, OCR'd PDF (pages read by OCR), Word (DOC, DOCX, RTF, ODT), HTML and text; pages per second for
 * PDFs, megabytes per second for the others.
 */
public final class FormatBench {
    private FormatBench() {}

    /** One group's totals. */
    record Group(int files, int refused, long bytes, int pages, double seconds) {
        Group plus(long b, int p, double s, boolean ok) { return new Group(files + 1, refused + (ok ? 0 : 1), bytes + b, pages + p, seconds + s); }

        Map<String, Object> figures() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("files", files);
            m.put("refused", refused);
            m.put("mb", round(bytes / 1e6));
            m.put("pages", pages);
            m.put("seconds", round(seconds));
            m.put("pages_per_second", pages == 0 || seconds == 0 ? null : round(pages / seconds));
            m.put("mb_per_second", seconds == 0 ? null : round(bytes / 1e6 / seconds));
            return m;
        }
    }

    public static Map<String, Object> run(Path dir, FormatReader reader) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        Map<String, Group> groups = new TreeMap<>();
        List<String> refusals = new ArrayList<>();
        for (Path f : files) {
            long t = System.nanoTime();
            String group;
            int pages = 0;
            boolean ok = true;
            try {
                SourceReading r = reader.read(f).source().reading();
                pages = r.pageStarts().length;
                group = group(r);
            } catch (InputRejectedException e) {
                group = "refused";
                ok = false;
                refusals.add(e.getMessage());
            }
            double s = (System.nanoTime() - t) / 1e9;
            groups.merge(group, new Group(0, 0, 0, 0, 0).plus(Files.size(f), pages, s, ok), (a, b) -> new Group(a.files + b.files,
                    a.refused + b.refused, a.bytes + b.bytes, a.pages + b.pages, a.seconds + b.seconds));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        groups.forEach((k, g) -> out.put(k, g.figures()));
        out.put("refusals", refusals);
        return out;
    }

    private static String group(SourceReading r) {
        String t = r.mediaType();
        if (t.equals("application/pdf")) return r.ocr() != null ? "pdf-ocr" : "pdf-text";
        if (t.contains("html")) return "html";
        if (t.startsWith("text/plain") || t.startsWith("text/markdown")) return "text";
        return r.ocr() != null ? "word-ocr" : "word";
    }

    /** The figures as a table. */
    public static String table(Map<String, Object> r) {
        StringBuilder b = new StringBuilder(String.format("%-10s %6s %8s %7s %6s %9s %9s%n", "format", "files", "MB", "pages", "s", "pages/s", "MB/s"));
        r.forEach((k, v) -> {
            if (!(v instanceof Map<?, ?> m)) return;
            b.append(String.format("%-10s %6s %8s %7s %6s %9s %9s%n", k, m.get("files"), m.get("mb"), m.get("pages"), m.get("seconds"),
                    m.get("pages_per_second"), m.get("mb_per_second")));
        });
        return b.toString();
    }

    private static double round(double v) { return Math.round(v * 100) / 100.0; }
}
