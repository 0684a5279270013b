package org.policygraph.extract.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.policygraph.model.DocSystem;
import org.policygraph.model.DocType;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.Level;
import org.policygraph.model.Located;
import org.policygraph.model.PartialDate;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.text.SourceText;

class HeaderExtractorTest {
    private static final HeaderExtractor EXTRACTOR = new HeaderExtractor(ReferenceData.bundled());

    private static SourceText doc(String prefix) throws IOException {
        try (var files = Files.list(Path.of("data", "documents"))) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return SourceText.of(Files.readString(p));
        }
    }

    private static <T> T v(Located<T> l) { return l == null ? null : l.value(); }

    /** Every located field's span quotes, once normalised, the text its value was read from. */
    private static void spansQuote(SourceText text, DocumentHeader h) {
        for (Located<?> l : new Located<?>[] {h.type(), h.issuer(), h.date(), h.symbol(), h.conference(), h.term(), h.planYear(),
                h.theme(), h.title(), h.signer(), h.place()}) {
            if (l == null) continue;
            assertTrue(l.span().end() <= text.original().length());
            assertFalse(text.quote(l.span()).isBlank(), "empty span for " + l);
        }
        assertEquals(v(h.symbol()) == null ? null : v(h.symbol()), h.symbol() == null ? null : text.quote(h.symbol().span()).replaceAll("\\s+", ""));
    }

    @Test
    void kienAnResolutionRecoveredFromPreambleAndAppendix() throws IOException {
        SourceText text = doc("000_");
        DocumentHeader h = EXTRACTOR.extract(text);
        assertEquals(DocType.NGHI_QUYET, v(h.type()));
        assertEquals(DocSystem.PARTY, h.system());
        assertEquals("kien-an-qu-bch", v(h.issuer()));
        assertEquals(Level.DISTRICT, h.level());
        assertEquals("quan-kien-an", h.unit());
        assertEquals(new PartialDate(2023, 12, 15), v(h.date()));
        assertEquals("06-NQ/QU", v(h.symbol()));
        assertFalse(h.numberBlank());
        assertEquals(15, v(h.conference()));
        assertEquals("VI", v(h.term()));
        assertEquals(2024, v(h.planYear()));
        assertEquals("Đẩy mạnh chỉnh trang đô thị, thu hút đầu tư - Tăng cường thực hiện các chính sách xã hội và chuyển đổi số", v(h.theme()));
        assertEquals("Phạm Văn Khanh", v(h.signer()));
        assertEquals("BÍ THƯ", h.signerRole());
        assertEquals("Ban Chấp hành Đảng bộ quận", text.quote(h.issuer().span()));
        assertEquals("15", text.quote(h.conference().span()));
        spansQuote(text, h);
    }

    @Test
    void kienAnResolutionWithTitleBlock() throws IOException {
        SourceText text = doc("003_");
        DocumentHeader h = EXTRACTOR.extract(text);
        assertEquals(DocType.NGHI_QUYET, v(h.type()));
        assertEquals("NGHỊ QUYẾT", h.typeWord());
        assertEquals("kien-an-qu-bch", v(h.issuer()));
        assertEquals(new PartialDate(2021, 12, 20), v(h.date()));
        assertEquals("02-NQ/QU", v(h.symbol()));
        assertEquals(7, v(h.conference()));
        assertEquals("BẢY", text.quote(h.conference().span()));
        assertEquals("VI", v(h.term()));
        assertEquals(2022, v(h.planYear()));
        assertEquals("về chủ đề, chỉ tiêu, nhiệm vụ, giải pháp năm 2022", v(h.title()));
        spansQuote(text, h);
    }

    @Test
    void cityResolutionWithoutNumber() throws IOException {
        SourceText text = doc("004_");
        DocumentHeader h = EXTRACTOR.extract(text);
        assertEquals(DocType.NGHI_QUYET, v(h.type()));
        assertEquals("hai-phong-tu-bch", v(h.issuer()));
        assertEquals(Level.CITY, h.level());
        assertEquals(new PartialDate(2023, 12, 1), v(h.date()));
        assertNull(h.symbol());
        assertFalse(h.numberBlank());
        assertEquals(14, v(h.conference()));
        assertEquals("XVI", v(h.term()));
        assertEquals(2024, v(h.planYear()));
        assertEquals("về mục tiêu, nhiệm vụ, giải pháp năm 2024", v(h.title()));
        assertEquals("Lê Tiến Châu", v(h.signer()));
        spansQuote(text, h);
    }

    @Test
    void hongBangResolutionFromDoubleSpacedText() throws IOException {
        SourceText text = doc("001_");
        DocumentHeader h = EXTRACTOR.extract(text);
        assertEquals(DocType.NGHI_QUYET, v(h.type()));
        assertEquals("hong-bang-qu-bch", v(h.issuer()));
        assertEquals("quan-hong-bang", h.unit());
        assertEquals(new PartialDate(2023, 12, 13), v(h.date()));
        assertNull(h.symbol());
        assertEquals(21, v(h.conference()));
        assertEquals("XXIII", v(h.term()));
        assertEquals(2024, v(h.planYear()));
        assertEquals("Lê Ngọc Trữ", v(h.signer()));
        assertEquals("BÍ THƯ", h.signerRole());
        spansQuote(text, h);
    }

    @Test
    void districtReportWithBlankNumberAndDay() throws IOException {
        SourceText text = doc("002_");
        DocumentHeader h = EXTRACTOR.extract(text);
        assertEquals(DocType.BAO_CAO, v(h.type()));
        assertEquals("BÁO CÁO", h.typeWord());
        assertEquals(DocSystem.STATE, h.system());
        assertEquals("kien-an-ubnd", v(h.issuer()));
        assertEquals(Level.DISTRICT, h.level());
        assertEquals(new PartialDate(2024, 3, null), v(h.date()));
        assertTrue(h.numberBlank());
        assertNotNull(h.symbol());
        assertEquals("Kiến An", v(h.place()));
        assertEquals("Nguyễn Trường Sơn", v(h.signer()));
        assertEquals("CHỦ TỊCH", h.signerRole());
        assertNull(h.conference());
        assertNull(h.term());
        spansQuote(text, h);
    }
}
