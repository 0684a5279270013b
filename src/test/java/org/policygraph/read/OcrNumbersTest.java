package org.policygraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A number Tesseract reads with little confidence (handwritten) is blanked, not asserted; a printed one is kept. */
class OcrNumbersTest {
    /** A TSV word row of Tesseract: level 5, page, block, paragraph, line, word, box, confidence, text. */
    private static String[] word(int line, double confidence, String text) {
        return new String[] {"5", "1", "1", "1", String.valueOf(line), "1", "0", "0", "10", "10", String.valueOf(confidence), text};
    }

    @Test
    void aDoubtfulNumberOnTheNumberLineIsBlanked() {
        // QD932.pdf: the handwritten "932" is read as "3344" at 78.8; the date beside it at 96
        String text = "THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 3344/QĐ-TTg Hà Nội, ngày 15 tháng 5 năm 2025\n";
        List<String[]> words = List.of(word(1, 93, "THỦ"), word(1, 90, "TƯỚNG"), word(1, 96, "CHÍNH"), word(1, 92, "PHỦ"),
                word(2, 96.6, "Số:"), word(2, 78.8, "3344/QĐ-TTg"), word(2, 96.8, "Hà"), word(2, 96.7, "Nội,"), word(2, 96.8, "ngày"),
                word(2, 96.4, "15"), word(2, 96.8, "tháng"), word(2, 88.7, "5"), word(2, 96.6, "năm"), word(2, 95.8, "2025"));
        assertEquals("THỦ TƯỚNG CHÍNH PHỦ\n\nSố: …/QĐ-TTg Hà Nội, ngày 15 tháng 5 năm 2025\n", Ocr.blankDoubtfulNumbers(text, words));
    }

    @Test
    void aPrintedNumberAndOtherDoubtfulWordsAreKept() {
        String text = "Số: 79/TB-VPCP\nĐiều 5 (1) khoản 3\n";
        List<String[]> words = List.of(word(1, 93.3, "Số:"), word(1, 91.5, "79/TB-VPCP"), word(2, 90, "Điều"), word(2, 66.6, "5"),
                word(2, 55.8, "(1)"), word(2, 90, "khoản"), word(2, 90, "3"));
        assertEquals(text, Ocr.blankDoubtfulNumbers(text, words));
    }
}
