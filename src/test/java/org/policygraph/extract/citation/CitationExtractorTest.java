package org.policygraph.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policygraph.extract.citation.CitationFixtures.bySymbol;
import static org.policygraph.extract.citation.CitationFixtures.cite;
import static org.policygraph.extract.citation.CitationFixtures.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.policygraph.model.Citation;
import org.policygraph.model.CitationKind;
import org.policygraph.model.DocType;
import org.policygraph.model.Level;
import org.policygraph.model.PartialDate;

/** Finding mentions and reading their type, date, issuer, level and kind: one rule per test, on small variants. */
class CitationExtractorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Thực hiện Nghị quyết số 06-NQ/QU ngày 15/12/2023 của Ban Chấp hành Đảng bộ quận.|06-NQ/QU|NGHI_QUYET|2023-12-15|DISTRICT",
        "theo Thông báo số 1705-TB/TU, ngày 15/9/2023 của Ban Thường vụ Thành ủy.|1705-TB/TU|THONG_BAO|2023-09-15|CITY",
        "Duy trì thực hiện Đề án số 02-ĐA/QU của Ban Thường vụ Quận ủy.|02-ĐA/QU|DE_AN||DISTRICT",
        "thực hiện Nghị quyết số 32/2018/NQ-HĐND ngày 10/12/2018 của Hội đồng nhân dân thành phố.|32/2018/NQ-HĐND|NGHI_QUYET|2018-12-10|CITY",
        "cụ thể hóa Nghị quyết số 35/2021/QH15 của Quốc hội khóa XV.|35/2021/QH15|NGHI_QUYET||CENTRAL",
        "theo Nghị quyết số 1210/2016/UBTVQH13, ngày 25/5/2016 của Ủy ban Thường vụ Quốc hội.|1210/2016/UBTVQH13|NGHI_QUYET|2016-05-25|CENTRAL",
        "thực hiện tốt Quyết định số 22/2013/QĐ-TTg ngày 26/4/2013 của Thủ tướng Chính phủ.|22/2013/QĐ-TTg|QUYET_DINH|2013-04-26|CENTRAL",
        "Thực hiện Chỉ thị số 03/CT-UBND ngày 17/01/2024 của UBND thành phố.|03/CT-UBND|CHI_THI|2024-01-17|CITY",
        "theo Chương trình hành động số 49-CTr/TU, ngày 22/5/2023 của Ban Thường vụ Thành ủy.|49-CTr/TU|CHUONG_TRINH|2023-05-22|CITY",
        "theo Thông tri số 17-TT/QU, ngày 18/10/2018 của Ban Thường vụ Quận ủy.|17-TT/QU|THONG_TRI|2018-10-18|DISTRICT",
    })
    void symbolGrammars(String text, String symbol, DocType type, String date, Level level) {
        Citation c = only(text);
        assertEquals(symbol, c.symbol());
        assertEquals(type, c.type());
        assertEquals(date, c.date() == null ? null : c.date().iso());
        assertEquals(level, c.level());
    }

    @Test
    void symbolBrokenAcrossLinesOrSpaced() {
        Citation broken = only("thực hiện 23 chỉ tiêu theo Nghị quyết số            \n04-NQ/QU ngày 12/12/2022 của Ban Chấp hành Đảng bộ quận đã đề ra");
        assertEquals("04-NQ/QU", broken.symbol());
        assertEquals(new PartialDate(2022, 12, 12), broken.date());
        Citation spaced = only("thực hiện các Nghị quyết của HĐND thành phố: Nghị quyết số 52/2019/NQ- HĐND ngày 9/12/2019.");
        assertEquals("52/2019/NQ-HĐND", spaced.symbol());
        assertEquals(2019, spaced.year());
        assertEquals(Level.CITY, spaced.level());
        Citation typeSplit = only("thành lập tổ chức đảng theo Nghị\n\nquyết số 28-NQ/TU của Ban Thường vụ Thành uỷ.");
        assertEquals("hai-phong-tu-btv", typeSplit.issuer());
    }

    @Test
    void footnoteMarkerInsideACitation() {
        Citation c = only("theo Chỉ thị số 01/CT-TTg<sup>24</sup> ngày 03/01/2023 của Thủ tướng Chính phủ.");
        assertEquals(new PartialDate(2023, 1, 3), c.date());
        assertEquals("ttg", c.issuer());
    }

    @Test
    void lookAlikeEthIsReadAsD() {
        Citation c = only("Nghị quyết số 07-NQ/TU, ngày 01/8/2022 của Ban Chấp hành \u00D0ảng bộ thành phố Hải Phòng về tư tưởng.");
        assertEquals("hai-phong-tu-bch", c.issuer());
        assertEquals(Level.CITY, c.level());
    }

    @Test
    void coordinatedListSharesTypeWordDateAndIssuer() {
        List<Citation> cs = cite("các nhiệm vụ đã được Thành ủy thông qua tại các Báo cáo số 464-BC/TU và 465-BC/TU, ngày 01/12/2023 và "
                + "Ban Thường vụ Thành ủy phân công thực hiện tại Thông báo số 1705-TB/TU, ngày 15/9/2023;", CitationFixtures.HAI_PHONG);
        assertEquals(3, cs.size());
        for (String s : List.of("464-BC/TU", "465-BC/TU")) {
            Citation c = bySymbol(cs, s);
            assertEquals(DocType.BAO_CAO, c.type());
            assertEquals(new PartialDate(2023, 12, 1), c.date());
            assertEquals("hai-phong-tu-bch", c.issuer(), s);
        }
        assertEquals("hai-phong-tu-btv", bySymbol(cs, "1705-TB/TU").issuer());
    }

    @Test
    void nestedCitationInATitle() {
        List<Citation> cs = cite("Thực hiện có hiệu quả Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ \nChính trị về tiếp tục thực hiện "
                + "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị gắn với thực hiện Kết luận số 21-KL/TW.");
        assertEquals(List.of("01-KL/TW", "05-CT/TW", "21-KL/TW"), cs.stream().map(Citation::symbol).toList());
        assertTrue(bySymbol(cs, "01-KL/TW").title().startsWith("về tiếp tục thực hiện Chỉ thị số 05-CT/TW"));
        assertEquals("tw-bct", bySymbol(cs, "05-CT/TW").issuer());
    }

    @Test
    void bareNumberGivesThatNumber() {
        Citation c = only("triển khai thực hiện Nghị định 137 về quản lý, sử dụng pháo.");
        assertEquals("137", c.symbol());
        assertEquals(DocType.NGHI_DINH, c.type());
        assertEquals("cp", c.issuer());
        assertTrue(cite("Kế hoạch 2024 của quận; Chương trình 5 năm").isEmpty());
    }

    @Test
    void namedUnnumberedDecisions() {
        List<Citation> cs = cite("sơ kết thực hiện Nghị quyết Đại hội XIII của Đảng, Nghị \nquyết Đại hội XVI Đảng bộ thành phố và "
                + "Nghị quyết Đại hội VI Đảng bộ quận, nhiệm kỳ 2020 - 2025. Xây dựng chương trình hành động thực hiện Nghị quyết "
                + "Hội nghị\nlần thứ Tám của Ban Chấp hành Trung ương Đảng khóa XIII. Thực hiện Nghị quyết Đại hội lần thứ XIII của Đảng.");
        assertEquals(4, cs.size());
        assertEquals("doc/party/tw/nq/khoa-xiii/dai-hoi-xiii", cs.get(0).key().path());
        assertEquals(2, cs.get(0).mentions().size());
        assertEquals(Level.CENTRAL, cs.get(0).level());
        assertEquals("doc/party/hai-phong-tu/nq/khoa-xvi/dai-hoi-xvi", cs.get(1).key().path());
        assertEquals("Đại hội đại biểu Đảng bộ quận Kiến An lần thứ VI", cs.get(2).issuerName());
        assertEquals("doc/party/tw/nq/khoa-xiii/hoi-nghi-8", cs.get(3).key().path());
        assertEquals("tw-bch", cs.get(3).issuer());
    }

    @Test
    void statuteByName() {
        Citation c = only("Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;");
        assertEquals(DocType.LUAT, c.type());
        assertEquals("Tổ chức chính quyền địa phương", c.title());
        assertEquals("qh", c.issuer());
        assertEquals(CitationKind.LEGAL_BASIS, c.kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "quán triệt các nghị quyết, chỉ thị, kết luận, quyết định, quy định của Trung ương, Thành ủy và Quận ủy.",
        "hỗ trợ về nhà ở theo các Nghị quyết của Hội đồng nhân dân thành phố.",
        "Năm 2024, năm thứ Tư thực hiện nghị quyết Đại hội Đảng các cấp.",
        "Hoàn thành xây dựng Đề án, Nghị quyết của Ban Thường vụ Thành ủy về đào tạo nghề trong tháng 01/2024.",
        "Tiếp tục thực hiện Đề án chuyển đổi diện tích sản xuất lúa năng suất thấp.",
        "chuẩn bị các nội dung phục vụ Đại hội VII Đảng bộ quận, nhiệm kỳ 2025 - 2030.",
        "NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ BẢY BAN CHẤP HÀNH ĐẢNG BỘ QUẬN KHÓA VI",
        "kết nạp 188/181 đảng viên, đạt 104%; 08/16 chỉ tiêu hoàn thành (16/10/1948- 16/10/2023).",
    })
    void genericReferencesAndFutureDocumentsAreNotCitations(String text) {
        assertTrue(cite(text).isEmpty(), () -> cite(text).toString());
    }

    @Test
    void standingAndFullCommitteeShareTheCodeTheWordsDecide() {
        List<Citation> cs = cite("theo Nghị quyết số 28-NQ/TU của Ban Thường vụ Thành ủy; Nghị quyết số 07-NQ/TU, ngày 01/8/2022 "
                + "của Ban Chấp hành Đảng bộ thành phố; Kết luận số 261-KL/TU, ngày 13/7/2023 Hội nghị Thành ủy lần thứ 12, khóa XVI.");
        Citation standing = bySymbol(cs, "28-NQ/TU");
        Citation full = bySymbol(cs, "07-NQ/TU");
        assertEquals("hai-phong-tu-btv", standing.issuer());
        assertEquals("Ban Thường vụ Thành ủy Hải Phòng", standing.issuerName());
        assertEquals("hai-phong-tu-bch", full.issuer());
        assertEquals("hai-phong-tu-bch", bySymbol(cs, "261-KL/TU").issuer());
        assertEquals("khoa-xvi", bySymbol(cs, "261-KL/TU").key().period());
        assertEquals(standing.key().register(), full.key().register());
    }

    @Test
    void councilOfCityOrDistrictByContext() {
        List<Citation> cs = cite("Nghị quyết số 114/NQ-HĐND ngày 22/12/2023 của Hội đồng nhân dân quận về nhiệm vụ năm 2024; "
                + "Nghị quyết số 32/2018/NQ-HĐND ngày 10/12/2018 của HĐND thành phố; Ủy ban nhân dân quận đã ban hành Chỉ thị số "
                + "01/CT-UBND ngày 22/01/2024 về nhiệm vụ năm 2024.");
        assertEquals("kien-an-hdnd", bySymbol(cs, "114/NQ-HĐND").issuer());
        assertEquals(Level.DISTRICT, bySymbol(cs, "114/NQ-HĐND").level());
        assertEquals("hai-phong-hdnd", bySymbol(cs, "32/2018/NQ-HĐND").issuer());
        assertEquals("kien-an-ubnd", bySymbol(cs, "01/CT-UBND").issuer());
        assertEquals("doc/state/kien-an-ubnd/ct/2024/01", bySymbol(cs, "01/CT-UBND").key().path());
    }

    @Test
    void districtNamedFromTheCitingDocumentsUnit() {
        Citation kienAn = only("theo Tờ trình số 92-TTr/QU, ngày 14/12/2023 của Ban Thường vụ Quận ủy.");
        assertEquals("Ban Thường vụ Quận ủy Kiến An", kienAn.issuerName());
        Citation hongBang = cite("theo Tờ trình số 92-TTr/QU, ngày 14/12/2023 của Ban Thường vụ Quận ủy.",
                CitationFixtures.header("quan-hong-bang", Level.DISTRICT)).get(0);
        assertEquals("Ban Thường vụ Quận ủy Hồng Bàng", hongBang.issuerName());
        assertNotEquals(kienAn.key(), hongBang.key());
        Citation byContext = only("Quận uỷ Hồng Bàng đã xây dựng Nghị quyết số 04-NQ/QU, ngày 16/12/2022 về mục tiêu năm 2023.");
        assertEquals("hong-bang-qu-bch", byContext.issuer());
    }

    @Test
    void typeWordContradictingTheSymbolIsKeptAndFlagged() {
        Citation c = only("theo Công điện số 825/QĐ-TTg ngày 15/9/2023 của Thủ tướng Chính phủ.");
        assertEquals(DocType.CONG_DIEN, c.type());
        assertEquals("825/QĐ-TTg", c.symbol());
        assertEquals(List.of(CitationExtractor.FLAG_TYPE_CONTRADICTS_SYMBOL), c.flags());
        assertTrue(only("theo Quyết định số 22/2013/QĐ-TTg ngày 26/4/2013.").flags().isEmpty());
    }

    @Test
    void sameSymbolInTwoTermsIsTwoDocuments() {
        List<Citation> cs = cite("thực hiện Nghị quyết số 04-NQ/QU ngày 12/12/2022 của Ban Chấp hành Đảng bộ quận; thực hiện có hiệu quả Nghị "
                + "quyết số 04-NQ/QU, ngày 29/5/2018 của Ban Chấp hành Đảng bộ quận về phát triển giáo dục.");
        assertEquals(2, cs.size());
        assertEquals("doc/party/kien-an-qu/nq/khoa-vi/04", cs.get(0).key().path());
        assertEquals("doc/party/kien-an-qu/nq/khoa-v/04", cs.get(1).key().path());
    }

    @Test
    void stateSymbolWithItsYearIsOneDocumentEvenWithTwoPrintedDates() {
        Citation c = only("Nghị quyết số 32/2018/NQ-HĐND ngày 18/12/2018 của HĐND thành phố; sau đó Nghị quyết số 32/2018/NQ-HĐND "
                + "ngày 10/12/2018 của HĐND thành phố.");
        assertEquals(2, c.mentions().size());
        assertTrue(c.flags().contains(CitationExtractor.FLAG_CONFLICTING_DATES));
    }

    @Test
    void laterMentionWithoutDateJoinsTheDatedOne() {
        Citation c = only("Sơ kết Nghị quyết số 45-NQ/TW, ngày 24/01/2019 của Bộ Chính trị về Hải Phòng; gắn với Nghị quyết số 45-NQ/TW "
                + "của Bộ Chính trị.");
        assertEquals(2, c.mentions().size());
        assertEquals("doc/party/tw/nq/khoa-xii/45", c.key().path());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Căn cứ Nghị quyết số 32/2018/NQ-HĐND ngày 10/12/2018 của HĐND thành phố;|LEGAL_BASIS",
        "sau khi xem xét và thảo luận các Báo cáo và Tờ trình số 92-TTr/QU, ngày 14/12/2023 của Ban Thường vụ Quận ủy|SUBMISSION",
        "Tiếp tục thực hiện Nghị quyết số 35-NQ/TW của Bộ Chính trị;|IMPLEMENTATION",
        "Xét Tờ trình số 123/TTr-UBND ngày 05/12/2023 của Ủy ban nhân dân quận;|SUBMISSION",
        "Quận ủy đã xây dựng Nghị quyết số 04-NQ/QU, ngày 16/12/2022 về mục tiêu năm 2023.|MENTION",
    })
    void kindFromTheWordsBefore(String text, CitationKind kind) {
        assertEquals(kind, only(text).kind());
    }

    @Test
    void itemsJoinedBySemicolonShareTheVerb() {
        List<Citation> cs = cite("Tiếp tục thực hiện có hiệu quả Nghị quyết số 35-NQ/TW của Bộ Chính trị về nền tảng; Nghị quyết số "
                + "07-NQ/TU, ngày 01/8/2022 của Ban Chấp hành Đảng bộ thành phố Hải Phòng về tư tưởng.");
        assertEquals(CitationKind.IMPLEMENTATION, bySymbol(cs, "07-NQ/TU").kind());
    }

    @Test
    void appendixHeadingAndHeaderSymbolAreTheDocumentItself() {
        Citation appendix = only("PHỤ LỤC\n(kèm theo Nghị quyết số 06-NQ/QU, ngày 15/12/2023\ncủa Ban Chấp hành Đảng bộ quận)");
        assertTrue(appendix.self());
        Citation header = only("ĐẢNG BỘ QUẬN KIẾN AN\nSố: 06-NQ/QU\nKiến An, ngày 15 tháng 12 năm 2023");
        assertTrue(header.self());
        assertFalse(only("Thực hiện Nghị quyết số 06-NQ/QU, ngày 15/12/2023 của Ban Chấp hành Đảng bộ quận.").self());
    }

    @Test
    void incompleteKeyKeepsCandidates() {
        Citation noDate = only("theo Nghị quyết số 28-NQ/TU của Ban Thường vụ Thành ủy.");
        assertFalse(noDate.key().isComplete());
        assertEquals(2, noDate.candidates().size());
        // dated during the XIII Congress (25/1-1/2/2021): either term's register may have numbered it
        Citation boundary = only("Thực hiện Kết luận số 01-KL/TW, ngày 28/01/2021 của Bộ Chính trị.");
        assertNull(boundary.key().period());
        assertEquals(List.of("khoa-xii", "khoa-xiii"), boundary.candidates().stream().map(k -> k.period()).toList());
        // after the congress closed: term XIII
        assertEquals("khoa-xiii", only("Thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị.").key().period());
    }

    @Test
    void mentionSpanIsInTheOriginalText() {
        String original = "**Thực hiện** Nghị quyết số            \n04-NQ/QU ngày 12/12/2022 của Ban Chấp hành Đảng bộ quận đã đề ra";
        Citation c = cite(original).get(0);
        var span = c.mentions().get(0).span();
        assertEquals("Nghị quyết số            \n04-NQ/QU ngày 12/12/2022 của Ban Chấp hành Đảng bộ quận", original.substring(span.start(), span.end()));
        assertEquals("Nghị quyết số 04-NQ/QU ngày 12/12/2022 của Ban Chấp hành Đảng bộ quận", c.mentions().get(0).surface());
    }

    @Test
    void dashesAsPrintedInsideSymbols() {
        Citation c = only("thực hiện Nghị quyết số 06\u2013NQ/QU ngày 15/12/2023 của Ban Chấp hành Đảng bộ quận.");
        assertEquals("06\u2013NQ/QU", c.symbol(), "kept as printed");
        assertEquals("doc/party/kien-an-qu/nq/khoa-vi/06", c.key().path());
    }

    @Test
    void centralPlenumByNumberAndCongressVariants() {
        List<Citation> cs = cite("Tiếp tục thực hiện Nghị quyết Trung ương 4 (khóa XII) về xây dựng Đảng; Nghị quyết Đại hội Đảng toàn quốc "
                + "lần thứ XIII; Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng; Nghị quyết Đại hội XVI.");
        assertEquals(3, cs.size(), cs.toString());
        assertEquals("doc/party/tw/nq/khoa-xii/hoi-nghi-4", cs.get(0).key().path());
        assertEquals("doc/party/tw/nq/khoa-xiii/dai-hoi-xiii", cs.get(1).key().path());
        assertEquals(2, cs.get(1).mentions().size());
        assertEquals("doc/party/hai-phong-tu/nq/khoa-xvi/dai-hoi-xvi", cs.get(2).key().path(), "only the city's terms hold a XVI congress");
        assertEquals(Level.CITY, cs.get(2).level());
    }

    @Test
    void officeOfACommitteeGivesTheLevelNotTheCommitteesRegister() {
        Citation c = only("theo Hướng dẫn số 12-HD/BTGTU ngày 05/01/2024.");
        assertEquals(DocType.HUONG_DAN, c.type());
        assertEquals(Level.CITY, c.level());
        assertNull(c.key());
    }

    @Test
    void statuteWithItsDateAndAListOfStatutes() {
        List<Citation> cs = cite("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật Ngân sách nhà nước năm 2015 "
                + "và Luật Đầu tư công năm 2019;");
        assertEquals(List.of("Tổ chức chính quyền địa phương", "Ngân sách nhà nước", "Đầu tư công"), cs.stream().map(Citation::title).toList());
        assertEquals(new PartialDate(2015, 6, 19), cs.get(0).date());
        assertTrue(cs.stream().allMatch(c -> c.kind() == CitationKind.LEGAL_BASIS), cs.toString());
        assertEquals("doc/state/qh/luat/2019/dau-tu-cong", cs.get(2).key().path());
    }

    @Test
    void districtOutsideTheReferenceIsNeverTakenForAnother() {
        String text = "Tại Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 10, khóa XXVI, Quận ủy Lê Chân đã thống nhất. Quận ủy Lê Chân "
                + "phối hợp mở rộng quận Hồng Bàng; thực hiện Nghị quyết số 04-NQ/QU ngày 16/12/2022 của Ban Chấp hành Đảng bộ quận "
                + "và Nghị quyết số 07-NQ/TU, ngày 01/8/2022 của Ban Chấp hành Đảng bộ thành phố Hải Phòng.";
        List<Citation> cs = cite(text, CitationFixtures.NONE);
        Citation own = bySymbol(cs, "04-NQ/QU");
        assertEquals(Level.DISTRICT, own.level());
        assertNull(own.key(), "the register of an unknown district is unknown");
        assertEquals("doc/party/hai-phong-tu/nq/khoa-xvi/07", bySymbol(cs, "07-NQ/TU").key().path());
    }

    @Test
    void homeReadFromTheTextWhenTheHeaderSaysNothing() {
        String text = "Tại Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 21, Quận uỷ Hồng Bàng đã xây dựng Nghị quyết số 04-NQ/QU, "
                + "ngày 16/12/2022; thực hiện Tờ trình số 63-TTr/QU, ngày 12/12/2023 của Ban Thường vụ Quận ủy.";
        assertEquals("Ban Thường vụ Quận ủy Hồng Bàng", bySymbol(cite(text, CitationFixtures.NONE), "63-TTr/QU").issuerName());
    }

    @Test
    void bodysOwnCodeWithoutWordsIsItsOwnDocument() {
        String report = "UBND quận Kiến An báo cáo kết quả quý I năm 2024 như sau: Ban hành Kế hoạch số 17/KH-UBND ngày 19/01/2024 "
                + "về phòng, chống tham nhũng; Ban hành Quyết định số 70/QĐ-VPHC ngày 16/01/2024 xử phạt vi phạm hành chính.";
        List<Citation> cs = cite(report, CitationFixtures.NONE);
        assertEquals("kien-an-ubnd", bySymbol(cs, "17/KH-UBND").issuer());
        assertEquals("doc/state/kien-an-ubnd/kh/2024/17", bySymbol(cs, "17/KH-UBND").key().path());
        Citation violation = bySymbol(cs, "70/QĐ-VPHC");
        assertEquals(Level.DISTRICT, violation.level());
        assertNull(violation.key(), "a series of its own: not the committee's register");
        String resolution = "Tại Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 15, Quận ủy Kiến An thống nhất; thực hiện Kế hoạch số "
                + "17/KH-UBND ngày 19/01/2024.";
        assertNull(bySymbol(cite(resolution, CitationFixtures.NONE), "17/KH-UBND").level(), "a committee's document: the level is not printed");
    }

    @Test
    void stateListWithSoBeforeEachSymbol() {
        List<Citation> cs = cite("thực hiện các Nghị quyết số 32/2018/NQ-HĐND, số 52/2019/NQ-HĐND của HĐND thành phố về nhà ở.");
        assertEquals(List.of("32/2018/NQ-HĐND", "52/2019/NQ-HĐND"), cs.stream().map(Citation::symbol).toList());
        assertTrue(cs.stream().allMatch(c -> "hai-phong-hdnd".equals(c.issuer()) && c.type() == DocType.NGHI_QUYET), cs.toString());
    }

    @Test
    void aReportImplementingADocumentReportsOnIt() {
        var report = new org.policygraph.model.DocumentHeader(org.policygraph.model.Located.of(DocType.BAO_CAO, null), null, null, null,
                Level.DISTRICT, "quan-kien-an", null, null, false, null, null, null, null, null, null, null, null);
        assertEquals(CitationKind.REPORTS_ON, cite("Thực hiện Nghị quyết số 06-NQ/QU ngày 15/12/2023 của Ban Chấp hành Đảng bộ quận.", report)
                .get(0).kind());
    }
}
