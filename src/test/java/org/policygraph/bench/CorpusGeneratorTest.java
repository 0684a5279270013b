package org.policygraph.bench;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path tmp;
    static Path corpus;
    static List<JsonNode> manifest;

    @BeforeAll
    static void generate() throws IOException {
        corpus = tmp.resolve("corpus");
        CorpusGenerator.Summary s = CorpusGenerator.generate(300, 42, corpus);
        assertEquals(300, s.documents());
        manifest = read(corpus);
    }

    static List<JsonNode> read(Path dir) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(CorpusGenerator.MANIFEST))) rows.add(JSON.readTree(line));
        return rows;
    }

    static String text(JsonNode row) throws IOException {
        return Files.readString(corpus.resolve(row.get("file").asText()), StandardCharsets.UTF_8);
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() throws IOException {
        Path a = tmp.resolve("a"), b = tmp.resolve("b"), c = tmp.resolve("c");
        CorpusGenerator.generate(80, 7, a);
        CorpusGenerator.generate(80, 7, b);
        CorpusGenerator.generate(80, 8, c);
        assertArrayEquals(Files.readAllBytes(a.resolve(CorpusGenerator.MANIFEST)), Files.readAllBytes(b.resolve(CorpusGenerator.MANIFEST)));
        int differ = 0;
        for (JsonNode row : read(a)) {
            String f = row.get("file").asText();
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        List<JsonNode> other = read(c);
        List<JsonNode> first = read(a);
        for (int i = 0; i < first.size(); i++)
            if (!Files.readString(a.resolve(first.get(i).get("file").asText())).equals(Files.readString(c.resolve(other.get(i).get("file").asText())))) differ++;
        assertEquals(first.size(), differ, "every document differs under another seed");
    }

    @Test
    void smallCorpusHoldsEveryKindAndLevel() {
        Set<String> kinds = new HashSet<>(), levels = new HashSet<>();
        for (JsonNode r : manifest) { kinds.add(r.get("kind").asText()); levels.add(r.get("level").asText()); }
        assertEquals(Set.of("central", "party-resolution", "council-resolution", "directive", "report"), kinds);
        assertTrue(levels.containsAll(Set.of("central", "city", "district")), levels.toString());
    }

    @Test
    void districtResolutionCitesItsCityResolutionOfTheSameYear() throws IOException {
        Map<String, JsonNode> cityResolution = new HashMap<>();
        for (JsonNode r : manifest)
            if (r.get("kind").asText().equals("party-resolution") && r.get("level").asText().equals("city"))
                cityResolution.put(r.get("unit").asText() + "|" + r.get("year").asInt(), r);
        int checked = 0;
        for (JsonNode r : manifest) {
            if (!r.get("kind").asText().equals("party-resolution") || !r.get("level").asText().equals("district")) continue;
            JsonNode city = cityResolution.get(r.get("parent").asText() + "|" + r.get("year").asInt());
            assertNotNull(city, "the city's resolution is in the corpus beside " + r.get("file"));
            boolean cites = false;
            for (JsonNode c : r.get("cited"))
                cites |= city.get("symbol").asText().equals(c.path("symbol").asText()) && city.get("issuer").asText().equals(c.get("issuer").asText());
            assertTrue(cites, r.get("file") + " cites " + city.get("symbol"));
            assertTrue(text(r).contains(city.get("symbol").asText()), r.get("file") + " prints " + city.get("symbol"));
            checked++;
        }
        assertTrue(checked >= 20, "district resolutions checked: " + checked);
    }

    @Test
    void everyCitedSymbolIsPrintedInItsFile() throws IOException {
        for (JsonNode r : manifest) {
            String flat = text(r).replaceAll("\\s+", "").replace('\u00D0', 'Đ');
            for (JsonNode c : r.get("cited")) {
                if (!c.path("symbol").isTextual()) continue;
                assertTrue(flat.contains(c.get("symbol").asText()), r.get("file") + " prints " + c.get("symbol"));
            }
        }
    }

    @Test
    void ownSymbolIsPrintedExactlyWhenTheManifestSaysSo() throws IOException {
        int unprinted = 0;
        for (JsonNode r : manifest) {
            if (!r.path("symbol").isTextual() || r.get("symbolPrinted").asBoolean()) continue;
            unprinted++;
            String symbol = r.get("symbol").asText();
            boolean cited = false;
            for (JsonNode c : r.get("cited")) cited |= symbol.equals(c.path("symbol").asText());
            if (!cited) assertFalse(text(r).replaceAll("\\s+", "").contains(symbol), r.get("file") + " does not print " + symbol);
        }
        assertTrue(unprinted > 0, "some resolutions lost their header and have no appendix");
    }

    @Test
    void symbolsRepeatAcrossTermsAndBodies() {
        Map<String, Set<String>> documentsBySymbol = new HashMap<>();
        for (JsonNode r : manifest)
            if (r.path("symbol").isTextual())
                documentsBySymbol.computeIfAbsent(r.get("symbol").asText(), k -> new HashSet<>()).add(r.get("issuer").asText() + "|" + r.get("date").asText());
        assertTrue(documentsBySymbol.values().stream().anyMatch(s -> s.size() >= 2), "some symbol names two documents");
    }

    @Test
    void indicatorCountMatchesNumberedLines() throws IOException {
        Pattern numbered = Pattern.compile("(?m)^(?:- )?\\((\\d+)\\)\\.? ");
        int withIndicators = 0;
        for (JsonNode r : manifest) {
            Matcher m = numbered.matcher(text(r));
            int n = 0;
            while (m.find()) n++;
            assertEquals(r.get("indicators").asInt(), n, r.get("file").asText());
            if (n > 0) withIndicators++;
        }
        assertTrue(withIndicators > 50);
    }

    @Test
    void citationGrammarsAllOccur() throws IOException {
        StringBuilder all = new StringBuilder();
        for (JsonNode r : manifest) all.append(text(r));
        String s = all.toString();
        for (String shape : List.of("-NQ/TU", "-NQ/QU", "-NQ/TW", "/NQ-HĐND", "/CT-UBND", "-TTr/", "/BC-UBND", "Nghị quyết Đại hội",
                "Số: /BC-UBND", "ngày    tháng", "(kèm theo Nghị quyết số", "các Báo cáo số", "Nghị định ", "số            \n", "NQ- HĐND"))
            assertTrue(s.contains(shape), "corpus shows " + shape);
        assertTrue(Pattern.compile("\\d+/20\\d\\d/NQ-HĐND").matcher(s).find());
    }
}
