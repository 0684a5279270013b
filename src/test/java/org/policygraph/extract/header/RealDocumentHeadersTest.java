package org.policygraph.extract.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.SharedEval;
import org.policygraph.model.Citation;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.PartialDate;
import org.policygraph.pipeline.Pipeline;

/**
 * The development corpus of real documents as published ({@code ../shared/corpus-real}, 499 pages of a national
 * portal) against the portal's own metadata ({@code headers.dev.jsonl}, rows with {@code label_source: portal}):
 * every file is read, and symbol, date, type and signer each stay right for at least 97 % of the labelled rows
 * (the floors fail when reading regresses). Nothing in the portal's chrome becomes a citation.
 */
class RealDocumentHeadersTest {
    private static final double FLOOR = 0.97;

    private static Map<String, DocumentAnalysis> read;
    private static List<JsonNode> portal;

    @BeforeAll
    static void readCorpus() throws Exception {
        Path dir = SharedEval.dir().map(d -> d.resolve("corpus-real")).orElse(null);
        Assumptions.assumeTrue(dir != null && Files.isDirectory(dir), "../shared/corpus-real is absent");
        Pipeline pipeline = Pipeline.standard();
        read = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList())
                read.put(f.getFileName().toString(), pipeline.analyse(f));
        }
        ObjectMapper json = new ObjectMapper();
        portal = new ArrayList<>();
        for (String line : Files.readAllLines(SharedEval.eval("headers.dev.jsonl").orElseThrow())) {
            JsonNode row = json.readTree(line);
            if ("portal".equals(row.path("label_source").asText())) portal.add(row);
        }
    }

    @Test
    void everyFileIsRead() {
        assertEquals(499, read.size());
    }

    @Test
    void symbolAgainstThePortal() { assertFloor("symbol", h -> DocumentHeader.valueOf(h.symbol())); }

    @Test
    void dateAgainstThePortal() {
        assertFloor("date", h -> h.date() == null ? null : ((PartialDate) DocumentHeader.valueOf(h.date())).iso());
    }

    @Test
    void typeAgainstThePortal() { assertFloor("doc_type", h -> h.type() == null ? null : h.type().value().vi()); }

    @Test
    void signerAgainstThePortal() { assertFloor("signer", h -> DocumentHeader.valueOf(h.signer())); }

    @Test
    void portalChromeYieldsNoCitation() {
        List<String> chrome = new ArrayList<>();
        for (DocumentAnalysis a : read.values())
            for (Citation c : a.citations())
                if ("13/2023/NĐ-CP".equals(c.symbol())) chrome.add(a.source().name());
        assertEquals(List.of(), chrome, "the portal's personal-data notice is chrome");
    }

    private static void assertFloor(String field, Function<DocumentHeader, String> value) {
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (JsonNode row : portal) {
            String gold = nfc(row.path(field).asText(null));
            String got = nfc(value.apply(read.get(row.get("seed").asText()).header()));
            if (gold != null && gold.replaceAll("\\s+", "").equals(got == null ? null : got.replaceAll("\\s+", ""))) right++;
            else wrong.add(row.get("seed").asText() + ": " + gold + " / " + got);
        }
        double share = right / (double) portal.size();
        assertTrue(share >= FLOOR, field + " right for " + right + " of " + portal.size() + "; wrong: " + wrong);
    }

    private static String nfc(String s) { return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC); }
}
