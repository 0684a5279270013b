package org.policygraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reference tables: explicit unit ids and validity, successor entries, bodies' units and short names. */
class ReferenceDataTest {
    final ReferenceData ref = ReferenceData.bundled();

    @Test
    void unitIdsThatBodiesUseAreKept() {
        for (String id : List.of("viet-nam", "thanh-pho-hai-phong", "quan-kien-an", "quan-hong-bang"))
            assertTrue(ref.unit(id).isPresent(), id);
        for (Body b : ref.bodies().values()) assertTrue(ref.unit(b.unit()).isPresent(), b.id() + " -> " + b.unit());
    }

    @Test
    void aReusedNameGetsASuffixAndItsOwnValidity() {
        AdminUnit old = ref.unit("phuong-phu-lien").orElseThrow();
        AdminUnit now = ref.unit("phuong-phu-lien-2025").orElseThrow();
        assertEquals(LocalDate.of(2024, 12, 31), old.validUntil());
        assertNull(old.validFrom(), "start of the old ward is not known: not invented");
        assertEquals(LocalDate.of(2025, 7, 1), now.validFrom());
        assertEquals("11446", now.gsoCode());
        assertEquals("thanh-pho-hai-phong", now.parent());
        assertTrue(old.validOn(LocalDate.of(2023, 12, 15)) && !now.validOn(LocalDate.of(2023, 12, 15)));
    }

    @Test
    void kienAnDistrict() {
        AdminUnit d = ref.unit("quan-kien-an").orElseThrow();
        assertEquals("Q6405290", d.wikidata());
        assertEquals("1905088", d.geonames());
        assertEquals("307", d.gsoCode());
        assertEquals(LocalDate.of(2025, 6, 30), d.validUntil());
        assertEquals("1669/NQ-UBTVQH15", d.changeBasis());
        assertEquals(List.of("phuong-kien-an", "phuong-phu-lien-2025"),
                d.successors().stream().map(s -> ref.successorUnit(d, s).orElseThrow().id()).toList());
    }

    @Test
    void everySuccessorEntryNamesOneUnit() {
        for (AdminUnit u : ref.units().values())
            for (UnitSuccessor s : u.successors())
                assertTrue(ref.successorUnit(u, s).isPresent(), u.id() + ": " + s);
    }

    @Test
    void successorEntriesAreParsed() {
        assertEquals(new UnitSuccessor("Phường Kiến An", "11443", "part", null), UnitSuccessor.parse("Phường Kiến An (11443) [part]"));
        assertEquals(new UnitSuccessor("Phường Phù Liễn", "11446", "whole", null), UnitSuccessor.parse("Phường Phù Liễn (11446) [whole]"));
        assertEquals(new UnitSuccessor("Phường An Dương", "11581", null, "remainder of An Hưng"),
                UnitSuccessor.parse("remainder of An Hưng -> Phường An Dương (11581)"));
        assertEquals(new UnitSuccessor("Phường Bắc Hà", null, null, "same GSO code 11449 from 2025-01-01"),
                UnitSuccessor.parse("Phường Bắc Hà (same GSO code 11449 from 2025-01-01)"));
        assertEquals(2, UnitSuccessor.parseAll("Phường Kiến An (11443); Phường Phù Liễn (11446)").size());
        assertEquals(List.of(), UnitSuccessor.parseAll(" "));
        assertThrows(IllegalArgumentException.class, () -> UnitSuccessor.parse("(11443)"));
    }

    @Test
    void sameCodeDifferentNameIsNotASuccessor() {
        // GSO code 11443 was Trần Thành Ngọ's before it was the new Kiến An ward's.
        AdminUnit d = ref.unit("quan-kien-an").orElseThrow();
        assertTrue(ref.successorUnit(d, new UnitSuccessor("Phường Trần Thành Ngọ", "11443", null, null)).isEmpty());
    }

    @Test
    void bodiesCarryPrintedShortNames() {
        Body city = ref.body("hai-phong-tu-bch").orElseThrow();
        assertEquals("Thành ủy", city.shortVi());
        assertTrue(ref.body("kien-an-qu-bch").orElseThrow().altVi().contains("Quận ủy"));
        assertTrue(ref.acts().containsKey("1669/NQ-UBTVQH15"));
    }

    @Test
    void aDateInABoundaryYearIsPlacedByTheCongressDaysWhenTheyAreRecorded() {
        ReferenceData ref = ReferenceData.bundled();
        List<String> may2021 = ref.termsContaining("tw", new org.policygraph.model.PartialDate(2021, 5, 18)).stream().map(PartyTerm::term).toList();
        assertEquals(List.of("XIII"), may2021);
        List<String> jan2021 = ref.termsContaining("tw", new org.policygraph.model.PartialDate(2021, 1, 10)).stream().map(PartyTerm::term).toList();
        assertEquals(List.of("XII"), jan2021);
        assertEquals(2, ref.termsContaining("tw", new org.policygraph.model.PartialDate(2021, 1, 28)).size(), "during the congress: either");
        assertEquals(2, ref.termsContaining("tw", new org.policygraph.model.PartialDate(2021, 5, null)).size(), "a month only: either");
        // no congress days recorded for the district: the boundary year stays open
        assertEquals(2, ref.termsContaining("kien-an-qu", new org.policygraph.model.PartialDate(2020, 12, 1)).size());
    }
}
