package org.policygraph.extract.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.policygraph.SharedEval;
import org.policygraph.jsonl.FigureRows;
import org.policygraph.jsonl.JsonlRows;
import org.policygraph.jsonl.TargetRows;

/** Runs the shared scorer on the corpus's indicator and actual rows (skipped without ../shared or python3). */
class IndicatorScoreTest {
    private static final Pattern SUMMARY = Pattern.compile("matched=(\\d+) P=([\\d.]+) R=([\\d.]+) F1=([\\d.]+) fields: (.*)$");

    @Test
    void indicatorsReachTheTargetScores() throws Exception {
        String summary = score("indicators", "indicators.dev.jsonl", new TargetRows(), "000", "004");
        Matcher m = SUMMARY.matcher(summary);
        assertTrue(m.find(), summary);
        assertTrue(Double.parseDouble(m.group(4)) >= 0.97, summary);
        for (String field : m.group(5).split(" ")) {
            assertTrue(Double.parseDouble(field.substring(field.indexOf('=') + 1)) >= 0.95, summary);
        }
    }

    @Test
    void theExampleActualsAreFoundWithTheirFields() throws Exception {
        String summary = score("actuals", "report-actuals.examples.jsonl", new FigureRows(), "002");
        Matcher m = SUMMARY.matcher(summary);
        assertTrue(m.find(), summary);
        assertEquals(1.0, Double.parseDouble(m.group(3)), summary);
        for (String field : m.group(5).split(" ")) {
            assertEquals(1.0, Double.parseDouble(field.substring(field.indexOf('=') + 1)), summary);
        }
    }

    private static String score(String kind, String goldFile, JsonlRows rows, String... seeds) throws Exception {
        Path gold = SharedEval.eval(goldFile).orElse(null);
        assumeTrue(gold != null && Files.exists(gold), "../shared/eval is absent");
        ObjectMapper om = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (String s : seeds) for (var r : rows.rows(Corpus.analysis(s))) lines.add(om.writeValueAsString(r));
        return Scorer.summary(kind, gold, lines);
    }
}
