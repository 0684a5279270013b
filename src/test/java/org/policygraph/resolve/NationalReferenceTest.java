package org.policygraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.policygraph.model.Level;

/**
 * The national rows of the bundled reference tables: every province-level unit before and after the 1 July 2025
 * arrangement (Nghị quyết 202/2025/QH15) with its statistics-office code, successors that resolve, the central
 * bodies and their parents, the four bodies of every province.
 */
class NationalReferenceTest {
    private static final ReferenceData REF = ReferenceData.bundled();
    private static final LocalDate LAST_OLD_DAY = LocalDate.of(2025, 6, 30), FIRST_NEW_DAY = LocalDate.of(2025, 7, 1);

    /** The 63 codes of dvhcvn v20250301 (daohoangson/dvhcvn, GSO list in force until 30 June 2025). */
    private static final Set<String> CODES_BEFORE = Set.of("01", "02", "04", "06", "08", "10", "11", "12", "14", "15", "17",
            "19", "20", "22", "24", "25", "26", "27", "30", "31", "33", "34", "35", "36", "37", "38", "40", "42", "44", "45",
            "46", "48", "49", "51", "52", "54", "56", "58", "60", "62", "64", "66", "67", "68", "70", "72", "74", "75", "77",
            "79", "80", "82", "83", "84", "86", "87", "89", "91", "92", "93", "94", "95", "96");
    /** The 34 codes of Công văn 915/CTK-CSCL (from 1 July 2025). */
    private static final Set<String> CODES_AFTER = Set.of("01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24",
            "25", "31", "33", "37", "38", "40", "42", "44", "46", "48", "51", "52", "56", "66", "68", "75", "79", "80", "82",
            "86", "91", "92", "96");

    private static List<AdminUnit> provincesOn(LocalDate day) {
        return REF.unitsOfKind("city").stream().filter(u -> u.validOn(day)).toList();
    }

    private static Set<String> codes(List<AdminUnit> units) {
        return units.stream().map(AdminUnit::gsoCode).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void sixtyThreeProvincesBeforeTheArrangementAndThirtyFourAfterEachWithItsCode() {
        List<AdminUnit> before = provincesOn(LAST_OLD_DAY), after = provincesOn(FIRST_NEW_DAY);
        assertEquals(63, before.size());
        assertEquals(CODES_BEFORE, codes(before), "one unit per code");
        assertEquals(34, after.size());
        assertEquals(CODES_AFTER, codes(after), "one unit per code");
        // Before Huế became a centrally-run city (Nghị quyết 175/2024/QH15, 1 January 2025) code 46 was Thừa Thiên Huế.
        List<AdminUnit> end2024 = provincesOn(LocalDate.of(2024, 12, 31));
        assertEquals(63, end2024.size());
        assertTrue(end2024.stream().anyMatch(u -> u.id().equals("tinh-thua-thien-hue")));
        assertFalse(end2024.stream().anyMatch(u -> u.id().equals("thanh-pho-hue")));
    }

    @Test
    void aMergedProvinceEndsAndItsSuccessorResolves() {
        AdminUnit bacGiang = REF.unit("tinh-bac-giang").orElseThrow();
        assertEquals(LAST_OLD_DAY, bacGiang.validUntil());
        assertEquals("202/2025/QH15", bacGiang.changeBasis());
        AdminUnit newBacNinh = REF.successorUnit(bacGiang, bacGiang.successors().get(0)).orElseThrow();
        assertEquals("tinh-bac-ninh-2025", newBacNinh.id());
        assertEquals("24", newBacNinh.gsoCode(), "the new Bắc Ninh took Bắc Giang's code");
        assertEquals(FIRST_NEW_DAY, newBacNinh.validFrom());
        AdminUnit oldBacNinh = REF.unit("tinh-bac-ninh").orElseThrow();
        assertEquals("27", oldBacNinh.gsoCode());
        assertEquals(newBacNinh, REF.successorUnit(oldBacNinh, oldBacNinh.successors().get(0)).orElseThrow());
        // A province that kept its name and its code is one unit across the arrangement.
        AdminUnit haiDuong = REF.unit("tinh-hai-duong").orElseThrow();
        assertEquals("thanh-pho-hai-phong", REF.successorUnit(haiDuong, haiDuong.successors().get(0)).orElseThrow().id());
        AdminUnit haNoi = REF.unit("thanh-pho-ha-noi").orElseThrow();
        assertTrue(haNoi.validOn(LAST_OLD_DAY) && haNoi.validOn(FIRST_NEW_DAY) && haNoi.successors().isEmpty());
        assertEquals("Q1858", haNoi.wikidata());
        assertEquals("1581129", haNoi.geonames());
    }

    @Test
    void aProvinceNameBorneByTwoUnitsResolvesToNoneUndatedAndToOneByDate() {
        assertEquals("thanh-pho-ha-noi", REF.unitNamedAt("ha noi", 0, "city").orElseThrow().id());
        assertTrue(REF.unitNamedAt("bac ninh", 0, "city").isEmpty(), "old or new Bắc Ninh: the name alone does not say");
        List<AdminUnit> named = REF.unitsNamed("Bắc Ninh", "city");
        assertEquals(List.of("tinh-bac-ninh", "tinh-bac-ninh-2025"), named.stream().map(AdminUnit::id).toList());
        assertEquals(List.of("tinh-bac-ninh-2025"), named.stream().filter(u -> u.validOn(LocalDate.of(2025, 11, 28))).map(AdminUnit::id).toList());
    }

    @Test
    void everyProvinceEndedByTheArrangementHasASuccessorOfTheNewMap() {
        List<AdminUnit> ended = REF.unitsOfKind("city").stream().filter(u -> LAST_OLD_DAY.equals(u.validUntil())).toList();
        assertEquals(63 - 27, ended.size(), "all but the 27 that kept their name and code");
        for (AdminUnit u : ended) {
            assertEquals(1, u.successors().size(), u.id());
            AdminUnit next = REF.successorUnit(u, u.successors().get(0)).orElseThrow(() -> new AssertionError(u.id() + " successor"));
            assertTrue(next.validOn(FIRST_NEW_DAY), u.id() + " -> " + next.id());
            assertEquals("whole", u.successors().get(0).share());
        }
    }

    @Test
    void externalIdentifiersAreWellFormedAndNotShared() {
        Set<String> qids = new HashSet<>(), geonames = new HashSet<>();
        for (AdminUnit u : REF.units().values()) {
            if (u.wikidata() != null) {
                assertTrue(u.wikidata().matches("Q[1-9][0-9]*"), u.id());
                assertTrue(qids.add(u.wikidata()), "one unit per Wikidata item: " + u.wikidata());
            }
            if (u.geonames() != null) {
                assertTrue(u.geonames().matches("[1-9][0-9]*"), u.id());
                assertTrue(geonames.add(u.geonames()), "one unit per GeoNames id: " + u.geonames());
            }
            if (u.gsoCode() != null) assertTrue(u.gsoCode().matches("[0-9]+"), u.id());
        }
    }

    @Test
    void ministriesAreFoundByNameWithTheirParents() {
        Body finance = only(REF.bodiesNamed("Bộ Tài chính"));
        assertEquals("btc", finance.id());
        assertEquals(BodyKind.MINISTRY, finance.bodyKind().orElseThrow());
        assertEquals(Level.CENTRAL, finance.level());
        assertEquals("cp", finance.parent());
        assertEquals("BTC", finance.symbolCode());
        assertEquals(finance, only(REF.bodiesNamed("bo tai chinh")), "diacritic- and case-insensitive");
        Body tax = only(REF.bodiesNamed("Cục Thuế"));
        assertEquals("btc", tax.parent());
        assertEquals(BodyKind.GENERAL_DEPARTMENT, tax.bodyKind().orElseThrow());
        assertEquals("tct", only(REF.bodiesNamed("Tổng cục Thuế", LocalDate.of(2024, 6, 1))).id());
        assertEquals(List.of(), REF.bodiesNamed("Tổng cục Thuế", LocalDate.of(2025, 6, 1)), "replaced by Cục Thuế on 1 March 2025");
        assertEquals("vpcp", only(REF.bodiesNamed("Văn phòng Chính phủ")).id());
        assertEquals(BodyKind.PARTY_COMMISSION, only(REF.bodiesNamed("Ban Tổ chức Trung ương")).bodyKind().orElseThrow());
        assertTrue(only(REF.bodiesNamed("Ban Tổ chức Trung ương")).isParty());
    }

    @Test
    void fourteenMinistriesAndThreeAgenciesFromMarch2025EighteenAndFourBefore() {
        assertEquals(14, centralOfKind(BodyKind.MINISTRY, LocalDate.of(2025, 3, 1)));
        assertEquals(3, centralOfKind(BodyKind.MINISTRY_AGENCY, LocalDate.of(2025, 3, 1)));
        assertEquals(18, centralOfKind(BodyKind.MINISTRY, LocalDate.of(2025, 2, 28)));
        assertEquals(4, centralOfKind(BodyKind.MINISTRY_AGENCY, LocalDate.of(2025, 2, 28)));
    }

    private static long centralOfKind(BodyKind kind, LocalDate day) {
        return REF.bodies().values().stream().filter(b -> b.bodyKind().orElseThrow() == kind && b.validOn(day)).count();
    }

    @Test
    void everyParentAndUnitExistsAndEveryProvinceHasItsFourBodies() {
        for (Body b : REF.bodies().values()) {
            assertTrue(b.parent() == null || REF.body(b.parent()).isPresent(), b.id() + " parent " + b.parent());
            assertTrue(REF.unit(b.unit()).isPresent(), b.id() + " unit " + b.unit());
            assertTrue(b.bodyKind().isPresent(), b.id() + " kind " + b.kind());
        }
        for (AdminUnit u : REF.units().values()) assertTrue(u.parent() == null || REF.unit(u.parent()).isPresent(), u.id());
        for (AdminUnit u : REF.unitsOfKind("city")) {
            for (BodyKind kind : List.of(BodyKind.PARTY_COMMITTEE, BodyKind.STANDING_COMMITTEE, BodyKind.PEOPLES_COUNCIL, BodyKind.PEOPLES_COMMITTEE)) {
                Body b = REF.body(kind.slug(), u.id()).orElseThrow(() -> new AssertionError(u.id() + " has no " + kind.slug()));
                assertEquals(Level.CITY, b.level());
                assertEquals(u.validUntil(), b.validUntil(), b.id() + " lives as long as its unit");
            }
        }
        assertEquals("Ủy ban nhân dân tỉnh Bắc Ninh", REF.body("peoples-committee", "tinh-bac-ninh-2025").orElseThrow().nameVi());
    }

    @Test
    void everyNewRowNamesItsSource() throws Exception {
        for (String file : List.of(ReferenceData.UNITS_FILE, ReferenceData.BODIES_FILE)) {
            try (Reader r = Files.newBufferedReader(Path.of("data/reference", file), StandardCharsets.UTF_8)) {
                for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                    assertFalse(row.get("source").isBlank(), file + " " + row.get("id"));
                }
            }
        }
    }

    private static Body only(List<Body> bodies) {
        assertEquals(1, bodies.size(), bodies.toString());
        return bodies.get(0);
    }
}
