package org.policygraph.extract.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.Located;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.text.SourceText;

/** The five corpus documents, read by hand: what each says about itself, and where. */
class HeaderExtractorTest {
    private static final HeaderExtractor EXTRACTOR = new HeaderExtractor(ReferenceData.bundled());

    private static SourceText doc(String prefix) throws IOException {
        try (var files = Files.list(Path.of("data", "documents", "hai-phong"))) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return SourceText.of(Files.readString(p));
        }
    }

    private static String s(Located<?> l) { return l == null ? null : String.valueOf(l.value()); }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", textBlock = """
            # seed, type,       system, issuer,           level,    unit,                date,       symbol,   blank, conf, term,  plan, signer,            role
            000_,   NGHI_QUYET, PARTY,  kien-an-qu-bch,   DISTRICT, quan-kien-an,        2023-12-15, 06-NQ/QU, false, 15,   VI,    2024, Phạm Văn Khanh,    BÍ THƯ
            001_,   NGHI_QUYET, PARTY,  hong-bang-qu-bch, DISTRICT, quan-hong-bang,      2023-12-13, -,        false, 21,   XXIII, 2024, Lê Ngọc Trữ,       BÍ THƯ
            002_,   BAO_CAO,    STATE,  kien-an-ubnd,     DISTRICT, quan-kien-an,        2024-03,    /BC-UBND, true,  -,    -,     -,    Nguyễn Trường Sơn, CHỦ TỊCH
            003_,   NGHI_QUYET, PARTY,  kien-an-qu-bch,   DISTRICT, quan-kien-an,        2021-12-20, 02-NQ/QU, false, 7,    VI,    2022, Phạm Văn Khanh,    BÍ THƯ
            004_,   NGHI_QUYET, PARTY,  hai-phong-tu-bch, CITY,     thanh-pho-hai-phong, 2023-12-01, -,        false, 14,   XVI,   2024, Lê Tiến Châu,      BÍ THƯ
            """)
    void corpusHeaders(String seed, String type, String system, String issuer, String level, String unit, String date, String symbol,
                       boolean blank, String conference, String term, String plan, String signer, String role) throws IOException {
        SourceText text = doc(seed);
        DocumentHeader h = EXTRACTOR.extract(text);
        assertEquals(type, s(h.type()), "type");
        assertEquals(system, String.valueOf(h.system()), "system");
        assertEquals(issuer, s(h.issuer()), "issuer");
        assertEquals(level, String.valueOf(h.level()), "level");
        assertEquals(unit, h.unit(), "unit");
        assertEquals(date, s(h.date()), "date");
        assertEquals(symbol, s(h.symbol()), "symbol");
        assertEquals(blank, h.numberBlank(), "number blank");
        assertEquals(conference, s(h.conference()), "conference");
        assertEquals(term, s(h.term()), "term");
        assertEquals(plan, s(h.planYear()), "plan year");
        assertEquals(signer, s(h.signer()), "signer");
        assertEquals(role, h.signerRole(), "signer role");
        for (Located<?> l : new Located<?>[] {h.type(), h.issuer(), h.date(), h.symbol(), h.conference(), h.term(), h.planYear(),
                h.theme(), h.title(), h.signer(), h.place()}) {
            if (l != null) assertFalse(text.quote(l.span()).isBlank(), "span of " + l);
        }
        if (h.symbol() != null) assertEquals(symbol, text.quote(h.symbol().span()).replaceAll("\\s+", ""));
        if (h.signer() != null) assertEquals(signer, text.quote(h.signer().span()));
    }

    @Test
    void resolutionRecoveredFromPreambleAndAppendix() throws IOException {
        SourceText text = doc("000_");
        DocumentHeader h = EXTRACTOR.extract(text);
        assertEquals("Ban Chấp hành Đảng bộ quận", text.quote(h.issuer().span()));
        assertEquals("15", text.quote(h.conference().span()));
        assertEquals("Nghị quyết", h.typeWord(), "the type word printed in the appendix heading");
        assertEquals("Đẩy mạnh chỉnh trang đô thị, thu hút đầu tư - Tăng cường thực hiện các chính sách xã hội và chuyển đổi số",
                h.theme().value());
        assertTrue(text.quote(h.theme().span()).contains("đầu tư -       \nTăng cường"), "the span is the printed text, line break and all");
        assertEquals(null, h.title());
    }

    @Test
    void titleBlockWithOrdinalWordAndSubject() throws IOException {
        SourceText text = doc("003_");
        DocumentHeader h = EXTRACTOR.extract(text);
        assertEquals("NGHỊ QUYẾT", h.typeWord());
        assertEquals("BẢY", text.quote(h.conference().span()));
        assertEquals("về chủ đề, chỉ tiêu, nhiệm vụ, giải pháp năm 2022", h.title().value());
        assertEquals("Đẩy mạnh chỉnh trang đô thị, thu hút đầu tư - Thực hiện chuyển đổi số", h.theme().value());
    }

    @Test
    void cityResolutionWithGluedTitleBlock() throws IOException {
        DocumentHeader h = EXTRACTOR.extract(doc("004_"));
        assertEquals("về mục tiêu, nhiệm vụ, giải pháp năm 2024", h.title().value());
        assertEquals("Đẩy mạnh chỉnh trang, hiện đại hóa đô thị - Xây dựng nông thôn mới kiểu mẫu - Tăng cường thực hiện các chính sách xã hội "
                + "và chuyển đổi số", h.theme().value());
    }

    @Test
    void doubleSpacedResolutionTheme() throws IOException {
        DocumentHeader h = EXTRACTOR.extract(doc("001_"));
        assertEquals("Tăng cường kỷ cương thu chi ngân sách- Đẩy mạnh Chuyển đổi số- Chỉnh trang, phát triển đô thị văn minh, hiện đại",
                h.theme().value());
    }

    @Test
    void reportTitleAndPlace() throws IOException {
        SourceText text = doc("002_");
        DocumentHeader h = EXTRACTOR.extract(text);
        assertEquals("BÁO CÁO", h.typeWord());
        assertEquals("Kiến An", h.place().value());
        assertEquals("ngày tháng 3 năm 2024", text.quote(h.date().span()));
        assertEquals("UBND quận Kiến An", text.quote(h.issuer().span()));
        assertTrue(h.title().value().startsWith("KẾT QUẢ ƯỚC THỰC HIỆN TÌNH HÌNH KINH TẾ - XÃ HỘI, QUỐC PHÒNG - AN NINH QUÝ I NĂM 2024"));
        assertEquals(null, h.theme(), "a report quotes the theme but does not set one");
    }
}
