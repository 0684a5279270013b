package org.policygraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reference tables added from a directory: parents by id or name, refusals naming the file, the row and the reason. */
class ReferenceDirectoryTest {
    static final String UNITS = "id,name_vi,kind,parent,wikidata,gso_code,geonames,gadm,valid_from,valid_until,successor,change_basis,source\n";
    static final String BODIES = "id,name_vi,name_en,short_vi,kind,level,unit,parent,register,symbol_code,alt_vi\n";
    static final String TERMS = "register,term,congress,from_year,to_year,congress_opened,congress_closed,note\n";

    @TempDir Path dir;

    private void write(String file, String text) throws Exception { Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8); }

    @Test
    void rowsOfADirectoryAreAddedAndParentsGivenByIdOrName() throws Exception {
        write("admin-units.csv", UNITS
                + "tinh-an-binh,Tỉnh An Bình,city,viet-nam,,,,,,2025-06-30,,,synthetic\n"
                + "huyen-quy-nam,Huyện Quý Nam,district,Tỉnh An Bình,,,,,,2025-06-30,,,synthetic\n"
                + "xa-hoa-lac,Xã Hòa Lạc,ward,huyen-quy-nam,,,,,,2025-06-30,,,synthetic\n");
        write("bodies.csv", BODIES + "quy-nam-hu-bch,Ban Chấp hành Đảng bộ huyện Quý Nam,Quy Nam District Party Committee,Huyện ủy Quý Nam,"
                + "party-committee,district,huyen-quy-nam,,quy-nam-hu,HU,Huyện ủy\n");
        write("terms.csv", TERMS + "quy-nam-hu,VII,VII,2020,2025,,,synthetic\n");
        ReferenceData ref = ReferenceData.bundledWith(dir);
        assertEquals("viet-nam", ref.unit("tinh-an-binh").orElseThrow().parent());
        assertEquals("tinh-an-binh", ref.unit("huyen-quy-nam").orElseThrow().parent(), "parent by name");
        assertEquals("huyen-quy-nam", ref.unit("xa-hoa-lac").orElseThrow().parent(), "parent by id");
        assertEquals("quy-nam-hu-bch", ref.body("party-committee", "huyen-quy-nam").orElseThrow().id());
        assertEquals(List.of("VII"), ref.termsContaining("quy-nam-hu", 2023).stream().map(PartyTerm::term).toList());
        assertEquals(List.of("huyen-quy-nam"), ref.unitsNamed("Quy Nam", "district").stream().map(AdminUnit::id).toList());
        ReferenceData bundled = ReferenceData.bundled();
        assertEquals(bundled.units().size() + 3, ref.units().size());
        assertEquals(bundled.bodies().size() + 1, ref.bodies().size());
        assertEquals(bundled.terms().size() + 1, ref.terms().size());
        assertTrue(ref.unit("quan-kien-an").isPresent(), "bundled rows kept");
    }

    @Test
    void anIdWinsOverAName() throws Exception {
        // a unit named like another's id: the parent cell "quan-kien-an" is the bundled district's id
        write("admin-units.csv", UNITS + "x-trick,quan-kien-an,ward,,,,,,,,,,\n" + "x-child,Xã Con,ward,quan-kien-an,,,,,,,,,\n");
        assertEquals("quan-kien-an", ReferenceData.bundledWith(dir).unit("x-child").orElseThrow().parent());
    }

    @Test
    void missingTablesAreAllowed() throws Exception {
        write("terms.csv", TERMS + "kien-an-qu,VII,VII,2025,2030,,,next term\n");
        ReferenceData ref = ReferenceData.bundledWith(dir);
        assertEquals(ReferenceData.bundled().units().size(), ref.units().size());
        assertEquals("VII", ref.term("kien-an-qu", "vii").orElseThrow().term());
    }

    @Test
    void aDuplicateOfABundledIdIsRefusedWithFileAndRow() throws Exception {
        write("admin-units.csv", UNITS + "tinh-an-binh,Tỉnh An Bình,city,viet-nam,,,,,,,,,\n" + "quan-kien-an,Quận Kiến An,district,tinh-an-binh,,,,,,,,,\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReferenceData.bundledWith(dir));
        assertTrue(e.getMessage().contains(dir.resolve("admin-units.csv").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("row 3"), e.getMessage());
        assertTrue(e.getMessage().contains("duplicate unit id quan-kien-an"), e.getMessage());
    }

    @Test
    void duplicateBodiesAndTermsAreRefused() throws Exception {
        write("bodies.csv", BODIES + "kien-an-ubnd,Ủy ban nhân dân quận Kiến An,x,UBND quận,peoples-committee,district,quan-kien-an,,kien-an-ubnd,UBND,\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReferenceData.bundledWith(dir));
        assertTrue(e.getMessage().contains("bodies.csv row 2: duplicate body id kien-an-ubnd"), e.getMessage());
        Files.delete(dir.resolve("bodies.csv"));
        write("terms.csv", TERMS + "kien-an-qu,VI,VI,2020,2025,,,again\n");
        e = assertThrows(IllegalArgumentException.class, () -> ReferenceData.bundledWith(dir));
        assertTrue(e.getMessage().contains("terms.csv row 2: duplicate term VI of register kien-an-qu"), e.getMessage());
    }

    @Test
    void badRowsAreRefusedWithTheReason() throws Exception {
        write("bodies.csv", BODIES + "x-ubnd,Ủy ban nhân dân X,x,UBND,peoples-committee,district,quan-khong-co,,x-ubnd,UBND,\n");
        assertMessage("bodies.csv row 2: body x-ubnd names unknown unit quan-khong-co");
        write("bodies.csv", BODIES + "x-ubnd,Ủy ban nhân dân X,x,UBND,peoples-committee,province,quan-kien-an,,x-ubnd,UBND,\n");
        assertMessage("bodies.csv row 2: No enum constant");
        write("bodies.csv", BODIES + "x-so,Sở X,x,Sở X,agency,city,quan-kien-an,,x-so,SX,\n");
        assertMessage("bodies.csv row 2: unknown body kind agency");
        write("bodies.csv", BODIES.strip() + ",valid_from,valid_until,source\n"
                + "x-so,Sở X,x,Sở X,department,city,quan-kien-an,,x-so,SX,,2025-07-01,2025-06-30,test\n");
        assertMessage("bodies.csv row 2: valid_until before valid_from");
        Files.delete(dir.resolve("bodies.csv"));
        write("terms.csv", TERMS + "x-qu,I,I,twenty,2025,,,\n");
        assertMessage("terms.csv row 2: For input string");
        Files.delete(dir.resolve("terms.csv"));
        write("admin-units.csv", UNITS + "a,Xã A,ward,Nơi Nào Đó,,,,,,,,,\n");
        assertMessage("admin-units.csv row 2: parent 'Nơi Nào Đó' of a names 0 units");
        write("admin-units.csv", UNITS + "a,Xã A,ward,,,,,,,2025-13-01,,,\n");
        assertMessage("admin-units.csv row 2: Text '2025-13-01' could not be parsed");
        write("admin-units.csv", UNITS + ",Xã A,ward,,,,,,,,,,\n");
        assertMessage("admin-units.csv row 2: empty id");
    }

    @Test
    void theBundledTablesAreOneInstance() { assertSame(ReferenceData.bundled(), ReferenceData.bundled()); }

    private void assertMessage(String part) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReferenceData.bundledWith(dir));
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }
}
