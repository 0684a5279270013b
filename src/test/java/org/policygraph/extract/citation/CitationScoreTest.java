package org.policygraph.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.policygraph.SharedEval;
import org.policygraph.extract.header.HeaderExtractor;
import org.policygraph.jsonl.CitationRows;
import org.policygraph.model.Citation;
import org.policygraph.text.SourceText;

/**
 * Scores the citation rows of the five documents against the dev gold with the shared scorer
 * ({@code ../shared/eval/score.py}); skipped when the shared folder or python3 is absent. The rows are also left in
 * {@code target/citations.jsonl} for a look.
 */
class CitationScoreTest {
    private static final Pattern SUMMARY = Pattern.compile(
            "P=(?<p>[\\d.]+) R=(?<r>[\\d.]+) F1=[\\d.]+ fields: symbol=(?<symbol>[\\d.]+) date=(?<date>[\\d.]+) "
            + "doc_type=(?<type>[\\d.]+) issuer_level=(?<level>[\\d.]+) self=(?<self>[\\d.]+)");

    @Test
    void devGoldScoresAtLeastTheTargets() throws Exception {
        Path gold = SharedEval.eval("citations.dev.jsonl").filter(Files::isRegularFile).orElse(null);
        Path scorer = SharedEval.eval("score.py").filter(Files::isRegularFile).orElse(null);
        Assumptions.assumeTrue(gold != null && scorer != null, "../shared/eval is absent");
        Assumptions.assumeTrue(python(), "python3 is absent");

        Path pred = Path.of("target", "citations.jsonl");
        Files.createDirectories(pred.getParent());
        Files.write(pred, rows(), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("python3", scorer.toString(), "citations", gold.toString(), pred.toString(), "--verbose")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        System.out.println(out);
        String last = out.strip().lines().reduce((a, b) -> b).orElse("");
        Matcher m = SUMMARY.matcher(last);
        assertTrue(m.find(), "unexpected scorer summary: " + last);
        assertTrue(Double.parseDouble(m.group("p")) >= 0.97, last);
        assertTrue(Double.parseDouble(m.group("r")) >= 0.95, last);
        for (String f : List.of("date", "type", "level")) assertTrue(Double.parseDouble(m.group(f)) >= 0.95, f + ": " + last);
    }

    /** Rows of every document of the corpus, each with the header its own extractor reads. */
    static List<String> rows() throws IOException {
        HeaderExtractor headers = new HeaderExtractor(CitationFixtures.REF);
        List<String> out = new ArrayList<>();
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            Path file = CitationFixtures.document(seed);
            SourceText text = SourceText.of(Files.readString(file));
            for (Citation c : CitationFixtures.EXTRACTOR.extract(text, headers.extract(text))) {
                out.add(CitationRows.row(file.getFileName().toString(), c).toString());
            }
        }
        return out;
    }

    private static boolean python() {
        try {
            return new ProcessBuilder("python3", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

}
