package org.policygraph.extract.task;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.policygraph.model.Citation;
import org.policygraph.model.CitationKind;
import org.policygraph.model.Mention;
import org.policygraph.model.Task;
import org.policygraph.text.SourceText;
import org.policygraph.text.Span;

class TaskSegmenterTest {
    private final TaskSegmenter segmenter = new TaskSegmenter();

    static SourceText doc(String prefix) throws Exception {
        try (var files = Files.list(Path.of("data/documents/hai-phong"))) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return SourceText.of(Files.readString(p));
        }
    }

    private Map<String, Task> byNumber(List<Task> tasks) {
        return tasks.stream().collect(Collectors.toMap(Task::number, Function.identity()));
    }

    @Test
    void kienAn2024HasThreeTopItemsAndStopsBeforeOrganisation() throws Exception {
        SourceText t = doc("000");
        List<Task> tasks = segmenter.segment(t, List.of(), List.of());
        assertEquals(List.of("3.1", "3.2", "3.3"), tasks.stream().map(Task::number).toList());
        Task last = tasks.get(2);
        assertTrue(t.quote(last.span()).startsWith("3.3. Tiếp tục đổi mới"));
        assertFalse(last.text().contains("TỔ CHỨC THỰC HIỆN"));
        assertTrue(tasks.get(0).heading().endsWith("nhiệm kỳ 2025 - 2030"), tasks.get(0).heading());
        assertTrue(tasks.get(1).heading().endsWith("kỷ niệm 30 năm thành lập quận"), tasks.get(1).heading());
    }

    @Test
    void hongBangNestsThreeLevels() throws Exception {
        Map<String, Task> tasks = byNumber(segmenter.segment(doc("001"), List.of(), List.of()));
        assertEquals(11, tasks.size());
        assertEquals("4.2", tasks.get("4.2.6").parent());
        assertNull(tasks.get("4.5").parent());
        assertTrue(tasks.get("4.2").span().contains(tasks.get("4.2.3").span()));
        assertFalse(tasks.containsKey("3.1"), "3.1 is an indicator heading, not a task");
    }

    @Test
    void dashesBecomeNumberedChildren() throws Exception {
        Map<String, Task> tasks = byNumber(segmenter.segment(doc("003"), List.of(), List.of()));
        assertEquals("3.1", tasks.get("3.1-d6").parent());
        assertFalse(tasks.containsKey("3.1-d7"));
        assertEquals("Tăng cường kỷ cương thu, chi ngân sách.", tasks.get("3.2-d3").heading());
        assertEquals(8, tasks.values().stream().filter(k -> k.parent() == null).count());
    }

    @Test
    void cityResolutionMarkdownAndPageBreaks() throws Exception {
        SourceText t = doc("004");
        Map<String, Task> tasks = byNumber(segmenter.segment(t, List.of(), List.of()));
        assertEquals(21, tasks.size());
        assertTrue(tasks.get("3.3").heading().startsWith("Tăng tốc, quyết liệt"));
        assertTrue(tasks.get("3.3-d5").heading().contains("Ban Thường vụ Thành ủy về đào tạo nghề"), tasks.get("3.3-d5").heading());
        assertTrue(tasks.get("3.3-d9").text().contains("Công an thành phố đẩy mạnh"), "a paragraph after the last dash stays in it");
        assertFalse(tasks.get("3.3-d9").text().contains("Nơi nhận"));
    }

    @Test
    void reportDirectionsAreTasks() throws Exception {
        Map<String, Task> tasks = byNumber(segmenter.segment(doc("002"), List.of(), List.of()));
        assertEquals("Lĩnh vực kinh tế", tasks.get("1").heading());
        assertEquals("1", tasks.get("1-d2").parent());
    }

    @Test
    void citationsInsideAnItemAreAttached() throws Exception {
        SourceText t = doc("000");
        int at = t.original().indexOf("Nghị quyết số 35-NQ/TW");
        int elsewhere = t.original().indexOf("Nghị quyết số 03-NQ/TU");
        Citation c35 = citation("35-NQ/TW", new Span(at, at + 22));
        Citation c03 = citation("03-NQ/TU", new Span(elsewhere, elsewhere + 22));
        List<Task> tasks = segmenter.segment(t, List.of(), List.of(c35, c03));
        assertEquals(List.of(0), tasks.get(0).cites());
        assertEquals(List.of(1), tasks.get(1).cites());
        assertEquals(List.of(), tasks.get(2).cites());
    }

    @Test
    void lettersAndContinuationDashes() {
        String text = "I. KẾT QUẢ\nđã làm.\nII. NHIỆM VỤ, GIẢI PHÁP\n1. Về kinh tế\na) Phát triển công nghiệp\n- Thu hút đầu tư vào khu công nghiệp, kinh tế\n- xã hội ổn định.\n- Hoàn thành quy hoạch.\nb) Phát triển dịch vụ.\n2. Về xã hội\nIII. TỔ CHỨC THỰC HIỆN\n1. Các cấp ủy quán triệt.";
        Map<String, Task> tasks = byNumber(segmenter.segment(SourceText.of(text), List.of(), List.of()));
        assertEquals(java.util.Set.of("1", "1.a", "1.a-d1", "1.a-d2", "1.b", "2"), tasks.keySet());
        assertEquals("1.a", tasks.get("1.a-d2").parent());
        assertTrue(tasks.get("1.a-d1").text().endsWith("xã hội ổn định."));
    }

    @Test
    void plusItemsNestUnderDashes() {
        String text = "III. NHIỆM VỤ TRỌNG TÂM\n1. Về kinh tế\n- Phát triển công nghiệp:\n+ Thu hút đầu tư.\n+ Mở rộng khu công nghiệp.\n- Phát triển dịch vụ.\nNơi nhận:\n- Như trên.";
        Map<String, Task> tasks = byNumber(segmenter.segment(SourceText.of(text), List.of(), List.of()));
        assertEquals(java.util.Set.of("1", "1-d1", "1-d1-p1", "1-d1-p2", "1-d2"), tasks.keySet());
        assertEquals("1-d1", tasks.get("1-d1-p2").parent());
        assertEquals("1", tasks.get("1-d2").parent());
    }

    private static Citation citation(String symbol, Span span) {
        return new Citation(null, List.of(), null, null, symbol, null, null, null, null, null, null, null,
                CitationKind.IMPLEMENTATION, false, List.of(new Mention(span, symbol, CitationKind.IMPLEMENTATION)), List.of());
    }
}
