package org.policygraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Page chrome is kept in the original, gone from the normalised text, and the document itself is untouched. */
class PageChromeTest {
    private static final String PAGE = """
            Bản dịch này thuộc quyền sở hữu của **THƯ VIỆN PHÁP LUẬT**.
            Đang tải văn bản...
            |
            **BỘ TÀI CHÍNH**
            **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
            Độc lập - Tự do - Hạnh phúc
            Số: 5348/CT-CS
            Căn cứ Luật Quản lý thuế số 38/2019/QH14.
            Công văn 5348/CT-CS năm 2025 hướng dẫn góp vốn điều lệ do Cục Thuế ban hành
            Văn bản này chưa cập nhật nội dung Tiếng Anh
            Nghị định 13/2023/NĐ-CP về Bảo vệ dữ liệu cá nhân (hiệu lực từ ngày 01/07/2023) yêu cầu xác nhận sự đồng ý của thành viên.
            """;

    @Test
    void chromeAboveAndBelowIsRecognised() {
        SourceText s = SourceText.of(PAGE);
        List<Span> chrome = s.chrome();
        assertEquals(2, chrome.size());
        assertTrue(s.quote(chrome.get(0)).contains("Đang tải văn bản"));
        assertTrue(s.quote(chrome.get(1)).startsWith("Công văn 5348/CT-CS năm 2025"), s.quote(chrome.get(1)));
        assertFalse(s.normalised().contains("13/2023"));
        assertFalse(s.normalised().contains("THƯ VIỆN PHÁP LUẬT"));
        assertTrue(s.normalised().startsWith("|\nBỘ TÀI CHÍNH"), s.normalised());
        assertTrue(s.normalised().contains("38/2019/QH14"));
        assertEquals(PAGE, s.original());
        int at = s.normalised().indexOf("5348/CT-CS");
        assertEquals("5348/CT-CS", s.quote(s.toOriginal(at, at + 10)));
    }

    @Test
    void aTextWithoutChromeIsUnchanged() {
        String text = "Tại Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 15, khóa VI (họp ngày 15/12/2023).\nI. KẾT QUẢ\n";
        SourceText s = SourceText.of(text);
        assertEquals(List.of(), s.chrome());
        assertTrue(s.normalised().startsWith("Tại Hội nghị"));
    }

    @Test
    void aMottoDeepInsideABodyIsNotAHeader() {
        String text = "Căn cứ Luật Tổ chức chính quyền địa phương;\nĐiều 1. Ban hành mẫu.\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐƠN ĐỀ NGHỊ\n";
        assertEquals(List.of(), SourceText.of(text).chrome());
    }

    @Test
    void theNumberLineAboveTheMottoBelongsToTheHeader() {
        // a PDF's text layer gives the left header column first: issuer, then the number, whatever the case of its type code
        String text = "UBND TỈNH BÌNH THUẬN\nSỞ NỘI VỤ\nSố:   3367/TTr-SNV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\nTỜ TRÌNH\n";
        assertEquals(List.of(), SourceText.of(text).chrome());
    }
}
