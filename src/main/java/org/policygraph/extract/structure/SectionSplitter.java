package org.policygraph.extract.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.policygraph.model.Section;
import org.policygraph.text.Lettering;
import org.policygraph.text.Lines;
import org.policygraph.text.SourceText;

/**
 * Splits a document into its numbered parts: Roman "I." or an article "Điều 1." (depth 1, the article numbered
 * "Điều 1" as printed), "1." (depth 2), "3.1" (depth 3), "4.2.1" (depth 4); an appendix ("PHỤ LỤC", or the block headed "(kèm theo Nghị quyết số ...)") is a part of
 * depth 0 numbered "PL" (or "PL" + its printed number) that holds its own numbered parts.
 *
 * <p>A numbered line counts as a heading only when it continues the numbering in progress (the next number, or
 * a first number at a new level), so a hard-wrapped line that happens to start "2." inside running text is not
 * taken for a part. Indicators "(15)" are not parts. A part runs to the next part of the same or a higher rank,
 * to the recipients or signature block, or to an appendix.
 */
public final class SectionSplitter {

    /** A heading found on a line of the normalised text. */
    private record Heading(String number, String heading, int depth, int start) {}

    public List<Section> split(SourceText text) {
        String t = text.normalised();
        List<Heading> headings = new ArrayList<>();
        List<Integer> closes = new ArrayList<>();
        Numbering numbering = new Numbering();
        boolean inBody = true;
        int appendixCount = 0;
        List<int[]> lines = Lines.of(t, 0, t.length());
        for (int i = 0; i < lines.size(); i++) {
            int[] l = lines.get(i);
            String line = t.substring(l[0], l[1]).strip();
            Matcher ap = SectionPatterns.APPENDIX.matcher(line);
            boolean reference = SectionPatterns.APPENDIX_REFERENCE.matcher(line).find();
            if (ap.matches() || (reference && !inBody && (appendixCount == 0 || !headings.get(headings.size() - 1).number().startsWith("PL")))) {
                int start = l[0];
                String title;
                if (ap.matches()) {
                    title = i + 1 < lines.size() ? upperLine(t, lines.get(i + 1)) : "";
                } else {
                    int j = i - 1;
                    while (j >= 0 && !upperLine(t, lines.get(j)).isEmpty() && lines.get(j)[0] > lastClose(closes)) j--;
                    start = j + 1 < i ? lines.get(j + 1)[0] : l[0];
                    title = t.substring(start, l[0]).strip().replaceAll("\\s+", " ");
                }
                appendixCount++;
                headings.add(new Heading("PL" + (ap.matches() && ap.group("num") != null ? ap.group("num") : ""), title, 0, start));
                numbering = new Numbering();
                inBody = false;
                continue;
            }
            if (reference) continue;
            if (inBody && !headings.isEmpty() && SectionPatterns.BODY_END.matcher(line).find()) {
                closes.add(l[0]);
                inBody = false;
                continue;
            }
            if (!inBody && appendixCount == 0) continue;
            Heading h = numbering.accept(line, l[0], following(t, lines, i + 1));
            if (h != null) headings.add(h);
        }
        return sections(text, headings, closes);
    }

    private static int lastClose(List<Integer> closes) { return closes.isEmpty() ? -1 : closes.get(closes.size() - 1); }

    private static List<Section> sections(SourceText text, List<Heading> headings, List<Integer> closes) {
        String t = text.normalised();
        List<Section> out = new ArrayList<>();
        Deque<Heading> open = new ArrayDeque<>();
        Map<Heading, String> parent = new HashMap<>();
        for (Heading h : headings) {
            while (!open.isEmpty() && open.peek().depth() >= h.depth()) open.pop();
            parent.put(h, open.isEmpty() ? null : open.peek().number());
            open.push(h);
        }
        for (int k = 0; k < headings.size(); k++) {
            Heading h = headings.get(k);
            int end = t.length();
            for (int j = k + 1; j < headings.size(); j++) {
                if (headings.get(j).depth() <= h.depth()) {
                    end = headings.get(j).start();
                    break;
                }
            }
            for (int c : closes) if (c > h.start() && c < end) end = c;
            while (end > h.start() && Character.isWhitespace(t.charAt(end - 1))) end--;
            out.add(new Section(h.number(), h.heading(), h.depth(), parent.get(h), text.toOriginal(h.start(), end)));
        }
        return out;
    }

    /** The numbering in progress: the last number at each depth; a line is a heading only if it continues it. */
    private static final class Numbering {
        private final int[] last = new int[6];
        private final String[] current = new String[6];
        private int lastArticle;

        Heading accept(String line, int start, List<String> nextLine) {
            Matcher m = SectionPatterns.ROMAN.matcher(line);
            if (m.matches()) {
                Integer value = Lettering.roman(m.group("num"));
                int v = value == null ? 0 : value;
                boolean first = last[1] == 0 && v <= 3;
                boolean next = last[1] > 0 && v > last[1] && v <= last[1] + 2;
                boolean repeated = last[1] > 0 && v == last[1] && line.length() <= SectionPatterns.REPEATED_HEADING_MAX;
                if (v > 0 && (first || next || repeated)) return take(1, v, m.group("num"), heading(m.group("rest"), nextLine), start);
                return null;
            }
            m = SectionPatterns.ARTICLE.matcher(line);
            if (m.matches()) {
                int v = Integer.parseInt(m.group("num"));
                if (v != lastArticle + 1 && !(lastArticle == 0 && v <= 2)) return null;
                lastArticle = v;
                return take(1, v, m.group("label"), heading(m.group("rest"), nextLine), start);
            }
            m = SectionPatterns.MULTI.matcher(line);
            if (m.matches()) {
                String[] parts = m.group("num").split("\\.");
                int depth = parts.length + 1;
                String prefix = m.group("num").substring(0, m.group("num").lastIndexOf('.'));
                int v = Integer.parseInt(parts[parts.length - 1]);
                if (!prefix.equals(current[depth - 1]) || !continues(depth, v) || !startsLikeHeading(m.group("rest"))) return null;
                return take(depth, v, m.group("num"), heading(m.group("rest"), nextLine), start);
            }
            m = SectionPatterns.ARABIC.matcher(line);
            if (m.matches()) {
                int v = Integer.parseInt(m.group("num"));
                if (!continues(2, v) || !startsLikeHeading(m.group("rest"))) return null;
                return take(2, v, m.group("num"), heading(m.group("rest"), nextLine), start);
            }
            return null;
        }

        private boolean continues(int depth, int v) { return v == last[depth] + 1 || (last[depth] == 0 && v <= 2); }

        private Heading take(int depth, int v, String number, String heading, int start) {
            last[depth] = v;
            current[depth] = number;
            for (int d = depth + 1; d < last.length; d++) {
                last[d] = 0;
                current[d] = null;
            }
            return new Heading(number, heading, depth, start);
        }

        private static boolean startsLikeHeading(String rest) {
            if (rest == null) return true;
            char c = rest.charAt(0);
            return Character.isUpperCase(c) || !Character.isLetter(c);
        }
    }

    /** The lines after a heading line, up to the longest heading, for joining a hard-wrapped heading. */
    private static List<String> following(String t, List<int[]> lines, int from) {
        List<String> out = new ArrayList<>();
        int chars = 0;
        for (int j = from; j < lines.size() && chars < SectionPatterns.HEADING_MAX; j++) {
            String s = t.substring(lines.get(j)[0], lines.get(j)[1]).strip();
            out.add(s);
            chars += s.length();
        }
        return out;
    }

    /**
     * The heading text: the rest of the line, joined with the lines it runs on to (a heading in capitals continued
     * in capitals, or a line without closing punctuation continued in lower case), cut at the first sentence.
     */
    private static String heading(String rest, List<String> next) {
        if (rest == null) return "";
        String h = rest.strip();
        for (String n : next) {
            if (n.isEmpty() || h.length() >= SectionPatterns.HEADING_MAX || h.matches("(?s).*[.:;!?”\"]$")) break;
            boolean upper = Lettering.isCapitals(h) && Lettering.isCapitals(n) && !SectionPatterns.ROMAN.matcher(n).matches();
            boolean lower = Character.isLowerCase(n.charAt(0));
            if (!upper && !lower) break;
            h = h + " " + n;
        }
        int stop = h.indexOf(". ");
        if (stop > 0) h = h.substring(0, stop + 1);
        if (h.length() > SectionPatterns.HEADING_MAX) {
            int cut = h.lastIndexOf(' ', SectionPatterns.HEADING_MAX);
            h = h.substring(0, cut > 0 ? cut : SectionPatterns.HEADING_MAX);
        }
        return h;
    }

    private static String upperLine(String t, int[] l) {
        String s = t.substring(l[0], l[1]).strip();
        return Lettering.isCapitals(s) ? s : "";
    }
}
