package org.policygraph.extract.indicator;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.policygraph.SharedEval;
import org.policygraph.extract.header.HeaderExtractor;
import org.policygraph.jsonl.FigureRows;
import org.policygraph.jsonl.TargetRows;
import org.policygraph.model.DocumentHeader;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.text.SourceText;

/**
 * Scores the extraction of the hand-made development set of real documents ({@code src/test/resources/eval/real}, see
 * its README) with the shared scorer: targets of lettered, bulleted and paragraph lists, figures stated in prose. The
 * documents are read as text with whatever header the header reader finds (some are not identified today), so the
 * score measures the indicator extractors alone. Skipped without {@code ../shared} or python3.
 */
class RealIndicatorScoreTest {
    private static final Path GOLD = Path.of("src", "test", "resources", "eval", "real");
    private static final Pattern SUMMARY = Pattern.compile("matched=(\\d+) P=([\\d.]+) R=([\\d.]+) F1=([\\d.]+) fields: (.*)$");

    @Test
    void targetsOfRealPlansAreFoundWithTheirComparatorValueUnitAndYear() throws Exception {
        assertScores("indicators", "indicators.real.jsonl", 0.95, 0.95);
    }

    @Test
    void figuresOfRealReportsAndNoticesAreFoundWithTheirPeriods() throws Exception {
        assertScores("actuals", "actuals.real.jsonl", 0.95, 0.9);
    }

    /** Precision and recall at least {@code floor}, each scored field right on at least {@code fieldFloor} of matched rows. */
    private static void assertScores(String kind, String goldFile, double floor, double fieldFloor) throws Exception {
        Matcher m = score(kind, goldFile);
        assertTrue(Double.parseDouble(m.group(2)) >= floor, m.group());
        assertTrue(Double.parseDouble(m.group(3)) >= floor, m.group());
        for (String field : m.group(5).split(" ")) {
            assertTrue(Double.parseDouble(field.substring(field.indexOf('=') + 1)) >= fieldFloor, m.group());
        }
    }

    private static Matcher score(String kind, String goldFile) throws Exception {
        Path corpus = SharedEval.dir().map(d -> d.resolve("corpus-real")).orElse(null);
        assumeTrue(corpus != null && Files.isDirectory(corpus), "../shared/corpus-real is absent");
        Path gold = GOLD.resolve(goldFile);
        ObjectMapper om = new ObjectMapper();
        Set<String> seeds = new LinkedHashSet<>();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) if (!line.isBlank()) seeds.add(om.readTree(line).path("seed").asText());
        HeaderExtractor headers = new HeaderExtractor(ReferenceData.bundled());
        TargetExtractor targets = new TargetExtractor();
        FigureExtractor figures = new FigureExtractor();
        List<String> rows = new ArrayList<>();
        for (String seed : seeds) {
            SourceText text = SourceText.of(Files.readString(corpus.resolve(seed)));
            DocumentHeader header = headers.extract(text);
            if (kind.equals("indicators")) for (var t : targets.extract(text, header)) rows.add(om.writeValueAsString(TargetRows.row(seed, t)));
            else for (var f : figures.extract(text, header)) rows.add(om.writeValueAsString(FigureRows.row(seed, f)));
        }
        String summary = Scorer.summary(kind, gold, rows);
        Matcher m = SUMMARY.matcher(summary);
        assertTrue(m.find(), summary);
        return m;
    }
}
