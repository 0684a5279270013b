package org.policygraph.extract.task;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.policygraph.extract.task.TaskNumbering.Kind;
import org.policygraph.extract.task.TaskNumbering.Marker;
import org.policygraph.model.Citation;
import org.policygraph.model.Mention;
import org.policygraph.model.Section;
import org.policygraph.model.Task;
import org.policygraph.text.Slugs;
import org.policygraph.text.SourceText;
import org.policygraph.text.Span;

/**
 * Segments the tasks and solutions (nhiệm vụ, giải pháp) into items following the printed numbering.
 *
 * <p>The part is the numbered heading that names tasks, solutions or directions ("3. Nhiệm vụ, giải pháp trọng
 * tâm", "IV. PHƯƠNG HƯỚNG NHIỆM VỤ ..."), up to the next heading of the same or a higher rank or the end of the
 * body. Inside it every printed marker ("3.1.", "4.2.1.", "a)", "- ") opens an item; items nest by rank, and an
 * item's span runs to the next item of the same or a higher rank (so it includes its children). Dash items get
 * generated numbers ("3.2-d3": the third dash under 3.2; "3.2-d3-p1": the first "+" under it). The numbering is read from the text itself
 * ({@link TaskNumbering}), so the segmenter works whether or not sections were split.
 */
public final class TaskSegmenter {

    public List<Task> segment(SourceText text, List<Section> sections, List<Citation> citations) {
        String n = text.normalised();
        List<Marker> markers = TaskNumbering.markers(n);
        List<Task> out = new ArrayList<>();
        for (int i = 0; i < markers.size(); i++) {
            Marker head = markers.get(i);
            if (!opensTaskPart(n, head, markers, i)) continue;
            int end = partEnd(n, markers, i);
            int j = i + 1;
            List<Marker> items = new ArrayList<>();
            for (; j < markers.size() && markers.get(j).start() < end; j++) {
                if (belongsTo(head, markers.get(j))) items.add(markers.get(j));
            }
            out.addAll(items(text, head, items, end, citations));
            i = j - 1;
        }
        return out;
    }

    private static boolean opensTaskPart(String n, Marker m, List<Marker> markers, int i) {
        if (m.kind() != Kind.ROMAN && m.kind() != Kind.ARABIC) return false;
        int bound = i + 1 < markers.size() ? markers.get(i + 1).start() : n.length();
        String heading = Slugs.fold(heading(n, m.contentStart(), bound)).strip();
        return TaskPatterns.TASK_HEADING.matcher(heading).find() && !TaskPatterns.NOT_TASK_HEADING.matcher(heading).find();
    }

    /** The part ends at the next marker of the same or a higher rank that does not continue its number, or at the body's end. */
    private static int partEnd(String n, List<Marker> markers, int i) {
        Marker head = markers.get(i);
        int end = n.length();
        Matcher body = TaskPatterns.BODY_END.matcher(n);
        if (body.find(head.contentStart())) end = body.start();
        for (int j = i + 1; j < markers.size(); j++) {
            Marker m = markers.get(j);
            if (m.start() >= end) break;
            boolean closes = m.kind() == Kind.ROMAN
                    || (head.kind() == Kind.ARABIC && m.kind() == Kind.ARABIC && m.rank() <= head.rank() && !m.extendsNumber(head.label()));
            if (closes) return m.start();
        }
        return end;
    }

    private static boolean belongsTo(Marker head, Marker m) {
        return switch (m.kind()) {
            case ROMAN -> false;
            case ARABIC -> head.kind() == Kind.ROMAN || m.extendsNumber(head.label());
            case LETTER, DASH -> true;
        };
    }

    private static List<Task> items(SourceText text, Marker head, List<Marker> items, int partEnd, List<Citation> citations) {
        String n = text.normalised();
        List<Task> out = new ArrayList<>();
        Deque<String[]> stack = new ArrayDeque<>();   // {number, rank}
        Map<String, Integer> dashes = new HashMap<>();
        for (int k = 0; k < items.size(); k++) {
            Marker m = items.get(k);
            while (!stack.isEmpty() && Integer.parseInt(stack.peek()[1]) >= m.rank()) stack.pop();
            String parent = stack.isEmpty() ? null : stack.peek()[0];
            String base = parent != null ? parent : head.label();
            String number = switch (m.kind()) {
                case DASH -> m.label().equals("+") ? base + "-p" + dashes.merge(base + "+", 1, Integer::sum)
                        : base + "-d" + dashes.merge(base, 1, Integer::sum);
                case LETTER -> base + "." + m.label();
                default -> m.label();
            };
            int end = partEnd;
            for (int l = k + 1; l < items.size(); l++) {
                if (items.get(l).rank() <= m.rank()) { end = items.get(l).start(); break; }
            }
            int next = k + 1 < items.size() ? items.get(k + 1).start() : end;
            end = trimEnd(n, m.contentStart(), end);
            Span span = text.toOriginal(m.start() + leadingBlank(n, m.start()), end);
            String heading = fold(heading(n, m.contentStart(), Math.min(next, end)));
            String body = fold(n.substring(m.contentStart(), end));
            out.add(new Task(number, parent, heading, body, span, cited(span, citations)));
            stack.push(new String[] {number, Integer.toString(m.rank())});
        }
        return out;
    }

    /** The item's heading: its text up to the first sentence end, or a line break before a new sentence. */
    static String heading(String n, int from, int bound) {
        String s = n.substring(from, bound);
        int cut = s.length();
        Matcher end = TaskPatterns.SENTENCE_END.matcher(s);
        if (end.find()) cut = Math.min(cut, end.start() + (s.charAt(end.start()) == ':' || s.charAt(end.start()) == ';' ? 0 : 1));
        Matcher line = TaskPatterns.NEW_SENTENCE_LINE.matcher(s);
        while (line.find() && line.start() < cut) {
            if (!endsWithCapitalisedWord(s, line.start())) { cut = line.start(); break; }
        }
        return s.substring(0, cut).strip();
    }

    /** "... của Ban\nThường vụ": a capitalised word before the break continues a name, not a sentence. */
    private static boolean endsWithCapitalisedWord(String s, int at) {
        int k = at;
        while (k > 0 && Character.isLetter(s.charAt(k - 1))) k--;
        return k < at && Character.isUpperCase(s.charAt(k));
    }

    private static List<Integer> cited(Span span, List<Citation> citations) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < citations.size(); c++) {
            Citation citation = citations.get(c);
            if (citation.self()) continue;
            for (Mention mention : citation.mentions()) {
                if (span.contains(mention.span())) { out.add(c); break; }
            }
        }
        return List.copyOf(out);
    }

    private static int trimEnd(String n, int from, int end) {
        while (end > from && Character.isWhitespace(n.charAt(end - 1))) end--;
        return end;
    }

    private static int leadingBlank(String n, int start) {
        int k = 0;
        while (start + k < n.length() && (n.charAt(start + k) == ' ' || n.charAt(start + k) == '\t' || n.charAt(start + k) == '\n')) k++;
        return k;
    }

    private static String fold(String s) { return s.replaceAll("\\s+", " ").strip(); }
}
