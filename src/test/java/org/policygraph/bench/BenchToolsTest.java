package org.policygraph.bench;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.pipeline.Pipeline;

/** The extraction bench and the synthetic citation gold run on a small corpus (figures are not asserted: speed targets live in the bench). */
class BenchToolsTest {
    @TempDir Path tmp;

    @Test
    void extractionBenchReportsBothRatesAndTheRatio() throws Exception {
        CorpusGenerator.generate(40, 5, tmp);
        ExtractionBench.Result r = ExtractionBench.run(tmp, Pipeline.standard());
        assertEquals(40, r.documents());
        assertEquals(40, r.analysed() + r.rejected());
        assertTrue(r.regexMatches() > 40, "symbols found by the regex baseline: " + r.regexMatches());
        assertTrue(r.bytes() > 40 * 1000);
        for (String key : List.of("documents", "extract_vs_regex", "peak_heap_mb", "regex_mb_per_s", "extract_docs_per_s"))
            assertTrue(r.toJson().containsKey(key), key);
        assertTrue(r.table().contains("extract_vs_regex"));
    }

    @Test
    void goldHasOneSelfRowPerNumberedDocumentAndOneRowPerCitedDocument() throws Exception {
        CorpusGenerator.generate(60, 5, tmp);
        Path gold = tmp.resolve("gold.jsonl");
        int rows = CitationGold.write(tmp.resolve(CorpusGenerator.MANIFEST), gold);
        ObjectMapper json = new ObjectMapper();
        int expected = 0;
        for (String line : Files.readAllLines(tmp.resolve(CorpusGenerator.MANIFEST))) {
            JsonNode d = json.readTree(line);
            expected += d.get("cited").size() + (d.path("symbol").isTextual() && d.get("symbolPrinted").asBoolean() ? 1 : 0);
        }
        assertEquals(expected, rows);
        long self = Files.readAllLines(gold).stream().filter(l -> l.contains("\"self\":true")).count();
        assertTrue(self > 40, "self rows " + self);
        assertTrue(Files.readString(gold).contains("\"year\":\"20"), "State normative symbols give their year");
    }
}
