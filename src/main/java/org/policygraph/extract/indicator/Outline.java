package org.policygraph.extract.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.policygraph.text.Lines;
import org.policygraph.text.SourceText;

/**
 * The blocks of a text as printed: numbered headings ("II.", "2.1.", "Điều 1."), lettered lines ("a)"), bullets
 * ("-", "+") and plain paragraphs, each with the lines that continue it. A line continues the block above it when it
 * carries no marker and the original has no blank line before it (headings and items broken over lines by the page).
 */
final class Outline {
    enum Kind { HEADING, LETTER, BULLET, PARAGRAPH }

    /**
     * One block: normalised offsets of its marker and of its text after the marker.
     *
     * @param label the printed number without its dot ("II", "2.1", "Điều 1") or letter ("a"); null for bullets, paragraphs
     * @param level 1 for Roman numbers and articles, 1 + depth for decimal numbers ("2.1." is 3); 0 for the others, and
     *              for the line that ends the body ("Nơi nhận", "PHỤ LỤC"), a heading that closes every part
     */
    record Block(Kind kind, String label, int level, int start, int textStart, int end) {
        String text(String norm) { return norm.substring(textStart, end).replace('\n', ' ').strip(); }
    }

    private Outline() {}

    static List<Block> of(SourceText source) {
        String norm = source.normalised();
        String original = source.original();
        List<Block> out = new ArrayList<>();
        int prevEnd = -1;
        Block open = null;
        for (int[] line : Lines.of(norm, 0, norm.length())) {
            boolean blankBefore = prevEnd < 0 || blankLineBetween(source, original, prevEnd, line[0]);
            Block b = marked(norm, line[0], line[1]);
            if (b == null && open != null && !blankBefore) {
                open = new Block(open.kind(), open.label(), open.level(), open.start(), open.textStart(), line[1]);
                out.set(out.size() - 1, open);
            } else {
                open = b != null ? b : new Block(Kind.PARAGRAPH, null, 0, line[0], line[0], line[1]);
                out.add(open);
            }
            prevEnd = line[1];
        }
        return out;
    }

    /** End (exclusive) of the section of heading block {@code i}: the next heading of its level or above. */
    static int sectionEnd(List<Block> blocks, int i) {
        int level = blocks.get(i).level();
        for (int k = i + 1; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            if (b.kind() == Kind.HEADING && b.level() <= level) return k;
        }
        return blocks.size();
    }

    private static boolean blankLineBetween(SourceText source, String original, int normEnd, int normStart) {
        int a = source.originalOffset(normEnd);
        int b = source.originalOffset(normStart);
        int newlines = 0;
        for (int i = a; i < b && i < original.length(); i++) {
            char c = original.charAt(i);
            if (c == '\n') newlines++;
            else if (c == '|') newlines = 0;   // a table cell's border is not a paragraph break
        }
        return newlines >= 2;
    }

    private static Block marked(String norm, int s, int e) {
        String line = norm.substring(s, e);
        if (IndicatorLexicon.BODY_END.matcher(line).lookingAt()) return new Block(Kind.HEADING, "", 0, s, s, e);   // ends every part
        Matcher h = IndicatorLexicon.OUTLINE_HEADING.matcher(line);
        if (h.lookingAt()) {
            String label = h.group("num") != null ? h.group("num") : "Điều " + h.group("article");
            int level = h.group("article") != null || label.matches("[IVX]+") ? 1 : 1 + label.split("\\.").length;
            return new Block(Kind.HEADING, label, level, s, s + h.end(), e);
        }
        Matcher l = IndicatorLexicon.OUTLINE_LETTER.matcher(line);
        if (l.lookingAt()) return new Block(Kind.LETTER, l.group(1), 0, s, s + l.end(), e);
        Matcher d = IndicatorLexicon.OUTLINE_BULLET.matcher(line);
        if (d.lookingAt()) return new Block(Kind.BULLET, null, 0, s, s + d.end(), e);
        return null;
    }
}
