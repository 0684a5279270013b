package org.policygraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.model.DocSystem;
import org.policygraph.model.DocType;
import org.policygraph.model.PartialDate;

class CitationResolverTest {
    private final CitationResolver resolver = new CitationResolver(ReferenceData.bundled());

    private CitationResolver.Identity party(String register, String number, PartialDate date, String term) {
        return resolver.identify(new CitationResolver.Facts(DocSystem.PARTY, register, DocType.NGHI_QUYET, number, null, date, term, null));
    }

    @Test
    void partyTermFromTheDateWhenOneTermHoldsIt() {
        assertEquals("doc/party/kien-an-qu/nq/khoa-v/04", party("kien-an-qu", "04", new PartialDate(2018, 5, 29), null).key().path());
        assertEquals("doc/party/kien-an-qu/nq/khoa-vi/04", party("kien-an-qu", "04", new PartialDate(2022, 12, 12), null).key().path());
    }

    @Test
    void boundaryYearOrNoDateLeavesTheKeyIncompleteWithCandidates() {
        CitationResolver.Identity boundary = party("tw", "01", new PartialDate(2021, 1, 28), null);  // during the congress
        assertNull(boundary.key().period());
        assertEquals(List.of("khoa-xii", "khoa-xiii"), boundary.candidates().stream().map(k -> k.period()).toList());
        CitationResolver.Identity undated = party("hai-phong-tu", "28", null, null);
        assertEquals(2, undated.candidates().size());
        assertTrue(undated.candidates().stream().allMatch(k -> k.isComplete()));
    }

    @Test
    void aBoundaryDateAfterTheCongressTakesTheNewTerm() {
        assertEquals("khoa-xiii", party("tw", "01", new PartialDate(2021, 5, 18), null).key().period());
        assertEquals("khoa-xii", party("tw", "01", new PartialDate(2021, 1, 10), null).key().period());
    }

    @Test
    void printedTermWins() {
        assertEquals("khoa-xiii", party("tw", "21", new PartialDate(2021, 10, 25), "XIII").key().period());
    }

    @Test
    void stateKeyTakesTheYearOfTheSymbolElseOfTheDate() {
        var normative = resolver.identify(new CitationResolver.Facts(DocSystem.STATE, "hai-phong-hdnd", DocType.NGHI_QUYET, "32", 2018,
                new PartialDate(2018, 12, 10), null, null));
        assertEquals("doc/state/hai-phong-hdnd/nq/2018/32", normative.key().path());
        var administrative = resolver.identify(new CitationResolver.Facts(DocSystem.STATE, "kien-an-ubnd", DocType.KE_HOACH, "55", null,
                new PartialDate(2024, 2, 29), null, null));
        assertEquals("doc/state/kien-an-ubnd/kh/2024/55", administrative.key().path());
    }

    @Test
    void unknownRegisterGivesNoKey() {
        assertNull(party(null, "04", null, null).key());
    }
}
