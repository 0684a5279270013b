package org.policygraph.extract.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Locates the numbered indicator list of a resolution, in the body or in an appendix table
 * ("PHỤ LỤC ... CHỈ TIÊU"): runs of lines "(1)", "(2)", ... under a heading that speaks of chỉ tiêu,
 * each item with the category heading it sits under.
 */
final class IndicatorList {
    /** One numbered item: normalised offsets of its marker and of its text. */
    record Item(int ordinal, int markerStart, int start, int end, String category, String categoryNo, int listStart) {}

    private static final int LOOK_BACK = 800;

    List<Item> items(String norm) {
        List<int[]> markers = new ArrayList<>();   // {ordinal, markerStart, contentStart}
        Matcher m = IndicatorLexicon.INDICATOR_START.matcher(norm);
        while (m.find()) markers.add(new int[] {Integer.parseInt(m.group(1)), m.start(), m.end()});
        List<Item> out = new ArrayList<>();
        int i = 0;
        while (i < markers.size()) {
            if (markers.get(i)[0] != 1 || !speaksOfIndicators(norm, markers.get(i)[1])) { i++; continue; }
            int j = i;
            while (j + 1 < markers.size() && markers.get(j + 1)[0] == markers.get(j)[0] + 1) j++;
            String category = null;
            String categoryNo = null;
            int listStart = markers.get(i)[1];
            int searchFrom = Math.max(0, listStart - LOOK_BACK);
            for (int k = i; k <= j; k++) {
                int[] mk = markers.get(k);
                String[] heading = lastCategoryHeading(norm, searchFrom, mk[1]);
                if (heading != null) { categoryNo = heading[0]; category = heading[1]; }
                int end = k < j ? markers.get(k + 1)[1] : norm.length();
                end = Math.min(end, itemEnd(norm, mk[2]));
                out.add(new Item(mk[0], mk[1], mk[2], trimEnd(norm, mk[2], end), category, categoryNo, listStart));
                searchFrom = mk[2];
            }
            i = j + 1;
        }
        return out;
    }

    private static boolean speaksOfIndicators(String norm, int at) {
        String before = norm.substring(Math.max(0, at - LOOK_BACK), at);
        return IndicatorLexicon.lower(before).contains("chỉ tiêu");
    }

    /** The last category heading line in [from, to): {number, text}. */
    private static String[] lastCategoryHeading(String norm, int from, int to) {
        String[] found = null;
        int lineStart = norm.lastIndexOf('\n', Math.max(0, from - 1)) + 1;
        for (int p = lineStart; p < to; ) {
            int nl = norm.indexOf('\n', p);
            int e = nl < 0 || nl > to ? to : nl;
            Matcher h = IndicatorLexicon.CATEGORY_HEADING.matcher(norm.substring(p, e));
            if (h.matches() && !h.group(2).contains("(")) found = new String[] {h.group(1), h.group(2).strip()};
            if (nl < 0 || nl >= to) break;
            p = nl + 1;
        }
        return found;
    }

    /** Where an item's text stops at the latest: at a heading line, an all-capitals line, or "Nơi nhận". */
    private static int itemEnd(String norm, int start) {
        int p = norm.indexOf('\n', start);
        while (p >= 0 && p < norm.length()) {
            int q = norm.indexOf('\n', p + 1);
            String line = norm.substring(p + 1, q < 0 ? norm.length() : q);
            if (isBoundary(line)) return p;
            if (q < 0) break;
            p = q;
        }
        return norm.length();
    }

    private static boolean isBoundary(String line) {
        String l = line.strip();
        if (l.isEmpty()) return false;
        if (IndicatorLexicon.ANY_HEADING.matcher(l).find()) return true;
        if (l.startsWith("Nơi nhận")) return true;
        boolean letters = false;
        for (char c : l.toCharArray()) {
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters = true;
        }
        return letters && l.codePoints().filter(Character::isLetter).count() > 3;
    }

    private static int trimEnd(String norm, int start, int end) {
        while (end > start && Character.isWhitespace(norm.charAt(end - 1))) end--;
        return end;
    }
}
