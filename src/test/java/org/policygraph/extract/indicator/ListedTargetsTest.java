package org.policygraph.extract.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.policygraph.model.Target;
import org.policygraph.text.SourceText;

/**
 * Targets of plans that list them otherwise than "(n)": one row per layout, comparator and unit, each a plan's
 * phrase as printed, read from a small text with its heading.
 */
class ListedTargetsTest {
    private final TargetExtractor extractor = new TargetExtractor();

    private List<Target> read(String text) { return extractor.extract(SourceText.of(text), null); }

    /** "label sub comparator value unit year" of each target. */
    private String rows(String text) {
        return read(text).stream().map(t -> t.label() + " " + (t.sub() == null ? "-" : t.sub()) + " " + t.comparator().symbol() + " "
                + number(t.value() != null ? t.value() : t.min()) + (t.max() != null && t.value() == null ? ".." + number(t.max()) : "")
                + " " + t.unit() + " " + t.year()).collect(Collectors.joining("; "));
    }

    private static String number(Double d) { return d == null ? "null" : d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d); }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        children per woman, at most                 | a) Phấn đấu tổng tỷ suất sinh đạt 2,1 con/phụ nữ; tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái. | 4/a - = 2.1 children_per_woman 2030; 4/a 1 <= 109 count 2030
        doctors and beds per 10,000 inhabitants     | a) Đạt 10 bác sĩ/vạn dân và 32 giường bệnh/vạn dân.                    | 4/a - = 10 per_10000_inhabitants 2030; 4/a 1 = 32 per_10000_inhabitants 2030
        nghìn tỷ đồng as VND billions               | a) Tổng vốn đầu tư toàn xã hội đạt khoảng 1.500 nghìn tỷ đồng.          | 4/a - = 1500000 VND_billion 2030
        a rate falls by, in points                  | a) Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm.                              | 4/a - = 1.5 percentage_points 2030
        a rate falls by a range every year          | a) Tỷ lệ hộ nghèo giảm hàng năm 1%-1,5%.                                | 4/a - range 1..1.5 percentage_points 2030
        an amount decreases by                      | a) Số vụ tai nạn giao thông giảm 5%.                                    | 4/a - decrease_by 5 % 2030
        an amount decreases by a range              | a) Số người chết do tai nạn giao thông giảm từ 5 - 10%.                 | 4/a - decrease_by_range 5..10 % 2030
        dưới is at most                             | a) Tỷ lệ thất nghiệp ở khu vực thành thị dưới 4%.                       | 4/a - <= 4 % 2030
        giảm còn is the level reached               | a) Tỷ lệ hộ nghèo giảm xuống còn 1%.                                    | 4/a - = 1 % 2030
        giảm còn dưới is at most                    | a) Tỷ lệ hộ nghèo giảm còn dưới 1%.                                     | 4/a - <= 1 % 2030
        từ ... trở lên is at least                  | a) Tỷ lệ lao động qua đào tạo đạt từ 75% trở lên.                       | 4/a - >= 75 % 2030
        from N before a count is at least           | a) Mỗi năm phát triển từ 05 bộ dữ liệu mở.                               | 4/a - >= 5 count 2030
        the sign ≥                                  | a) Đến hết năm 2035: Có ≥ 85% doanh nghiệp ứng dụng công nghệ số.       | 4/a - >= 85 % 2035
        trên is above                               | a) Trên 80% trạm y tế xã đủ điều kiện.                                  | 4/a - > 80 % 2030
        an increase above                           | a) Số vụ phạm tội về ma túy bị phát hiện tăng trên 3%.                  | 4/a - increase_by 3 % 2030
        an increase in times                        | a) Kim ngạch xuất khẩu tăng gấp 2 lần.                                   | 4/a - increase_by 2 times 2030
        a rank                                      | a) Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) thuộc top 10 cả nước.      | 4/a - <= 10 rank 2030
        a range                                     | a) Tốc độ tăng trưởng GRDP bình quân từ 8 - 8,5%.                       | 4/a - range 8..8.5 % 2030
        ít nhất reads on over a listing comma       | a) Hình thành ít nhất 100 doanh nghiệp khởi nghiệp, 50 doanh nghiệp khoa học công nghệ. | 4/a - >= 100 count 2030; 4/a 1 >= 50 count 2030
        persons, hectares, km, tonnes, turns        | a) Giải quyết việc làm cho 59.000 người; trồng mới 1.200 ha rừng; xây mới 35 km đường; sản lượng 1,2 triệu tấn; đón 8 triệu lượt khách. | 4/a - = 59000 persons 2030; 4/a 1 = 1200 hectares 2030; 4/a 2 = 35 km 2030; 4/a 3 = 1.2 tonnes_million 2030; 4/a 4 = 8 visitors_million 2030
        millions of USD                             | a) Thu hút vốn FDI đạt 500 triệu USD.                                    | 4/a - = 500 USD_million 2030
        speeds, ages and tiers are not values       | a) 100% người dân từ 15 tuổi có kết nối 01 Gb/s tới chính quyền 02 cấp. | 4/a - = 100 % 2030
        """)
    void readsTheComparatorUnitAndYearOfALetteredItem(String name, String item, String expected) {
        assertEquals(expected, rows("II. MỤC TIÊU\n4. Các chỉ tiêu cụ thể đến năm 2030\n\n" + item + "\n\nIII. NHIỆM VỤ\n"), name);
    }

    @Test
    void bulletsAreNumberedUnderTheirHeadingAndTheirLetteredHeading() {
        String text = """
                II. MỤC TIÊU

                1. Mục tiêu tổng quát

                - Tăng trưởng đạt 8% trở lên.

                2. Mục tiêu cụ thể

                a) Đến năm 2026

                - Hoàn thiện khung pháp lý.

                - 100% hồ sơ được số hóa.

                b) Đến năm 2030

                - Tỷ lệ người dân có tài khoản định danh điện tử đạt 80%.

                III. NHIỆM VỤ VÀ GIẢI PHÁP

                1. Hoàn thiện thể chế

                - Phấn đấu 100% thủ tục hành chính trực tuyến.
                """;
        assertEquals("a/-2 - = 100 % 2026; b/-1 - = 80 % 2030", rows(text));
    }

    @Test
    void paragraphsUnderBulletSubheadingsAreItemsAndTheLeadInGivesTheYear() {
        String text = """
                2. Mục
                tiêu cụ thể

                2.1. Đến năm 2030

                - Nông nghiệp công nghệ
                cao

                Phấn đấu trên 50% diện tích
                sản xuất nông nghiệp chủ lực ứng dụng công nghệ thông minh.

                Hình thành ít nhất 20 mô
                hình sản xuất nông nghiệp tuần hoàn.

                - Thủy sản

                Hình thành ít nhất 02 vùng nuôi thủy sản thông minh.

                3. Nhiệm vụ
                """;
        assertEquals("2.1/p1 - > 50 % 2030; 2.1/p2 - >= 20 count 2030; 2.1/p3 - >= 2 count 2030", rows(text));
    }

    @Test
    void generalAimsAreNotReadAndThePlanYearComesFromTheTitle() {
        String text = """
                NGHỊ QUYẾT
                Về bổ sung Kế hoạch phát triển kinh tế - xã hội năm 2025

                Điều 1. Mục tiêu, chỉ tiêu

                a) Mục tiêu tổng quát: tập trung thúc đẩy tăng trưởng với mục tiêu đạt 8% trở lên.

                b) Điều chỉnh một số chỉ tiêu chủ yếu:

                - Tốc độ tăng tổng sản phẩm trong nước (GDP) đạt 8% trở lên.

                - GDP bình quân đầu người khoảng trên 5.000 USD.

                Điều 2. Nhiệm vụ và giải pháp chủ yếu
                """;
        assertEquals("b/-1 - >= 8 % 2025; b/-2 - > 5000 USD 2025", rows(text));
    }

    @Test
    void aTargetWithoutAPrintedYearKeepsItUnknown() {
        List<Target> ts = read("2. Mục tiêu cụ thể\n\n- Tỷ lệ hồ sơ trực tuyến đạt 80%.\n\n3. Nhiệm vụ\n");
        assertEquals(1, ts.size());
        assertEquals(null, ts.get(0).year());
        assertEquals("2/-1", ts.get(0).label());
        assertTrue(ts.get(0).targetSpan().end() > ts.get(0).targetSpan().start());
    }

    @Test
    void theNumberedListOfAResolutionKeepsItsOrdinalsAndNoLabel() {
        List<Target> ts = read("CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024\n(1) Tỷ lệ dân số tham gia bảo hiểm y tế đạt 94%.\n(2) Giảm tỷ lệ hộ nghèo còn 0,5%.\n");
        assertEquals(2, ts.size());
        assertEquals(null, ts.get(0).label());
        assertEquals(2, ts.get(1).ordinal());
    }
}
