package org.policygraph.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.policygraph.SharedEval;
import org.policygraph.jsonl.CitationRows;
import org.policygraph.model.Citation;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.pipeline.Pipeline;

/**
 * Citations of 14 real documents as published (letters, decisions, council resolutions, a decree, a circular, a
 * Party conclusion, a dispatch), hand-checked in {@code src/test/resources/eval/real/citations.jsonl}, scored with the
 * shared scorer: precision at least 0.95 and recall at least 0.92 (strict rows), the targets; skipped when
 * {@code ../shared} or python3 is absent.
 */
class RealCitationScoreTest {
    private static final Path GOLD = Path.of("src/test/resources/eval/real/citations.jsonl");
    private static final Pattern SUMMARY = Pattern.compile("P=(?<p>[\\d.]+) R=(?<r>[\\d.]+)");

    @Test
    void realDocumentsScoreAtLeastTheTargets() throws Exception {
        Path corpus = SharedEval.dir().map(d -> d.resolve("corpus-real")).filter(Files::isDirectory).orElse(null);
        Path scorer = SharedEval.eval("score.py").filter(Files::isRegularFile).orElse(null);
        Assumptions.assumeTrue(corpus != null && scorer != null, "../shared is absent");
        Assumptions.assumeTrue(new ProcessBuilder("python3", "--version").start().waitFor() == 0, "python3 is absent");
        ObjectMapper json = new ObjectMapper();
        TreeSet<String> seeds = new TreeSet<>();
        for (String line : Files.readAllLines(GOLD)) if (!line.isBlank()) seeds.add(json.readTree(line).get("seed").asText());
        Pipeline pipeline = Pipeline.standard();
        List<String> rows = new ArrayList<>();
        for (String seed : seeds) {
            DocumentAnalysis a = pipeline.analyse(corpus.resolve(seed));
            for (Citation c : a.citations()) rows.add(CitationRows.row(seed, c).toString());
        }
        Path pred = Path.of("target", "citations-real.jsonl");
        Files.createDirectories(pred.getParent());
        Files.write(pred, rows, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("python3", scorer.toString(), "citations", GOLD.toString(), pred.toString(), "--verbose")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        String last = out.strip().lines().reduce((x, y) -> y).orElse("");
        Matcher m = SUMMARY.matcher(last);
        assertTrue(m.find(), "unexpected scorer summary: " + last);
        assertTrue(Double.parseDouble(m.group("p")) >= 0.95, out);
        assertTrue(Double.parseDouble(m.group("r")) >= 0.92, out);
    }
}
