package org.policygraph.extract.indicator;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an indicator's text into the clauses that state one target each: at semicolons, sentence ends,
 * bullet dashes, before "trong đó" and ", phấn đấu", and around a parenthesis that holds a value
 * ("(phấn đấu đạt 700 tỷ đồng)"). Parentheses without a value stay inside their clause.
 */
final class ClauseSplitter {

    List<Segment> split(String text, List<Quantity> quantities) {
        String lc = QuantityFinder.lower(text);
        List<Segment> out = new ArrayList<>();
        int start = 0;
        int depth = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '(' && depth == 0) {
                int close = closing(text, i);
                if (holdsValue(quantities, i, close)) {
                    add(out, text, start, i, false);
                    add(out, text, i + 1, close, true);
                    i = close + 1;
                    start = i;
                    continue;
                }
            }
            if (c == '(') depth++;
            else if (c == ')') depth = Math.max(0, depth - 1);
            else if (depth == 0) {
                if (c == ';' || c == '\n' && startsBullet(text, i + 1)) {
                    add(out, text, start, i, false);
                    start = i + 1;
                } else if (c == '.' && sentenceEnd(text, i)) {
                    add(out, text, start, i + 1, false);
                    start = i + 1;
                } else if (c == ',' && (lc.startsWith(" trong đó", i + 1) || lc.startsWith(" phấn đấu", i + 1))) {
                    add(out, text, start, i, false);
                    start = i + 1;
                } else if (c == ':' && startsBullet(text, i + 1)) {
                    add(out, text, start, i + 1, false);
                    start = i + 1;
                }
            }
            i++;
        }
        add(out, text, start, text.length(), false);
        return out;
    }

    private static boolean holdsValue(List<Quantity> qs, int open, int close) {
        for (Quantity q : qs) if (q.start() > open && q.end() <= close) return true;
        return false;
    }

    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            if (text.charAt(i) == '(') depth++;
            else if (text.charAt(i) == ')' && --depth == 0) return i;
        }
        return text.length();
    }

    private static boolean startsBullet(String text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\n')) i++;
        return i + 1 < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+' || text.charAt(i) == '–') && text.charAt(i + 1) == ' ';
    }

    private static boolean sentenceEnd(String text, int dot) {
        if (dot > 0 && Character.isDigit(text.charAt(dot - 1)) && dot + 1 < text.length() && Character.isDigit(text.charAt(dot + 1))) return false;
        int i = dot + 1;
        if (i >= text.length()) return true;
        if (!Character.isWhitespace(text.charAt(i))) return false;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i >= text.length() || Character.isUpperCase(text.charAt(i)) || text.charAt(i) == '(' || text.charAt(i) == '-';
    }

    /** Adds [s, e) trimmed of spaces, bullet dashes and leading punctuation; empty segments are dropped. */
    private static void add(List<Segment> out, String text, int s, int e, boolean bracketed) {
        while (s < e && (Character.isWhitespace(text.charAt(s)) || "-–+,:".indexOf(text.charAt(s)) >= 0)) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e > s) out.add(new Segment(s, e, bracketed));
    }
}
