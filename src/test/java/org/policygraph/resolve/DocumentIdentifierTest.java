package org.policygraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocSystem;
import org.policygraph.model.DocType;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.DocumentKey;
import org.policygraph.model.Located;
import org.policygraph.model.PartialDate;
import org.policygraph.text.Span;

class DocumentIdentifierTest {
    private static final DocumentIdentifier IDENTIFIER = new DocumentIdentifier(ReferenceData.bundled());
    private static final Span S = new Span(0, 1);

    private static <T> Located<T> at(T v) { return v == null ? null : Located.of(v, S); }

    private static DocumentHeader header(DocType type, DocSystem system, String issuer, PartialDate date, String symbol,
                                         Integer conference, String term) {
        boolean blank = symbol != null && DocumentSymbol.parse(symbol).map(DocumentSymbol::numberBlank).orElse(false);
        return new DocumentHeader(at(type), null, system, at(issuer), null, null, at(date), at(symbol), blank, at(conference),
                at(term), null, null, null, null, null, null);
    }

    @Test
    void sameSymbolInTwoTermsGivesTwoKeys() {
        DocumentKey k2018 = IDENTIFIER.identify(header(DocType.NGHI_QUYET, DocSystem.PARTY, "kien-an-qu-bch",
                new PartialDate(2018, 5, 29), "04-NQ/QU", null, null));
        DocumentKey k2022 = IDENTIFIER.identify(header(DocType.NGHI_QUYET, DocSystem.PARTY, "kien-an-qu-bch",
                new PartialDate(2022, 12, 12), "04-NQ/QU", null, null));
        assertEquals("doc/party/kien-an-qu/nq/khoa-v/04", k2018.path());
        assertEquals("doc/party/kien-an-qu/nq/khoa-vi/04", k2022.path());
        assertNotEquals(k2018, k2022);
    }

    @Test
    void printedTermWinsAndStandingCommitteeSharesTheRegister() {
        DocumentKey k = IDENTIFIER.identify(header(DocType.NGHI_QUYET, DocSystem.PARTY, "hai-phong-tu-btv",
                new PartialDate(2023, 1, 1), "28-NQ/TU", null, "XVI"));
        assertEquals(new DocumentKey(DocSystem.PARTY, "hai-phong-tu", DocType.NGHI_QUYET, "khoa-xvi", "28", null), k);
    }

    @Test
    void boundaryYearLeavesTheTermUnknown() {
        DocumentKey k = IDENTIFIER.identify(header(DocType.NGHI_QUYET, DocSystem.PARTY, "kien-an-qu-bch",
                new PartialDate(2020, 6, 1), "01-NQ/QU", null, null));
        assertNull(k.period());
        assertFalse(k.isComplete());
    }

    @Test
    void stateNormativeYearComesFromTheSymbol() {
        DocumentKey k = IDENTIFIER.identify(header(DocType.NGHI_QUYET, DocSystem.STATE, "hai-phong-hdnd",
                new PartialDate(2019, 1, 3), "32/2018/NQ-HĐND", null, null));
        assertEquals(new DocumentKey(DocSystem.STATE, "hai-phong-hdnd", DocType.NGHI_QUYET, "2018", "32", null), k);
        assertTrue(k.isComplete());
    }

    @Test
    void stateAdministrativeYearComesFromTheDate() {
        DocumentKey k = IDENTIFIER.identify(header(DocType.CHI_THI, DocSystem.STATE, "kien-an-ubnd",
                new PartialDate(2024, 1, 22), "01/CT-UBND", null, null));
        assertEquals("doc/state/kien-an-ubnd/ct/2024/01", k.path());
    }

    @Test
    void unnumberedDocumentsAreQualifiedByConferenceOrDate() {
        DocumentKey conference = IDENTIFIER.identify(header(DocType.NGHI_QUYET, DocSystem.PARTY, "hai-phong-tu-bch",
                new PartialDate(2023, 12, 1), null, 14, "XVI"));
        assertEquals("doc/party/hai-phong-tu/nq/khoa-xvi/hoi-nghi-14", conference.path());
        DocumentKey blank = IDENTIFIER.identify(header(DocType.BAO_CAO, DocSystem.STATE, "kien-an-ubnd",
                new PartialDate(2024, 3, null), "/BC-UBND", null, null));
        assertEquals("doc/state/kien-an-ubnd/bc/2024/2024-03", blank.path());
        assertNull(blank.number());
    }

    @Test
    void noKeyWithoutTypeIssuerOrAnyIdentity() {
        assertNull(IDENTIFIER.identify(header(null, DocSystem.PARTY, "kien-an-qu-bch", new PartialDate(2023, 1, 1), "01-NQ/QU", null, null)));
        assertNull(IDENTIFIER.identify(header(DocType.NGHI_QUYET, DocSystem.PARTY, null, new PartialDate(2023, 1, 1), "01-NQ/QU", null, null)));
        assertNull(IDENTIFIER.identify(header(DocType.NGHI_QUYET, DocSystem.PARTY, "kien-an-qu-bch", null, null, null, "VI")));
    }

    @Test
    void symbolShapes() {
        DocumentSymbol party = DocumentSymbol.parse("06 - NQ/QU").orElseThrow();
        assertEquals("06-NQ/QU", party.printed());
        assertEquals(DocType.NGHI_QUYET, party.type().orElseThrow());
        assertEquals(DocSystem.PARTY, party.system());
        DocumentSymbol law = DocumentSymbol.parse("35/2021/QH15").orElseThrow();
        assertEquals(2021, law.year());
        assertNull(law.typeCode());
        assertEquals("QH15", law.issuerCode());
        DocumentSymbol blank = DocumentSymbol.parse("/BC-UBND").orElseThrow();
        assertTrue(blank.numberBlank());
        assertEquals(DocType.BAO_CAO, blank.type().orElseThrow());
        assertEquals(DocType.THONG_TRI, DocumentSymbol.parse("10-TT/TU").orElseThrow().type().orElseThrow());
        assertTrue(DocumentSymbol.parse("Kiến An").isEmpty());
    }
}
