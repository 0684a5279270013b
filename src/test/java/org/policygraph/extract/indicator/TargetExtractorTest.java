package org.policygraph.extract.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policygraph.model.Comparator;
import org.policygraph.model.Target;
import org.policygraph.text.SourceText;

class TargetExtractorTest {
    private final TargetExtractor extractor = new TargetExtractor();

    private List<Target> of(String... items) {
        StringBuilder b = new StringBuilder("CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024\n1. Các chỉ tiêu về phát triển kinh tế\n");
        for (int i = 0; i < items.length; i++) b.append('(').append(i + 1).append("). ").append(items[i]).append('\n');
        return extractor.extract(SourceText.of(b.toString()), Corpus.emptyHeader());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 94%;|=|94|null|null|%",
            "Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ đạt 90% trở lên.|>=|90|90|null|%",
            "Tỷ lệ cơ sở tôn giáo được lập hồ sơ đăng ký đất đai tối thiểu 30%.|>=|30|30|null|%",
            "Mỗi phường xây dựng mới ít nhất 01 mô hình dân vận khéo.|>=|1|1|null|count",
            "Tỷ lệ người dân tham gia bảo hiểm y tế trên 93,0%.|>|93|93|null|%",
            "Điểm trung bình thi vào lớp 10 THPT đứng thứ 2 thành phố trở lên.|<=|2|null|2|rank",
            "Tổng giá trị sản xuất tăng 16 - 18%.|increase_by_range|null|16|18|%",
            "Từ 03 - 05 nhà văn hóa phường được đầu tư cơ sở vật chất.|range|null|3|5|count",
            "Doanh thu thương mại, dịch vụ tăng từ 21% trở lên so với thực hiện năm 2023.|increase_by|21|21|null|%",
            "Chỉ số sản xuất công nghiệp (IIP) tăng khoảng 15%.|increase_by|15|null|null|%",
            "Giải quyết việc làm mới cho 3.300 lượt lao động.|=|3300|null|null|turns",
            "Kết nạp 125 - 130 đảng viên.|range|null|125|130|persons",
            "Mức giảm tỷ lệ hộ nghèo là 0,38%.|=|0.38|null|null|percentage_points",
            "Tổng thu ngân sách nhà nước trên địa bàn quận ước đạt 1.516 tỷ 660 triệu đồng.|=|1516.66|null|null|VND_billion",
            "Tỷ lệ thất nghiệp dưới 3%.|<=|3|null|3|%",
            "Tỷ lệ suy dinh dưỡng trẻ em dưới 5 tuổi giảm còn 8%.|=|8|null|null|%",
            "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) nằm trong top 10 cả nước.|<=|10|null|10|rank",
            "Giảm tỷ lệ hộ nghèo xuống còn 0,5%.|=|0.5|null|null|%",
            "Tỷ lệ hộ nghèo giảm 0,5%.|=|0.5|null|null|percentage_points",
            "Quận không còn hộ nghèo theo chuẩn nghèo quốc gia áp dụng cho giai đoạn 2022-2025.|qualitative|null|null|null|none"})
    void readsComparatorValueAndUnit(String text, String cmp, Double value, Double min, Double max, String unit) {
        Target t = of(text).get(0);
        assertEquals(cmp, t.comparator().symbol());
        assertEquals(value, t.value());
        assertEquals(min, t.min());
        assertEquals(max, t.max());
        assertEquals(unit, t.unit());
        assertEquals(2024, t.year());
    }

    @Test
    void aRestatementInAnotherUnitIsAFurtherTargetOfTheSameMeasure() {
        List<Target> ts = of("Thu ngân sách (so với dự toán pháp lệnh thành phố giao) phấn đấu tăng từ 20% trở lên (phấn đấu đạt 700 tỷ đồng).");
        assertEquals(2, ts.size());
        assertEquals(Comparator.INCREASE_BY, ts.get(0).comparator());
        assertEquals("so với dự toán pháp lệnh thành phố giao", ts.get(0).baseline());
        assertEquals(1, ts.get(1).sub());
        assertEquals(700.0, ts.get(1).value());
        assertEquals("VND_billion", ts.get(1).unit());
        assertNull(ts.get(1).baseline());
        assertEquals("state-budget-revenue", ts.get(1).measureConcept());
    }

    @Test
    void subTargetsInheritTheBaselineOfTheirHeadClause() {
        List<Target> ts = of("Tốc độ tăng trưởng GRDP (giá so sánh 2010) tăng khoảng 11,5% - 12,0% so với năm 2023, trong đó: "
                + "nhóm dịch vụ tăng 10,20% - 10,75%; nhóm nông, lâm, thủy sản tăng 0,98%.");
        assertEquals(3, ts.size());
        assertTrue(ts.stream().allMatch(t -> "so với năm 2023".equals(t.baseline())));
        assertEquals(0.98, ts.get(2).value());
        assertEquals(Comparator.INCREASE_BY, ts.get(2).comparator());
    }

    @Test
    void aDecreaseKeepsItsPrintedBaseline() {
        Target t = of("Giảm 10% số vụ tai nạn giao thông so với năm 2023.").get(0);
        assertEquals("so với năm 2023", t.baseline());
        assertEquals(10.0, t.value());
    }

    @Test
    void aClauseWithoutNumeralBesideValuesIsAQualitativeTarget() {
        List<Target> ts = of("Mức giảm tỷ lệ hộ nghèo (theo chuẩn nghèo quốc gia giai đoạn 2022 - 2025) là 0,38%, phấn đấu xoá nghèo trong năm 2024;");
        assertEquals(2, ts.size());
        assertEquals(Comparator.QUALITATIVE, ts.get(1).comparator());
    }

    @Test
    void bracketsWithoutValueAndRidersAreNotTargets() {
        List<Target> ts = of("Ban Thường vụ Thành ủy kiểm tra chuyên đề 25 - 30 lượt tổ chức đảng, 25 - 30 đảng viên, trong đó có cấp ủy viên cùng cấp;");
        assertEquals(2, ts.size());
        assertEquals("turns", ts.get(0).unit());
        assertEquals("persons", ts.get(1).unit());
    }

    @Test
    void spansPointAtTheOriginalText() {
        SourceText text = Corpus.text("004");
        Target t = extractor.extract(text, Corpus.emptyHeader()).stream().filter(x -> x.ordinal() == 15).findFirst().orElseThrow();
        assertTrue(text.quote(t.targetSpan()).contains("94%"), text.quote(t.targetSpan()));
        assertTrue(text.quote(t.span()).startsWith("(15)"), text.quote(t.span()));
    }

    @Test
    void categoriesMayBeLetteredHeadingsAndEndTheItemAbove() {
        String text = "Chỉ tiêu chủ yếu năm 2025\na) Về kinh tế\n(1) Thu ngân sách đạt 700 tỷ đồng.\nb) Về xã hội\n(2) Tỷ lệ hộ nghèo dưới 1%.\n";
        List<Target> ts = extractor.extract(SourceText.of(text), Corpus.emptyHeader());
        assertEquals(2, ts.size());
        assertEquals("b)", ts.get(1).categoryNo());
        assertEquals("Về xã hội", ts.get(1).category());
        assertEquals("Thu ngân sách đạt 700 tỷ đồng.", ts.get(0).text());
        assertEquals(2025, ts.get(0).year());
    }

    @Test
    void readsIndicatorsFromATable() {
        String text = "PHỤ LỤC\nCHỈ TIÊU CHỦ YẾU NĂM 2025\n| STT | Chỉ tiêu | Đơn vị | Kế hoạch |\n|---|---|---|---|\n"
                + "| I | Chỉ tiêu xã hội | | |\n| 1 | Tỷ lệ dân số tham gia bảo hiểm y tế | % | 95 |\n"
                + "| 2 | Giải quyết việc làm cho 3.500 lượt lao động trở lên | | |\nNơi nhận:\n";
        List<Target> ts = extractor.extract(SourceText.of(text), Corpus.emptyHeader());
        assertEquals(2, ts.size());
        assertEquals(95.0, ts.get(0).value());
        assertEquals("%", ts.get(0).unit());
        assertEquals("health-insurance-coverage", ts.get(0).measureConcept());
        assertEquals("I", ts.get(0).categoryNo());
        assertEquals("Chỉ tiêu xã hội", ts.get(0).category());
        assertEquals(Comparator.GE, ts.get(1).comparator());
        assertEquals("turns", ts.get(1).unit());
        assertEquals(2025, ts.get(1).year());
    }

    @Test
    void aNumberedListOutsideTheIndicatorsIsNotRead() {
        String text = "2. Chỉ tiêu chủ yếu năm 2024\n(1) Tỷ lệ dân số tham gia bảo hiểm y tế đạt 94%.\n"
                + "3. Nhiệm vụ, giải pháp để hoàn thành các chỉ tiêu\n(1) Tăng cường công tác tuyên truyền, 100% cán bộ tham gia.\n(2) Rà soát 20 dự án.\n";
        List<Target> ts = extractor.extract(SourceText.of(text), Corpus.emptyHeader());
        assertEquals(1, ts.size());
        assertEquals(94.0, ts.get(0).value());
    }

    @Test
    void aSlipInTheNumberingKeepsTheListAsPrinted() {
        List<Target> ts = of("Kết nạp 120 đảng viên.", "Giải quyết việc làm cho 3.000 lượt lao động.").stream().toList();
        assertEquals(2, ts.size());
        String text = "CÁC CHỈ TIÊU NĂM 2024\n1. Các chỉ tiêu\n(1) Kết nạp 120 đảng viên.\n(2) Thu ngân sách 700 tỷ đồng.\n"
                + "(4) Tỷ lệ hộ nghèo dưới 1%.\n(4) Tỷ lệ dân số tham gia bảo hiểm y tế đạt 94%.\n";
        List<Target> slip = extractor.extract(SourceText.of(text), Corpus.emptyHeader());
        assertEquals(List.of(1, 2, 4, 4), slip.stream().map(Target::ordinal).toList());
    }

    @Test
    void district2024() {
        List<Target> ts = extractor.extract(Corpus.text("000"), Corpus.emptyHeader());
        assertEquals(37, ts.size());
        assertEquals(22, ts.stream().filter(t -> t.sub() == null).count());
        Target t18 = ts.stream().filter(t -> t.ordinal() == 18).findFirst().orElseThrow();
        assertEquals(Comparator.GT, t18.comparator());
        assertEquals(93.0, t18.min());
        assertEquals("3.", t18.categoryNo());
        assertEquals("Các chỉ tiêu về văn hóa - xã hội, môi trường, an ninh, quốc phòng", t18.category());
        assertTrue(ts.stream().allMatch(t -> t.year() == 2024));
        // "kiểm tra chuyên đề 08-10 lượt tổ chức đảng; 03-05 đảng viên": the verb carries over to the second clause
        Target members = ts.stream().filter(t -> t.ordinal() == 4 && Integer.valueOf(1).equals(t.sub())).findFirst().orElseThrow();
        assertEquals("party-inspection-members", members.measureConcept());
    }

    @Test
    void hongBang2024() {
        List<Target> ts = extractor.extract(Corpus.text("001"), Corpus.emptyHeader());
        assertEquals(18, ts.stream().filter(t -> t.sub() == null).count());
        Target t3 = ts.stream().filter(t -> t.ordinal() == 3 && t.sub() == null).findFirst().orElseThrow();
        assertEquals(1516.66, t3.value(), 1e-9);
        Target t7 = ts.stream().filter(t -> t.ordinal() == 7 && t.sub() == null).findFirst().orElseThrow();
        assertEquals("rank", t7.unit());
        assertEquals(Comparator.LE, t7.comparator());
        Target t14 = ts.stream().filter(t -> t.ordinal() == 14).findFirst().orElseThrow();
        assertEquals(Comparator.QUALITATIVE, t14.comparator());
        assertEquals("3.2.", t14.categoryNo());
    }

    @Test
    void district2022FromTheAppendix() {
        List<Target> ts = extractor.extract(Corpus.text("003"), Corpus.emptyHeader());
        assertEquals(18, ts.stream().filter(t -> t.sub() == null).count());
        assertTrue(ts.stream().allMatch(t -> t.year() == 2022));
        Target t9 = ts.stream().filter(t -> t.ordinal() == 9).findFirst().orElseThrow();
        assertEquals(Comparator.QUALITATIVE, t9.comparator());
        Target t6 = ts.stream().filter(t -> t.ordinal() == 6).findFirst().orElseThrow();
        assertEquals(Comparator.INCREASE_BY, t6.comparator());
        assertEquals(15.0, t6.min());
    }

    @Test
    void city2024() {
        List<Target> ts = extractor.extract(Corpus.text("004"), Corpus.emptyHeader());
        assertEquals(44, ts.size());
        assertEquals(24, ts.stream().filter(t -> t.sub() == null).count());
        Target t4 = ts.stream().filter(t -> t.ordinal() == 4 && t.sub() == null).findFirst().orElseThrow();
        assertEquals(106761.592, t4.value(), 1e-9);
        assertEquals("2.1.", t4.categoryNo());
    }
}
