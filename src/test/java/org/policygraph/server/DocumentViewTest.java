package org.policygraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Marking facts in a document's text: nested and overlapping spans, escaping, anchors and task badges. */
class DocumentViewTest {
    @Test
    void nestedSpansLinkTheInnermostShortFact() {
        String text = "Đạt 100% <b> kế hoạch";
        List<DocumentView.Mark> marks = List.of(
                new DocumentView.Mark(0, 21, "task", "/t/1", "task: 1"),
                new DocumentView.Mark(0, 8, "target", "/target/1", "target: 1"),
                new DocumentView.Mark(4, 8, "header", "/doc#props", "header: x"));
        String html = DocumentView.marked(text, marks);
        assertEquals("<span id=\"o0\"></span><a class=\"badge\" href=\"/t/1\">task: 1</a>"
                + "<mark class=\"target task\"><a href=\"/target/1\" title=\"target: 1\">Đạt </a></mark>"
                + "<span id=\"o4\"></span><mark class=\"header target task\"><a href=\"/doc#props\" title=\"header: x\">100%</a></mark>"
                + "<mark class=\"task\"> &lt;b&gt; kế hoạch</mark>", html);
    }

    @Test
    void textWithoutMarksIsOnlyEscaped() {
        assertEquals("a &amp; b", DocumentView.marked("a & b", List.of()));
    }
}
