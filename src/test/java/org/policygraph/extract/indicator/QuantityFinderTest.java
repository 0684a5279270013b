package org.policygraph.extract.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityFinderTest {
    private final QuantityFinder finder = new QuantityFinder();

    private List<Quantity> find(String s) { return finder.find(s, 0, s.length()); }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1.600|1600", "45,87|45.87", "106.761,592|106761.592", "02|2", "0,42|0.42", "93,0|93", "3.581.134|3581134"})
    void parsesVietnameseNumbers(String printed, double value) {
        assertEquals(value, VietnameseNumbers.parse(printed), 1e-9);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Có từ 1.600 doanh nghiệp hoạt động trở lên.|1600|count|doanh nghiệp",
            "Tỷ trọng cơ cấu kinh tế: Công nghiệp, xây dựng: 45,87%|45.87|%|%",
            "Thu ngân sách nhà nước trên địa bàn 106.761,592 tỷ đồng|106761.592|VND_billion|tỷ đồng",
            "Tổng thu ngân sách nhà nước trên địa bàn quận ước đạt 1.516 tỷ 660 triệu đồng.|1516.66|VND_billion|tỷ 660 triệu đồng",
            "Giải quyết việc làm cho 57.900 lượt người lao động;|57900|turns|lượt người lao động",
            "Kết nạp 16 đảng viên|16|persons|đảng viên",
            "Kim ngạch xuất khẩu đạt 33 tỷ USD;|33|USD_billion|tỷ USD",
            "GRDP bình quân đầu người đạt 9.000 USD;|9000|USD|USD",
            "Sản lượng hàng hoá thông qua cảng đạt 190 triệu tấn;|190|tonnes_million|triệu tấn",
            "Thu hút khách du lịch đạt trên 9,1 triệu lượt khách;|9.1|visitors_million|triệu lượt khách"})
    void readsValueAndUnit(String text, double value, String unit, String unitText) {
        List<Quantity> qs = find(text);
        assertEquals(1, qs.size(), qs.toString());
        assertEquals(value, qs.get(0).value(), 1e-9);
        assertEquals(unit, qs.get(0).unit());
        assertEquals(unitText, qs.get(0).unitText());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tổng giá trị sản xuất tăng 16 - 18%|16|18|%",
            "Ban Thường vụ Quận ủy kiểm tra chuyên đề 08-10 lượt tổ chức đảng|8|10|turns",
            "Từ 03 - 05 nhà văn hóa phường|3|5|count",
            "tăng khoảng 11,5% - 12,0% so với năm 2023|11.5|12|%",
            "Thu hút 2,0 đến 2,5 tỷ USD vốn đầu tư nước ngoài;|2|2.5|USD_billion",
            "Tổng mức đầu tư toàn xã hội năm 2024: Từ 4.000 - 4.200 tỷ đồng.|4000|4200|VND_billion"})
    void readsRanges(String text, double min, double max, String unit) {
        List<Quantity> qs = find(text);
        assertEquals(1, qs.size(), qs.toString());
        assertTrue(qs.get(0).isRange());
        assertEquals(min, qs.get(0).min(), 1e-9);
        assertEquals(max, qs.get(0).max(), 1e-9);
        assertNull(qs.get(0).value());
        assertEquals(unit, qs.get(0).unit());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hoàn thành 100% chỉ tiêu giao quân năm 2024.",
            "Không còn hộ nghèo theo chuẩn nghèo quốc gia giai đoạn 2022-2025.",
            "Không phát sinh hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2021- 2025.",
            "Điểm trung bình thi vào lớp 10 THPT đứng thứ 2 thành phố trở lên.",
            "Phổ cập dịch vụ mạng di động 5G tại trụ sở các cơ quan nhà nước",
            "Thực hiện một số tiêu chuẩn thuộc Tiêu chí 5 của đô thị loại I theo Nghị quyết số 1210/2016/UBTVQH13, ngày 25/5/2016",
            "Kết quả thực hiện chỉ tiêu năm 2023: 08/16 chỉ tiêu hoàn thành vượt mức",
            "theo Nghị quyết số 28-NQ/TU của Ban Thường vụ Thành uỷ",
            "Tốc độ tăng trưởng GRDP (giá so sánh 2010)",
            "tỷ lệ lao động qua đào tạo từ 3 tháng trở lên",
            "(trên tổng số 137 cơ sở)"})
    void yearsSymbolsGradesCodesCriteriaAndDenominatorsAreNotValues(String text) {
        List<Quantity> qs = find(text);
        long kept = qs.stream().filter(q -> !(q.value() != null && (q.value() == 100 || q.value() == 2))).count();
        assertEquals(0, kept, qs.toString());
    }

    @Test
    void keepsOnlyTheValueBesideAYear() {
        List<Quantity> qs = find("Hoàn thành 100% chỉ tiêu giao quân năm 2024.");
        assertEquals(1, qs.size());
        assertEquals(100, qs.get(0).value());
    }
}
