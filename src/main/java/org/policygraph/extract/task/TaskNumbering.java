package org.policygraph.extract.task;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Reads the printed numbering of a text: every line-start item marker ("II.", "3.", "3.1.", "4.2.1", "a)", "- ")
 * with its rank, so that items nest as printed. Independent of the section splitter, which may be absent.
 */
public final class TaskNumbering {
    /** Kinds of marker, from the highest rank to the lowest. */
    public enum Kind { ROMAN, ARABIC, LETTER, DASH }

    /**
     * One marker.
     *
     * @param kind          kind of marker
     * @param label         the number as printed without trailing punctuation ("3.1", "II", "a"), "-" for a dash or
     *                      bullet, "+" for a plus (a list under dashes)
     * @param start         offset of the line start in the normalised text
     * @param contentStart  offset of the first character after the marker
     */
    public record Marker(Kind kind, String label, int start, int contentStart) {
        /** Nesting rank: lower ranks enclose higher ones (Roman 0, "3." 1, "3.1" 2, ..., letters 10, dashes 20, "+" 21). */
        public int rank() {
            return switch (kind) {
                case ROMAN -> 0;
                case ARABIC -> label.split("\\.").length;
                case LETTER -> 10;
                case DASH -> label.equals("+") ? 21 : 20;
            };
        }

        /** True when this arabic number continues {@code parent}'s ("3.1" under "3", "4.2.1" under "4.2"). */
        public boolean extendsNumber(String parent) {
            return kind == Kind.ARABIC && label.startsWith(parent + ".");
        }
    }

    private TaskNumbering() {}

    /** All markers of a normalised text, in text order. */
    public static List<Marker> markers(String normalised) {
        List<Marker> out = new ArrayList<>();
        Matcher m = TaskPatterns.MARKER.matcher(normalised);
        while (m.find()) {
            Kind kind;
            String label;
            if (m.group("roman") != null) { kind = Kind.ROMAN; label = m.group("roman"); }
            else if (m.group("arabic") != null) { kind = Kind.ARABIC; label = m.group("arabic"); }
            else if (m.group("top") != null) { kind = Kind.ARABIC; label = m.group("top"); }
            else if (m.group("letter") != null) { kind = Kind.LETTER; label = m.group("letter"); }
            else { kind = Kind.DASH; label = m.group("dash").equals("+") ? "+" : "-"; }
            out.add(new Marker(kind, label, m.start(), m.end()));
        }
        return out;
    }
}
