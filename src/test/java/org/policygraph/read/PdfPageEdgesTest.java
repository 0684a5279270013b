package org.policygraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a PDF page prints around its text goes; what a line end broke is joined. */
class PdfPageEdgesTest {
    @Test
    void aSymbolBrokenAtItsHyphenIsJoinedAndTheHyphenKept() {
        // 3367-UB-...signed.pdf: "Công văn số 2769/UBND-" at a line end, "NCKSTTHC" on the next line
        assertEquals("theo Công văn số 2769/UBND-NCKSTTHC ngày 24/7/2024\nNghị định số 126/2024/NĐ-CP quy định",
                PageChrome.joinBrokenLines("theo Công văn số 2769/UBND- \nNCKSTTHC ngày 24/7/2024\nNghị định số 126/2024/NĐ-\nCP quy định"));
    }

    @Test
    void aListDashAndADashBetweenWordsStay() {
        String text = "Độc lập - Tự do - Hạnh phúc\n- Ủy ban nhân dân tỉnh;\nBà Rịa -\nVũng Tàu";
        assertEquals(text, PageChrome.joinBrokenLines(text));
    }

    @Test
    void pageNumbersAndRunningHeadersAreNotText() {
        List<String> pages = List.of(
                "CÔNG BÁO/Số 1263 + 1264/Ngày 31-12-2015\nĐiều 1. Nhiệm vụ của Bộ luật\n1",
                "CÔNG BÁO/Số 1263 + 1264/Ngày 31-12-2015\nĐiều 2. Cơ sở của trách nhiệm hình sự\n- 2 -",
                "CÔNG BÁO/Số 1263 + 1264/Ngày 31-12-2015\nĐiều 3. Nguyên tắc xử lý\nTrang 3/4",
                "CÔNG BÁO/Số 1263 + 1264/Ngày 31-12-2015\nĐiều 4. Trách nhiệm phòng ngừa\n4");
        List<String> clean = PageChrome.strip(pages);
        assertEquals(List.of("Điều 1. Nhiệm vụ của Bộ luật", "Điều 2. Cơ sở của trách nhiệm hình sự", "Điều 3. Nguyên tắc xử lý",
                "Điều 4. Trách nhiệm phòng ngừa"), clean);
        assertFalse(String.join("\n", clean).contains("CÔNG BÁO"));
        assertTrue(clean.get(0).startsWith("Điều 1"));
    }
}
