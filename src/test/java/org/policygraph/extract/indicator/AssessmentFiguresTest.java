package org.policygraph.extract.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policygraph.text.SourceText;

/** Figures stated in prose in the part of results of a plan, report or notice: one row per form, as printed. */
class AssessmentFiguresTest {
    private final FigureExtractor extractor = new FigureExtractor();

    /** "period value unit plan yoy estimated" of each figure. */
    private String rows(String text) {
        return extractor.extract(SourceText.of(text), null).stream()
                .map(f -> f.period() + " " + number(f.value()) + " " + f.unit() + " " + number(f.pctOfPlan()) + " " + number(f.pctChangeYoy())
                        + (f.estimated() ? " ước" : ""))
                .collect(Collectors.joining("; "));
    }

    private static String number(Double d) { return d == null ? "-" : d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d); }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        estimated, share of the plan, change on the year | Kim ngạch xuất khẩu ước cả năm đạt 2.600 triệu USD, đạt 100% kế hoạch, tăng 6,35% so cùng kỳ. | 2025 2600 USD_million 100 6.35 ước
        quarter and months in one sentence              | Tăng trưởng GRDP quý III đạt 6,26%, 9 tháng năm 2025 tăng 6,9%.                              | 2025-Q3 6.26 % - -; 2025-01/2025-09 6.9 % - -
        a share of the plan alone is the figure          | Giải ngân đầu tư công đạt tỷ lệ 66,7% kế hoạch (bình quân cả nước là 54,4%).                 | 2025 66.7 % 66.7 -
        exceeding the estimate                           | Ước thực hiện cả năm là 11.580 tỷ đồng, vượt 11,69% so dự toán, tăng 10,48% so cùng kỳ (10.482 tỷ đồng). | 2025 11580 VND_billion 111.69 10.48 ước
        X of Y                                           | Về nguồn thu, có 13/20 nguồn thu đạt dự toán.                                                 | 2025 13 count - -
        amount of its plan amount                        | Chi đầu tư phát triển: ước thực hiện cả năm 5.817,196 tỷ đồng/5.937,440 tỷ đồng, đạt 97,97% kế hoạch. | 2025 5817.196 VND_billion 97.97 - ước
        a listing shares its plan                        | Đã thành lập mới 50 hợp tác xã, 02 liên hiệp hợp tác xã, đạt 100% kế hoạch.                  | 2025 50 count 100 -; 2025 2 count 100 -
        a breakdown is estimated as its whole            | Ước thực hiện cả năm là 11.580 tỷ đồng; trong đó: thu nội địa 11.080 tỷ đồng, vượt 10,22% so dự toán. | 2025 11580 VND_billion - - ước; 2025 11080 VND_billion 110.22 - ước
        a rider in brackets                              | Thu hút gần 8,1 triệu lượt khách, tăng 11,8% so với cùng kỳ (trong đó, 131.000 lượt khách quốc tế, tăng 5,1% so cùng kỳ). | 2025 8.1 visitors_million - 11.8; 2025 131000 turns - 5.1
        plans, totals to date and national figures       | Chi đầu tư từ nguồn xổ số phấn đấu đạt 100% kế hoạch. Lũy kế đến nay có 681 dự án, vốn đăng ký 328.782 tỷ đồng. Cả nước tăng 9,3%. |
        """)
    void readsAFigureOfAYear(String name, String paragraph, String expected) {
        String text = "BÁO CÁO\nTình hình kinh tế - xã hội năm 2025\n\nI. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NĂM 2025\n\n" + paragraph
                + "\n\nII. NHIỆM VỤ, GIẢI PHÁP NĂM 2026\n\n- Phấn đấu tăng trưởng đạt 10%.\n";
        assertEquals(expected == null ? "" : expected, rows(text), name);
    }

    @Test
    void aNoticeOnAProvinceGivesTheHeadingsPeriodToItsFigures() {
        String text = """
                THÔNG BÁO
                Kết luận của Thủ tướng Chính phủ tại buổi làm việc với tỉnh, ngày 10 tháng 11 năm 2025

                I. ĐÁNH GIÁ CHUNG

                1. Về tình hình kết quả kinh tế - xã hội 10 tháng
                năm 2025 của tỉnh:

                Tăng trưởng kinh tế 9 tháng ước đạt 8,19%; xuất khẩu tăng 18,3% (bình quân cả nước tăng 16,2%);
                số doanh nghiệp thành lập mới tăng 12,9% so cùng kỳ; đã hoàn thành 56/93 nhiệm vụ.

                2. Một số tồn tại, hạn chế:

                Tăng trưởng chưa bền vững, giải ngân mới đạt 40%.

                II. NHIỆM VỤ, GIẢI PHÁP
                """;
        assertEquals("2025-01/2025-09 8.19 % - - ước; 2025-01/2025-10 18.3 % - -; 2025-01/2025-10 12.9 % - -; 2025-01/2025-10 56 count - -",
                rows(text));
    }
}
