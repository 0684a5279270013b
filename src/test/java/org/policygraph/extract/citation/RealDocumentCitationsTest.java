package org.policygraph.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.policygraph.extract.header.HeaderExtractor;
import org.policygraph.model.Citation;
import org.policygraph.model.DocType;
import org.policygraph.model.DocumentKey;
import org.policygraph.model.Level;
import org.policygraph.text.SourceText;

/** The citations of the five real documents, with their own headers. */
class RealDocumentCitationsTest {
    private static final HeaderExtractor HEADERS = new HeaderExtractor(CitationFixtures.REF);

    static List<Citation> citations(String seed) throws IOException {
        SourceText t = CitationFixtures.text(seed);
        return CitationFixtures.EXTRACTOR.extract(t, HEADERS.extract(t));
    }

    private static Set<String> symbols(List<Citation> cs) {
        return cs.stream().map(Citation::symbol).filter(s -> s != null).collect(Collectors.toSet());
    }

    @Test
    void kienAnResolution2024() throws IOException {
        List<Citation> cs = citations("000");
        assertEquals(Set.of("92-TTr/QU", "04-NQ/QU", "35-NQ/TW", "07-NQ/TU", "01-KL/TW", "05-CT/TW", "21-KL/TW", "21-NQ/TW",
                "09-KL/TU", "03-NQ/TU", "08-CT/QU", "06/CP", "01/CT-TTg", "06-NQ/QU"), symbols(cs));
        assertEquals(19, cs.size(), "14 symbols (04-NQ/QU twice) and 4 congress or conference resolutions");
        assertEquals(1, cs.stream().filter(Citation::self).count());
        Citation self = cs.stream().filter(Citation::self).findFirst().orElseThrow();
        assertEquals("doc/party/kien-an-qu/nq/khoa-vi/06", self.key().path());
        List<Citation> fours = cs.stream().filter(c -> "04-NQ/QU".equals(c.symbol())).toList();
        assertEquals(2, fours.size());
        assertNotEquals(fours.get(0).key(), fours.get(1).key());
        assertTrue(cs.stream().allMatch(c -> c.level() != null));
        assertEquals(5, cs.stream().filter(c -> c.issuerName() != null && c.issuerName().contains("lần thứ VI")).findFirst()
                .orElseThrow().mentions().size());
    }

    @Test
    void hongBangResolution2024() throws IOException {
        List<Citation> cs = citations("001");
        assertEquals(Set.of("63-TTr/QU", "08-NQ/TU", "04-NQ/QU", "28-NQ/TU", "07-NQ/TU", "01-KL/TW", "02-ĐA/QU"), symbols(cs));
        assertEquals(7, cs.size(), "no unnumbered Đề án, no bare self-reference");
        Citation four = CitationFixtures.bySymbol(cs, "04-NQ/QU");
        assertEquals("hong-bang-qu-bch", four.issuer());
        assertEquals(3, CitationFixtures.bySymbol(cs, "28-NQ/TU").mentions().size());
    }

    @Test
    void haiPhongResolution2024() throws IOException {
        List<Citation> cs = citations("004");
        assertEquals(Set.of("464-BC/TU", "465-BC/TU", "1705-TB/TU", "45-NQ/TW", "35/2021/QH15", "261-KL/TU", "49-CTr/TU"), symbols(cs));
        assertEquals(9, cs.size(), "two congress resolutions; subject-only resolutions and the planned vocational one are not rows");
        assertTrue(cs.stream().filter(c -> c.symbol() != null && c.symbol().endsWith("/TU")).allMatch(c -> c.level() == Level.CITY));
    }

    @Test
    void kienAnQuarterlyReport() throws IOException {
        List<Citation> cs = citations("002");
        Citation dispatch = CitationFixtures.bySymbol(cs, "825/QĐ-TTg");
        assertEquals(DocType.CONG_DIEN, dispatch.type());
        assertTrue(dispatch.flags().contains(CitationExtractor.FLAG_TYPE_CONTRADICTS_SYMBOL));
        assertEquals("kien-an-hdnd", CitationFixtures.bySymbol(cs, "114/NQ-HĐND").issuer());
        assertEquals("hai-phong-ubnd", CitationFixtures.bySymbol(cs, "03/CT-UBND").issuer());
        assertEquals("137", CitationFixtures.bySymbol(cs, "137").number());
        assertTrue(CitationFixtures.bySymbol(cs, "32/2018/NQ-HĐND").flags().contains(CitationExtractor.FLAG_CONFLICTING_DATES));
    }

    @Test
    void sameDocumentFromTwoDistrictsHasOneKeyAndOneSymbolNamesThreeDocuments() throws IOException {
        DocumentKey fromKienAn = CitationFixtures.bySymbol(citations("000"), "07-NQ/TU").key();
        DocumentKey fromHongBang = CitationFixtures.bySymbol(citations("001"), "07-NQ/TU").key();
        assertEquals(fromKienAn, fromHongBang);
        assertTrue(fromKienAn.isComplete());
        Set<DocumentKey> fours = new java.util.HashSet<>();
        for (String seed : List.of("000", "001", "003")) {
            citations(seed).stream().filter(c -> "04-NQ/QU".equals(c.symbol())).forEach(c -> fours.add(c.key()));
        }
        assertEquals(3, fours.size(), fours.toString());
    }

    @Test
    void everyMentionSpanQuotesTheOriginalText() throws IOException {
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            SourceText t = CitationFixtures.text(seed);
            for (Citation c : CitationFixtures.EXTRACTOR.extract(t, HEADERS.extract(t))) {
                for (var m : c.mentions()) {
                    String quote = t.quote(m.span());
                    assertEquals(m.surface(), SourceText.of(quote).normalised().replaceAll("\\s+", " ").strip(), seed + " " + quote);
                }
            }
        }
    }
}
