package org.policygraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextNormaliserTest {

    private static List<Path> corpus() throws IOException {
        try (var files = Files.list(Path.of("data", "documents", "hai-phong"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void decomposedVietnameseBecomesComposedAndMapsToTheWholeLetter() {
        String original = "Nghi\u0323 quyê\u0301t số 06";
        SourceText t = SourceText.of(original);
        assertEquals("Nghị quyết số 06", t.normalised());
        int s = t.normalised().indexOf("quyết");
        Span span = t.toOriginal(s, s + "quyết".length());
        assertEquals("quyê\u0301t", t.quote(span));
        assertEquals("Nghi\u0323", t.quote(t.toOriginal(0, 4)), "a span ending on a composed letter covers its combining mark");
    }

    @Test
    void ethLookAlikeBecomesDStroke() throws IOException {
        SourceText t = SourceText.of("Ban Chấp hành \u00D0ảng bộ \u00F0ồng");
        assertEquals("Ban Chấp hành Đảng bộ đồng", t.normalised());
        String doc = Files.readString(corpus().get(0));
        int eth = doc.indexOf('\u00D0');
        assertTrue(eth >= 0, "document 000 carries a Latin Eth");
        SourceText d = SourceText.of(doc);
        assertEquals(-1, d.normalised().indexOf('\u00D0'));
        int at = indexOfOrigin(d, eth);
        assertEquals('\u0110', d.normalised().charAt(at));
    }

    @Test
    void markdownIsRemoved() {
        assertEquals("BÁO CÁO\nKẾT QUẢ", SourceText.of("**BÁO CÁO**  \n**KẾT QUẢ**").normalised());
        assertEquals("III. TỔ CHỨC THỰC HIỆN", SourceText.of("### **III. TỔ CHỨC THỰC HIỆN**").normalised());
        assertEquals("(do quận quản lý)", SourceText.of("(*do quận quản lý*)").normalised());
        assertEquals("Chủ đề:\n“Đẩy mạnh”.", SourceText.of("Chủ đề:\n\n***“Đẩy mạnh”.***").normalised());
        assertEquals("a\nb", SourceText.of("a\n\n-----\n\nb").normalised());
    }

    @Test
    void boldRunsGluedTogetherAreSeparateLines() {
        SourceText t = SourceText.of("**NGHỊ QUYẾT****HỘI NGHỊ LẦN THỨ 14****về mục tiêu**");
        assertEquals("NGHỊ QUYẾT\nHỘI NGHỊ LẦN THỨ 14\nvề mục tiêu", t.normalised());
        assertEquals("a\nb", SourceText.of("a<br>b").normalised());
    }

    @Test
    void footnoteMarkersAreKept() throws IOException {
        SourceText t = SourceText.of("ước thực hiện 182.881 triệu đồng<sup>3</sup>, tăng 9,1%");
        assertEquals("ước thực hiện 182.881 triệu đồng, tăng 9,1%", t.normalised());
        assertEquals(1, t.footnotes().size());
        FootnoteMarker f = t.footnotes().get(0);
        assertEquals("3", f.label());
        assertEquals(t.normalised().indexOf(", tăng"), f.at());
        assertEquals("<sup>3</sup>", t.quote(f.original()));

        SourceText report = SourceText.of(Files.readString(corpus().get(2)));
        assertFalse(report.footnotes().isEmpty());
        for (FootnoteMarker m : report.footnotes()) assertTrue(report.quote(m.original()).startsWith("<sup>"));
        assertFalse(report.normalised().contains("<sup>"));
    }

    @Test
    void pageNumberLinesAreRemoved() throws IOException {
        assertEquals("các chỉ tiêu\nđạt kế hoạch", SourceText.of("các chỉ tiêu \n 2 \nđạt kế hoạch").normalised());
        SourceText t = SourceText.of(Files.readString(corpus().get(0)));
        assertFalse(t.normalised().contains("\n2\n"));
    }

    @Test
    void whitespaceIsFolded() {
        assertEquals("a b\nc", SourceText.of("  a \t b \n\n\n  c  ").normalised());
        assertEquals("ab", SourceText.of("a\u200Bb").normalised());
    }

    /** For random spans of each document, the original quote, normalised again, is the normalised substring. */
    @Test
    void offsetsMapBackExactly() throws IOException {
        Random random = new Random(20240315);
        for (Path p : corpus()) {
            SourceText t = SourceText.of(Files.readString(p));
            String n = t.normalised();
            List<String> failures = new ArrayList<>();
            for (int k = 0; k < 400; k++) {
                int s = random.nextInt(n.length() - 1);
                int e = Math.min(n.length(), s + 1 + random.nextInt(300));
                while (s < e && Character.isWhitespace(n.charAt(s))) s++;
                while (e > s && Character.isWhitespace(n.charAt(e - 1))) e--;
                if (s >= e || Character.isDigit(n.charAt(s))) continue;
                String quote = t.quote(t.toOriginal(s, e));
                String again = SourceText.of(quote).normalised();
                if (!again.equals(n.substring(s, e))) failures.add(p.getFileName() + " " + s + ".." + e + ": [" + again + "] vs [" + n.substring(s, e) + "]");
            }
            assertTrue(failures.isEmpty(), String.join("\n", failures.subList(0, Math.min(5, failures.size()))));
            assertEquals(t.original().length(), t.toOriginal(0, n.length()).end() + trailing(t.original()));
        }
    }

    private static int trailing(String s) {
        int i = s.length();
        while (i > 0 && (Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == '*')) i--;
        return s.length() - i;
    }

    private static int indexOfOrigin(SourceText t, int originalOffset) {
        for (int i = 0; i < t.normalised().length(); i++) if (t.originalOffset(i) == originalOffset) return i;
        return -1;
    }
}
