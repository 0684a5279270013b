package org.policygraph.derive;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The linker on the five documents analysed by the real pipeline. */
class LinkerTest {
    static List<Link> links;

    @BeforeAll
    static void derive() throws Exception { links = Linker.standard().derive(Corpus.analyses()); }

    static boolean seed(LinkEnd e, String prefix) { return e.seed() != null && e.seed().startsWith(prefix); }

    static Link one(Predicate<Link> p) {
        List<Link> found = links.stream().filter(p).toList();
        assertEquals(1, found.size(), () -> "links: " + found);
        return found.get(0);
    }

    @Test
    void districtAnnualResolutionDerivesFromTheCitysForTheSameYear() {
        for (String district : List.of("000", "001")) {
            Link l = one(x -> x.from().kind() == LinkEnd.Kind.DOCUMENT && x.to().kind() == LinkEnd.Kind.DOCUMENT
                    && seed(x.from(), "004") && seed(x.to(), district));
            assertEquals(LinkKind.IMPLEMENTS, l.kind());
            assertEquals(Confidence.MEDIUM, l.confidence());
            assertEquals("document-structure", l.evidence().method());
        }
    }

    @Test
    void siblingDistrictsNeverLink() {
        assertTrue(links.stream().noneMatch(l -> seed(l.from(), "000") && seed(l.to(), "001") || seed(l.from(), "001") && seed(l.to(), "000")
                || seed(l.from(), "001") && seed(l.to(), "003") || seed(l.from(), "003") && seed(l.to(), "001")));
    }

    @Test
    void aTaskImplementsTheDocumentItCitesWithImplementationWords() {
        Link l = one(x -> seed(x.to(), "000") && "3.1".equals(x.to().task()) && x.from().document() != null
                && x.from().document().register().equals("tw") && "35".equals(x.from().document().number()));
        assertEquals(LinkKind.IMPLEMENTS, l.kind());
        assertEquals(Confidence.HIGH, l.confidence());
        assertTrue(l.evidence().to().folded().startsWith("Tiếp tục thực hiện có hiệu quả Nghị quyết số 35-NQ/TW"), l.evidence().to().folded());
        assertNull(l.from().seed(), "35-NQ/TW is not loaded");
    }

    @Test
    void cityTargetAdoptedWordForWordIsAHighLinkWithBothSpans() {
        Link l = one(x -> x.kind() == LinkKind.IMPLEMENTS && seed(x.from(), "004") && Integer.valueOf(24).equals(x.from().ordinal()) && x.from().sub() == null
                && seed(x.to(), "000"));
        assertEquals(7, l.to().ordinal());
        assertNull(l.to().sub());
        assertEquals(Confidence.HIGH, l.confidence());
        assertEquals("equal", l.evidence().numeric());
        assertTrue(l.evidence().from().exact().contains("30%"));
        assertTrue(l.evidence().to().exact().contains("tối thiểu 30%"));
        assertTrue(l.evidence().figures().get("clause_similarity") > 0.5);
    }

    @Test
    void sameMeasureInAnEarlierYearAtTheSameLevel() {
        Link l = one(x -> x.kind() == LinkKind.SAME_MEASURE_OTHER_YEAR && seed(x.from(), "003") && Integer.valueOf(1).equals(x.from().ordinal())
                && Integer.valueOf(1).equals(x.from().sub()));
        assertTrue(seed(l.to(), "000"));
        assertEquals(1, l.to().ordinal());
        assertEquals(1, l.to().sub());
    }

    @Test
    void targetReportedByTheQuarterlyFigure() {
        Link l = one(x -> x.kind() == LinkKind.REPORTED_BY && Integer.valueOf(8).equals(x.from().ordinal()) && Integer.valueOf(1).equals(x.from().sub()));
        assertTrue(seed(l.to(), "002"));
        assertTrue(l.to().figure() != null);
        assertNotEquals(Confidence.HIGH, l.confidence());
        assertTrue(l.evidence().note().contains("9.1%"), l.evidence().note());
    }

    @Test
    void everyLinkCarriesMethodVersionAndNote() {
        assertFalse(links.isEmpty());
        for (Link l : links) {
            assertEquals(Linker.METHOD_VERSION, l.methodVersion());
            assertNotNull(l.evidence().note(), l::toString);
        }
    }

    @Test
    void oneTargetLinksToAtMostOneTargetPerOtherDocument() {
        var seen = new java.util.HashSet<String>();
        for (Link l : links) {
            if (l.from().kind() != LinkEnd.Kind.TARGET || l.to().kind() != LinkEnd.Kind.TARGET) continue;
            assertTrue(seen.add(l.from().seed() + l.from().partPath() + ">" + l.to().seed()), l::toString);
            assertTrue(seen.add(l.to().seed() + l.to().partPath() + "<" + l.from().seed()), l::toString);
        }
    }

    @Test
    void cityTaskTakenUpByADistrictTaskWithTheClosestSentencesAsEvidence() {
        Link l = one(x -> x.evidence().method().equals("task-similarity") && seed(x.from(), "004") && "3.2-d8".equals(x.from().task()) && seed(x.to(), "000"));
        assertEquals("3.1", l.to().task());
        assertEquals(LinkKind.IMPLEMENTS, l.kind());
        assertTrue(l.evidence().from().folded().startsWith("Cùng cố, phát huy sức mạnh của khối đại đoàn kết toàn dân"), l.evidence().from().exact());
        assertTrue(l.evidence().to().folded().startsWith("Củng cố, phát huy sức mạnh của khối đại đoàn kết toàn dân"), l.evidence().to().exact());
        assertTrue(l.evidence().figures().get("score") >= TaskLinker.HIGH);
    }

    @Test
    void sentencesDropTheirMarkers() throws Exception {
        var city = Corpus.analyses().get(4);
        var task = city.tasks().stream().filter(t -> t.number().equals("3.1")).findFirst().orElseThrow();
        assertTrue(Sentences.of(city, task.span()).get(0).exact().startsWith("Thành ủy và các cấp ủy"));
    }

    @Test
    void aStateBodyDocumentImplementsItsUnitsPartyResolutionAndSiblingsStayApart() throws Exception {
        var party = Fixtures.kienAn2024(false);
        var council = Fixtures.document(Fixtures.KIEN_AN_2024, org.policygraph.model.DocSystem.STATE, org.policygraph.model.DocType.NGHI_QUYET,
                "kien-an-hdnd", org.policygraph.model.Level.DISTRICT, "quan-kien-an", 2024, "kien-an-hdnd", "2023", "114", false);
        var otherDistrict = Fixtures.hongBang2024();
        List<Link> made = Linker.standard().derive(List.of(party, council, otherDistrict));
        Link l = made.stream().filter(x -> x.evidence().method().equals("document-structure") && x.to().document() != null
                && x.to().document().register().equals("kien-an-hdnd")).findFirst().orElseThrow();
        assertEquals("kien-an-qu", l.from().document().register());
        assertEquals(LinkKind.IMPLEMENTS, l.kind());
        assertTrue(made.stream().noneMatch(x -> x.from().document() != null && x.to().document() != null
                && x.from().document().register().startsWith("hong-bang") != x.to().document().register().startsWith("hong-bang")),
                "nothing between Hồng Bàng and Kiến An");
    }
}
