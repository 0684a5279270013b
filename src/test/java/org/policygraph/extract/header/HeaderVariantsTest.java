package org.policygraph.extract.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policygraph.model.DocSystem;
import org.policygraph.model.DocType;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.Level;
import org.policygraph.model.Located;
import org.policygraph.model.PartialDate;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.text.SourceText;

/** Small written variants, one rule each. */
class HeaderVariantsTest {
    private static final HeaderExtractor EXTRACTOR = new HeaderExtractor(ReferenceData.bundled());

    private static DocumentHeader read(String text) { return EXTRACTOR.extract(SourceText.of(text)); }

    private static <T> T v(Located<T> l) { return l == null ? null : l.value(); }

    @Test
    void fullHeaderOfAStandingCommitteeResolution() {
        String text = """
                ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG
                THÀNH ỦY
                Số: 12-NQ/TU
                Hải Phòng, ngày 05 tháng 01 năm 2024
                NGHỊ QUYẾT
                CỦA BAN THƯỜNG VỤ THÀNH ỦY
                về công tác chuyển đổi số
                Ban Thường vụ Thành ủy quyết nghị:
                I. MỤC TIÊU
                Nội dung.
                """;
        SourceText src = SourceText.of(text);
        DocumentHeader h = EXTRACTOR.extract(src);
        assertEquals(DocType.NGHI_QUYET, v(h.type()));
        assertEquals("12-NQ/TU", v(h.symbol()));
        assertFalse(h.numberBlank());
        assertEquals(new PartialDate(2024, 1, 5), v(h.date()));
        assertEquals("ngày 05 tháng 01 năm 2024", src.quote(h.date().span()));
        assertEquals("Hải Phòng", v(h.place()));
        assertEquals("hai-phong-tu-btv", v(h.issuer()), "the standing committee named under the title, unit from the place");
        assertEquals(Level.CITY, h.level());
        assertEquals(DocSystem.PARTY, h.system());
        assertEquals("về công tác chuyển đổi số", v(h.title()));
        assertNull(h.planYear());
        assertNull(h.conference());
    }

    @Test
    void blankDayGivesYearAndMonthOnly() {
        DocumentHeader h = read("Số: /BC-UBND\nKiến An, ngày    tháng 12 năm 2023\nBÁO CÁO\nTÌNH HÌNH KINH TẾ - XÃ HỘI\n"
                + "Kính gửi: Ủy ban nhân dân thành phố Hải Phòng.\nUBND quận Kiến An báo cáo như sau:\nI. KẾT QUẢ\n");
        assertEquals(new PartialDate(2023, 12, null), v(h.date()));
        assertTrue(h.numberBlank());
        assertEquals("kien-an-ubnd", v(h.issuer()), "the recipient line does not name the issuer");
        assertEquals("TÌNH HÌNH KINH TẾ - XÃ HỘI", v(h.title()));
    }

    @Test
    void blankDayAndMonthGiveTheYear() {
        DocumentHeader h = read("Kiến An, ngày ... tháng ... năm 2024\nKẾ HOẠCH\nTHỰC HIỆN NHIỆM VỤ\n");
        assertEquals(new PartialDate(2024, null, null), v(h.date()));
        assertEquals(DocType.KE_HOACH, v(h.type()));
    }

    @Test
    void ethLookAlikeAndKhoaSpelling() {
        DocumentHeader h = read("Tại Hội nghị Ban Chấp hành \u00D0ảng bộ quận lần thứ 9, khoá VI (họp ngày 05/7/2022), "
                + "Ban Chấp hành \u00D0ảng bộ quận quyết nghị:\nI. KẾT QUẢ\nQuận ủy Kiến An lãnh đạo quận Kiến An.\n");
        assertEquals("kien-an-qu-bch", v(h.issuer()));
        assertEquals(9, v(h.conference()));
        assertEquals("VI", v(h.term()));
        assertEquals(new PartialDate(2022, 7, 5), v(h.date()));
        assertEquals(DocType.NGHI_QUYET, v(h.type()), "a preamble ending 'quyết nghị:' is a resolution's");
    }

    @Test
    void unitLeftUnknownWhenTheTextIsNotClear() {
        DocumentHeader h = read("Tại Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 3, khóa VI (họp ngày 05/7/2021), "
                + "Ban Chấp hành Đảng bộ quận quyết nghị:\nI. KẾT QUẢ\nquận Kiến An và quận Hồng Bàng.\n");
        assertNull(h.issuer());
        assertNull(h.unit());
        assertEquals(Level.DISTRICT, h.level());
        assertEquals(DocSystem.PARTY, h.system());
    }

    @Test
    void selfAppendixGivesNumberAndDate() {
        DocumentHeader h = read("Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 4, khóa XXIII họp ngày 10/12/2021, "
                + "Ban Chấp hành Đảng bộ quận quyết nghị:\nI. KẾT QUẢ\nNội dung của Quận ủy Hồng Bàng.\n"
                + "T/M BAN CHẤP HÀNH\nPHÓ BÍ THƯ\nNguyễn Văn A\nPHỤ LỤC\n"
                + "(kèm theo Nghị quyết số 03 - NQ/QU, ngày 11/12/2021 của Ban Chấp hành Đảng bộ quận)\n(1). Chỉ tiêu.\n");
        assertEquals("03-NQ/QU", v(h.symbol()));
        assertEquals(new PartialDate(2021, 12, 11), v(h.date()), "the appendix date is the document's date");
        assertEquals("hong-bang-qu-bch", v(h.issuer()));
        assertEquals("Nguyễn Văn A", v(h.signer()));
        assertEquals("PHÓ BÍ THƯ", h.signerRole());
        assertEquals("Nghị quyết", h.typeWord());
    }

    @Test
    void citedDocumentsInTheBodyAreNotTheOwnIdentity() {
        DocumentHeader h = read("Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 2, khóa XVI họp ngày 01/12/2020, "
                + "Ban Chấp hành Đảng bộ thành phố quyết nghị:\nI. KẾT QUẢ\nThực hiện Nghị quyết số 45-NQ/TW của Bộ Chính trị, "
                + "Hội nghị lần thứ 8 Ban Chấp hành Trung ương khóa XIII, thành phố Hải Phòng.\n");
        assertNull(h.symbol());
        assertEquals(2, v(h.conference()));
        assertEquals("XVI", v(h.term()));
        assertEquals("hai-phong-tu-bch", v(h.issuer()));
    }

    @Test
    void mergedHeaderColumnsOfAPeoplesCouncilResolution() {
        String text = """
                HỘI ĐỒNG NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                QUẬN KIẾN AN Độc lập - Tự do - Hạnh phúc
                Số: 114/NQ-HĐND Kiến An, ngày 22 tháng 12 năm 2023
                NGHỊ QUYẾT
                Về nhiệm vụ kinh tế - xã hội, quốc phòng - an ninh năm 2024
                HỘI ĐỒNG NHÂN DÂN QUẬN KIẾN AN
                KHÓA V, KỲ HỌP THỨ 12
                Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
                QUYẾT NGHỊ:
                Điều 1. Thông qua.
                """;
        SourceText src = SourceText.of(text);
        DocumentHeader h = EXTRACTOR.extract(src);
        assertEquals("114/NQ-HĐND", v(h.symbol()));
        assertEquals(new PartialDate(2023, 12, 22), v(h.date()));
        assertEquals("Kiến An", v(h.place()));
        assertEquals("kien-an-hdnd", v(h.issuer()));
        assertEquals(DocSystem.STATE, h.system());
        assertEquals("Về nhiệm vụ kinh tế - xã hội, quốc phòng - an ninh năm 2024", v(h.title()));
        assertEquals(2024, v(h.planYear()), "a subject line with plan words names the plan year");
    }

    @Test
    void bodyAndUnitOnTwoTitleLinesAndDeputySigner() {
        String text = """
                ỦY BAN NHÂN DÂN
                QUẬN HỒNG BÀNG
                Số: 45/KH-UBND
                KẾ HOẠCH
                Thực hiện chuyển đổi số
                I. MỤC ĐÍCH
                Nội dung.
                TM. ỦY BAN NHÂN DÂN
                KT. CHỦ TỊCH
                PHÓ CHỦ TỊCH
                (Đã ký)
                Trần Văn Bình
                """;
        DocumentHeader h = EXTRACTOR.extract(SourceText.of(text));
        assertEquals(DocType.KE_HOACH, v(h.type()));
        assertEquals("hong-bang-ubnd", v(h.issuer()));
        assertEquals("Trần Văn Bình", v(h.signer()));
        assertEquals("PHÓ CHỦ TỊCH", h.signerRole());
        assertEquals("45/KH-UBND", v(h.symbol()));
    }

    @Test
    void citedConferenceInThePreambleIsNotTheOwnOne() {
        DocumentHeader h = read("Thực hiện Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương khóa XIII; "
                + "Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 12, khóa VI họp ngày 10/7/2023, Ban Chấp hành Đảng bộ quận quyết nghị:\n"
                + "I. NHIỆM VỤ\nQuận ủy Kiến An.\n");
        assertEquals(12, v(h.conference()));
        assertEquals("VI", v(h.term()));
        assertEquals("kien-an-qu-bch", v(h.issuer()));
    }

    @Test
    void themeWithoutQuotes() {
        DocumentHeader h = read("I. KẾT QUẢ\nNội dung.\nII. NHIỆM VỤ NĂM 2025\n1. Chủ đề năm 2025 của quận: Tăng tốc phát triển đô thị\n2. Chỉ tiêu\n");
        assertEquals("Tăng tốc phát triển đô thị", v(h.theme()));
        assertEquals(2025, v(h.planYear()));
    }

    @Test
    void placeGivesTheLevelOfABodyNamedWithoutIt() {
        DocumentHeader h = read("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 03/CT-UBND\nKiến An, ngày 17 tháng 01 năm 2024\n"
                + "CHỈ THỊ\nVề nhiệm vụ năm 2024\nI. NHIỆM VỤ\n");
        assertEquals("kien-an-ubnd", v(h.issuer()));
        assertEquals(DocType.CHI_THI, v(h.type()));
    }

    @Test
    void aDistrictMissingFromTheReferenceIsNotMistakenForItsNeighbour() {
        DocumentHeader h = read("Tại Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 5, khóa XXIV (họp ngày 05/7/2023), "
                + "Ban Chấp hành Đảng bộ quận quyết nghị:\nI. KẾT QUẢ\nQuận ủy Lê Chân phối hợp với quận Kiến An; quận Lê Chân phát triển.\n");
        assertNull(h.issuer());
        assertEquals(Level.DISTRICT, h.level());
        assertEquals(5, v(h.conference()));
    }

    @Test
    void inconsistenciesAreKeptAsPrintedAndFlagged() {
        String text = "Số: 07-NQ/QU\nKiến An, ngày 10 tháng 12 năm 2023\nNGHỊ QUYẾT\nHỘI NGHỊ LẦN THỨ 9\n"
                + "BAN CHẤP HÀNH ĐẢNG BỘ QUẬN KHÓA V\nvề nhiệm vụ năm 2024\nI. NHIỆM VỤ\nquận Kiến An.\n"
                + "(kèm theo Nghị quyết số 17-NQ/QU, ngày 11/12/2023)\n";
        SourceText src = SourceText.of(text);
        DocumentHeader h = EXTRACTOR.extract(src);
        assertEquals("07-NQ/QU", v(h.symbol()), "the header's symbol is kept");
        assertEquals(new PartialDate(2023, 12, 10), v(h.date()));
        java.util.List<String> w = EXTRACTOR.warnings(src, h);
        assertEquals(3, w.size(), String.join("\n", w));
        assertTrue(w.get(0).contains("17-NQ/QU") && w.get(0).contains("07-NQ/QU"));
        assertTrue(w.get(1).contains("2023-12-11"));
        assertTrue(w.get(2).contains("outside term V"));
        assertTrue(EXTRACTOR.warnings(SourceText.of("NGHỊ QUYẾT\nvề nhiệm vụ\n"), read("NGHỊ QUYẾT\nvề nhiệm vụ\n")).isEmpty());
    }

    @Test
    void titleBlockRunIntoOneLine() {
        DocumentHeader h = read("ỦY BAN NHÂN DÂN QUẬN KIẾN AN Số: 12/BC-UBND\n"
                + "NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ 14 BAN CHẤP HÀNH ĐẢNG BỘ THÀNH PHỐ KHÓA XVI về mục tiêu, nhiệm vụ, giải pháp năm 2024\n"
                + "Tại Hội nghị, Ban Chấp hành Đảng bộ thành phố Hải Phòng quyết nghị:\nI. KẾT QUẢ\n");
        assertEquals("về mục tiêu, nhiệm vụ, giải pháp năm 2024", v(h.title()));
        assertEquals(14, v(h.conference()));
        assertEquals("XVI", v(h.term()));
        assertEquals(2024, v(h.planYear()));
        assertEquals("hai-phong-tu-bch", v(h.issuer()), "the body under the type word, not the code inside the symbol");
    }

    @ParameterizedTest
    @CsvSource({"HỘI NGHỊ LẦN THỨ BẢY, 7", "HỘI NGHỊ LẦN THỨ 14, 14", "Hội nghị lần thứ mười lăm, 15",
            "HỘI NGHỊ LẦN THỨ HAI MƯƠI MỐT, 21", "Hội nghị lần thứ nhất, 1", "HỘI NGHỊ LẦN THỨ XII, 12", "Hội nghị lần thứ tư, 4"})
    void conferenceOrdinals(String line, int expected) {
        DocumentHeader h = read("NGHỊ QUYẾT\n" + line + "\nBAN CHẤP HÀNH ĐẢNG BỘ QUẬN KHÓA VI\nvề nhiệm vụ năm 2024\n");
        assertEquals(expected, v(h.conference()));
        assertEquals(2024, v(h.planYear()));
    }

    /** A two-column header read column by column (a PDF's text layer): the issuer and number column before the motto. */
    @Test
    void numberColumnAboveTheMottoWithAMixedCaseTypeCode() {
        DocumentHeader h = read("""
                UBND TỈNH BÌNH THUẬN
                SỞ NỘI VỤ
                Số:   3367/TTr-SNV
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập – Tự do – Hạnh phúc
                Bình Thuận, ngày 28 tháng 11 năm 2024
                TỜ TRÌNH
                Báo cáo, đề xuất phương án xử lý các hội quần chúng cấp tỉnh
                Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh
                """);
        assertEquals("3367/TTr-SNV", v(h.symbol()));
        assertEquals(DocType.TO_TRINH, v(h.type()));
    }

    /** A law prints its number as "Luật số:" (the forms of the Law on legal documents), not "Số:". */
    @Test
    void aLawsNumberLine() {
        DocumentHeader h = read("""
                QUỐC HỘI

                Luật số: 100/2015/QH13
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc

                BỘ LUẬT
                HÌNH SỰ

                Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
                """);
        assertEquals("100/2015/QH13", v(h.symbol()));
    }

    @Test
    void aCentralBodyNamedOnlyByTheSymbolsCodeIsTheIssuerWithTheSymbolAsEvidence() {
        DocumentHeader law = read("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLuật số: 60/2024/QH15\n\n**LUẬT**\n\n"
                + "**DỮ LIỆU**\n\n*Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;*\n\n**Chương I**\n");
        assertEquals("qh", v(law.issuer()));
        assertEquals("60/2024/QH15", v(law.symbol()));
        assertEquals(law.symbol().span(), law.issuer().span(), "the symbol is the evidence of the issuer");
        DocumentHeader local = read("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề việc\n");
        assertNull(v(local.issuer()), "UBND names no one body: the issuer stays unknown");
    }
}
