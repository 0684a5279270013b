package org.policygraph.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.model.Section;
import org.policygraph.text.SourceText;

class SectionSplitterTest {
    private static final SectionSplitter SPLITTER = new SectionSplitter();

    private static SourceText doc(String prefix) throws IOException {
        try (var files = Files.list(Path.of("data", "documents", "hai-phong"))) {
            return SourceText.of(Files.readString(files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow()));
        }
    }

    private static List<String> numbers(List<Section> sections) { return sections.stream().map(Section::number).toList(); }

    private static Section find(List<Section> sections, String number, String parent) {
        return sections.stream().filter(s -> s.number().equals(number) && java.util.Objects.equals(s.parent(), parent)).findFirst().orElseThrow();
    }

    @Test
    void hardWrappedResolutionWithAppendix() throws IOException {
        SourceText text = doc("000_");
        List<Section> s = SPLITTER.split(text);
        assertEquals(List.of("I", "II", "1", "2", "3", "3.1", "3.2", "3.3", "III", "1", "2", "3", "PL", "1", "2", "3"), numbers(s));
        Section two = find(s, "II", null);
        assertEquals(1, two.depth());
        assertEquals("CHỦ ĐỀ, CHỈ TIÊU, NHIỆM VỤ, GIẢI PHÁP NĂM 2024", two.heading());
        assertTrue(text.quote(two.span()).startsWith("II. CHỦ ĐỀ"));
        Section sub = find(s, "3.2", "3");
        assertEquals(3, sub.depth());
        assertTrue(two.span().contains(sub.span()));
        Section appendix = find(s, "PL", null);
        assertEquals(0, appendix.depth());
        assertEquals("CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024", appendix.heading());
        Section category = find(s, "2", "PL");
        assertEquals("Các chỉ tiêu về phát triển kinh tế", category.heading());
        assertTrue(text.quote(category.span()).contains("(8). Tổng giá trị sản xuất"));
        assertTrue(!text.quote(find(s, "III", null).span()).contains("Nơi nhận"), "the body's last part stops at the recipients");
    }

    @Test
    void doubleSpacedResolutionWithThreeLevels() throws IOException {
        List<Section> s = SPLITTER.split(doc("001_"));
        Section deep = find(s, "4.2.3", "4.2");
        assertEquals(4, deep.depth());
        assertEquals("THỐNG NHẤT VỀ ĐÁNH GIÁ TÌNH HÌNH, KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023", find(s, "I", null).heading());
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), s.stream().filter(x -> "III".equals(x.parent())).map(Section::number).toList());
    }

    @Test
    void markdownReportKeepsItsParts() throws IOException {
        List<Section> s = SPLITTER.split(doc("002_"));
        assertEquals(List.of("I", "II", "III", "IV"), s.stream().filter(x -> x.depth() == 1).map(Section::number).toList());
        assertEquals("Lĩnh vực nội chính:", find(s, "4", "II").heading());
    }

    @Test
    void appendixWithPrintedNumberingErrorsKeepsThemAsPrinted() throws IOException {
        List<Section> s = SPLITTER.split(doc("003_"));
        assertEquals(List.of("II", "II", "III"), s.stream().filter(x -> "PL".equals(x.parent())).map(Section::number).toList());
    }

    @Test
    void wrappedNumberInsideRunningTextIsNotAPart() {
        String text = "I. KẾT QUẢ\n1. Công tác xây dựng Đảng đạt kết quả, trong đó có\n"
                + "3. đảng bộ hoàn thành tốt nhiệm vụ và\n2023. Năm nay\n(15). Tỷ lệ đạt 90%.\n2. Kinh tế tăng trưởng.\n";
        List<Section> s = SPLITTER.split(SourceText.of(text));
        assertEquals(List.of("I", "1", "2"), numbers(s));
        assertEquals("I", s.get(2).parent());
    }

    @Test
    void articlesOfAStateResolution() {
        String text = "QUYẾT NGHỊ:\nĐiều 1. Thông qua nhiệm vụ năm 2024\n1. Mục tiêu\n2. Chỉ tiêu\ntheo\nĐiều 5 của Luật\n"
                + "Điều 2. Tổ chức thực hiện\nGiao Ủy ban nhân dân.\n";
        List<Section> s = SPLITTER.split(SourceText.of(text));
        assertEquals(List.of("Điều 1", "1", "2", "Điều 2"), numbers(s));
        assertEquals("Điều 1", s.get(1).parent());
        assertEquals("Thông qua nhiệm vụ năm 2024", s.get(0).heading());
    }

    @Test
    void subPartNeedsItsParent() {
        String text = "I. MỤC TIÊU\n1. Chỉ tiêu\n1.1. Kinh tế\n2.5. Không phải phần\n1.2. Xã hội\n";
        List<Section> s = SPLITTER.split(SourceText.of(text));
        assertEquals(List.of("I", "1", "1.1", "1.2"), numbers(s));
        assertEquals("1", s.get(3).parent());
    }
}
