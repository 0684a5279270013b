package org.policygraph.extract.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.ReportedFigure;
import org.policygraph.model.Target;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.extract.header.HeaderExtractor;
import org.policygraph.text.SourceText;

/**
 * Targets and figures of indicator tables (pipe tables of web pages, one row a line or one cell a line), targets
 * stated in running text, and a target restated elsewhere kept once with every statement as evidence. Each text has the
 * shape of the real documents it stands for (Cà Mau's "Mẫu biểu số 01", Bắc Ninh's appendix, a Government notice).
 */
class TableAndProseTargetsTest {
    private static final String HEADER = """
            | **ỦY BAN NHÂN DÂN TỈNH CÀ MAU** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
            | Số: 0204/KH-UBND | *Cà Mau, ngày 24 tháng 11 năm 2025* |

            **KẾ HOẠCH**

            """;

    private final TargetExtractor targets = new TargetExtractor();
    private final FigureExtractor figures = new FigureExtractor();
    private final HeaderExtractor headers = new HeaderExtractor(ReferenceData.bundled());

    private List<Target> read(String text) {
        SourceText s = SourceText.of(text);
        return targets.extract(s, headers.extract(s));
    }

    private List<ReportedFigure> figuresOf(String text) {
        SourceText s = SourceText.of(text);
        DocumentHeader h = headers.extract(s);
        return figures.extract(s, h);
    }

    private static String rows(List<Target> ts) {
        return ts.stream().map(t -> t.label() + " " + (t.sub() == null ? "-" : t.sub()) + " " + t.comparator().symbol() + " "
                + number(t.value() != null ? t.value() : t.min()) + (t.max() != null && t.value() == null ? ".." + number(t.max()) : "")
                + " " + t.unit() + " " + t.year()).collect(Collectors.joining("; "));
    }

    private static String number(Double d) { return d == null ? "null" : d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d); }

    /**
     * One cell a line between lines holding "|", as web pages leave tables (the row number on a line of its own, read as a
     * page number when normalised); a row "| 1 | ... |" on one line is the layout of the numbered "(n)" appendix tables.
     */
    private static String cellPerLine(String... rows) {
        StringBuilder b = new StringBuilder();
        for (String row : rows) {
            b.append("|\n");
            for (String cell : row.split("\\|", -1)) b.append(cell.strip()).append("\n|\n");
        }
        return b.toString();
    }

    private static final String FORECAST_TABLE = "**Mẫu biểu số 01**\n\n**DỰ BÁO MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU GIAI ĐOẠN 2026 – 2028**\n\n"
            + "*(Kèm theo Kế hoạch số 0204/KH-UBND ngày 24/11/2025)*\n\n" + cellPerLine(
            "**STT**|**Nội dung**|**Đơn vị tính**|**Năm hiện hành 2025**|**Năm 2026**|**Năm 2027**|**Năm 2028**",
            "**Kế hoạch**|**Ước thực hiện**",
            "*1*|*2*|*3*|*4*|*5*|*6*|*7*|*8*",
            "1|Tổng sản phẩm trong nước của địa phương (GRDP) giá hiện hành|Tỷ đồng|172.033|172.033|193.549|218.628|247.907",
            "3|Cơ cấu kinh tế||||||",
            "|*- Nông, lâm nghiệp, thủy sản*|%|34,48|34,48|33,31|31,76|30,22",
            "4|Chỉ số giá tiêu dùng (CPI)|%||5,04|5,21|5,21|5,21",
            "10|Mức giảm tỷ lệ hộ nghèo|%|0,8|0,8|1-1,5|1-1,6|1-1,7",
            "|+ Giường bệnh cấp huyện|Giường|610||||");

    @Test
    void aForecastTableGivesATargetPerPlanColumnAndAFigurePerEstimateColumn() {
        assertEquals("t1/r1 - = 172033 VND_billion 2025; t1/r1 1 = 193549 VND_billion 2026; t1/r1 2 = 218628 VND_billion 2027; "
                + "t1/r1 3 = 247907 VND_billion 2028; "
                + "t1/r3 - = 34.48 % 2025; t1/r3 1 = 33.31 % 2026; t1/r3 2 = 31.76 % 2027; t1/r3 3 = 30.22 % 2028; "
                + "t1/r4 - = 5.21 % 2026; t1/r4 1 = 5.21 % 2027; t1/r4 2 = 5.21 % 2028; "
                + "t1/r5 - = 0.8 % 2025; t1/r5 1 range 1..1.5 % 2026; t1/r5 2 range 1..1.6 % 2027; t1/r5 3 range 1..1.7 % 2028; "
                + "t1/r6 - = 610 count 2025", rows(read(HEADER + FORECAST_TABLE)));
        List<ReportedFigure> fs = figuresOf(HEADER + FORECAST_TABLE);
        assertEquals("2025 172033 VND_billion true; 2025 34.48 % true; 2025 5.04 % true; 2025 0.8 % true",
                fs.stream().map(f -> f.period() + " " + number(f.value()) + " " + f.unit() + " " + f.estimated()).collect(Collectors.joining("; ")));
        assertEquals("Cơ cấu kinh tế - Nông, lâm nghiệp, thủy sản", fs.get(1).measure(), "a sub-row is named with its group row");
    }

    @Test
    void aBudgetTableWithoutUnitColumnIsNotATableOfIndicators() {
        String budget = cellPerLine("**STT**|**Nội dung**|**Năm 2025**|**Năm 2026**",
                "I|THU NỘI ĐỊA|10.052.700|11.080.000", "1|Thu từ khu vực doanh nghiệp nhà nước|736.000|730.000");
        assertEquals("", rows(read(HEADER + "**BIỂU TỔNG HỢP DỰ TOÁN THU NSNN**\n\n" + budget)));
    }

    @Test
    void aTableOfPricesIsNotATableOfIndicators() {
        String prices = "| STT | Nội dung | Đơn vị tính | Mức giá năm 2026 |\n|---|---|---|---|\n| 1 | Nhà ở xã hội loại A | đồng/m2/tháng | 85.000 |\n";
        assertEquals("", rows(read(HEADER + "KHUNG GIÁ CHO THUÊ NHÀ Ở\n\n" + prices)));
    }

    @Test
    void aTableStatingTargetsInWordsRestatesTheListAndAddsItsOwnRows() {
        String text = HEADER + """
                II. MỤC TIÊU

                1. Phát triển kinh tế số đến năm 2030

                - Kinh tế số chiếm 45% GRDP tỉnh.

                - Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo đạt tối thiểu 40%.

                III. NHIỆM VỤ

                **PHỤ LỤC**

                PHÂN CÔNG THỰC HIỆN CÁC CHỈ TIÊU PHÁT TRIỂN KINH TẾ SỐ ĐẾN NĂM 2030

                *(Ban hành kèm theo Kế hoạch số 144/KH-UBND ngày 24 tháng 11 năm 2025)*

                """ + cellPerLine("**TT**|**Chỉ tiêu**|**Chủ trì**", "**I. Kinh tế số**",
                "1|Kinh tế số chiếm 45% GRDP tỉnh.|Sở Tài chính",
                "2|Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo đạt tối thiểu 40%|Sở Khoa học và Công nghệ",
                "3|Tỷ trọng đào tạo các ngành STEM đạt tối thiểu 30%.|Sở Giáo dục và Đào tạo");
        List<Target> ts = read(text);
        assertEquals("1/-1 - = 45 % 2030; 1/-2 - >= 40 % 2030; t1/r4 - >= 30 % 2030", rows(ts));
        assertEquals(1, ts.get(0).restatedAt().size(), "the table's row is evidence of the listed target");
        assertEquals(1, ts.get(1).restatedAt().size());
        assertTrue(ts.get(2).restatedAt().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        mục tiêu with the year after the value      | góp phần đạt được mục tiêu tăng trưởng kinh tế 8% trong năm 2025 của Tỉnh. | s1 - = 8 % 2025
        phải đạt, the bracket after it is the present | đôn đốc các doanh nghiệp phủ sóng 5G, phải đạt 90% trong năm 2025 (đến nay mới đạt 39,5%); | s1 - = 90 % 2025
        a bracket before the value is read on       | Phấn đấu tổng mức bán lẻ hàng hóa (giá hiện hành) năm 2025 tăng khoảng 12% trở lên. | s1 - increase_by 12 % 2025
        a year in a bracket is left out             | hoàn thành mục tiêu 100% TTHC được thực hiện trực tuyến (theo Phụ lục III) trong năm 2025. | s1 - = 100 % 2025
        an inline list after phấn đấu goes on over ; | Năm 2030, phấn đấu tổng tỷ suất sinh đạt 2,1 con/phụ nữ; tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái. | s1 - = 2.1 children_per_woman 2030; s1 1 <= 109 count 2030
        a numbered item after ; is not the list     | phải đạt 90% trong năm 2025; (5) tháo gỡ vướng mắc của 03 dự án. | s1 - = 90 % 2025
        no year printed stays unknown               | Phấn đấu 100% người dân có tài khoản an sinh xã hội. | s1 - = 100 % null
        a listing of parts is no statement          | rà soát mục tiêu, nhiệm vụ, giải pháp của 03 chương trình. |
        a programme's name is no statement          | thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025. |
        a deadline is no value                      | phấn đấu hoàn thành xây dựng trước ngày 30 tháng 11 năm 2025. |
        """)
    void readsATargetStatedInRunningText(String name, String sentence, String expected) {
        assertEquals(expected == null ? "" : expected, rows(read("THÔNG BÁO\n\n1. Về nhiệm vụ\n\n" + sentence + "\n")), name);
    }

    @Test
    void aSentenceRestatingAListedTargetInOtherWordsIsThatTarget() {
        String text = """
                **NGHỊ QUYẾT**

                **Về bổ sung Kế hoạch phát triển kinh tế - xã hội năm 2025 với mục tiêu tăng trưởng đạt 8% trở lên**

                **Điều 1. Mục tiêu, chỉ tiêu**

                b) Điều chỉnh một số chỉ tiêu chủ yếu:

                - Tốc độ tăng tổng sản phẩm trong nước (GDP) đạt 8% trở lên.

                **Điều 2. Nhiệm vụ, giải pháp**

                Năm 2025, phấn đấu đón 22 - 23 triệu lượt khách du lịch quốc tế.
                """;
        List<Target> ts = read(text);
        assertEquals("b/-1 - >= 8 % 2025; s2 - range 22..23 visitors_million 2025", rows(ts));
        assertEquals(1, ts.get(0).restatedAt().size(), "the title states the listed target again");
    }
}
