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
    private static final int MAX_ITEM_LENGTH = 1500;

    List<Item> items(String norm) {
        List<int[]> markers = new ArrayList<>();   // {ordinal, markerStart, contentStart}
        Matcher m = IndicatorLexicon.INDICATOR_START.matcher(norm);
        while (m.find()) markers.add(new int[] {Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)), m.start(), m.end()});
        // runs (1), (2), ... ; a run under a heading naming chỉ tiêu is preferred to one that only has the words nearby
        List<int[]> runs = new ArrayList<>();        // {first, last, strong}
        for (int i = 0; i < markers.size(); i++) {
            if (markers.get(i)[0] != 1) continue;
            int j = i;
            while (j + 1 < markers.size() && continues(norm, markers.get(j), markers.get(j + 1))) j++;
            int at = markers.get(i)[1];
            String[] heading = lastHeading(norm, Math.max(0, at - LOOK_BACK), at);
            boolean strong = heading != null && namesIndicators(heading[1]);
            if (strong || speaksOfIndicators(norm, at)) runs.add(new int[] {i, j, strong ? 1 : 0});
            i = j;
        }
        boolean anyStrong = runs.stream().anyMatch(r -> r[2] == 1);
        List<Item> out = new ArrayList<>();
        for (int[] run : runs) {
            if (anyStrong && run[2] == 0) continue;
            String category = null;
            String categoryNo = null;
            int listStart = markers.get(run[0])[1];
            int searchFrom = Math.max(0, listStart - LOOK_BACK);
            for (int k = run[0]; k <= run[1]; k++) {
                int[] mk = markers.get(k);
                String[] heading = lastHeading(norm, searchFrom, mk[1]);
                if (heading != null) { categoryNo = heading[0]; category = heading[1]; }
                int end = k < run[1] ? markers.get(k + 1)[1] : norm.length();
                end = Math.min(end, isTableRow(norm, mk[1]) ? lineEnd(norm, mk[2]) : itemEnd(norm, mk[2]));
                out.add(new Item(mk[0], mk[1], mk[2], trimEnd(norm, mk[2], end), category, categoryNo, listStart));
                searchFrom = mk[2];
            }
        }
        return out;
    }

    /**
     * The next marker continues the list when no heading of another part (tasks, solutions) stands between, and it is
     * numbered next or, a printed slip kept as printed, repeats the number or skips one close to the previous item.
     */
    private static boolean continues(String norm, int[] previous, int[] next) {
        String[] heading = lastHeading(norm, previous[2], next[1]);
        if (heading != null && namesOtherPart(heading[1])) return false;
        int d = next[0] - previous[0];
        if (d == 1) return true;
        return (d == 0 || d == 2) && heading == null && next[1] - previous[1] < MAX_ITEM_LENGTH;
    }

    private static boolean namesOtherPart(String heading) {
        String h = IndicatorLexicon.lower(heading);
        return h.contains("nhiệm vụ") || h.contains("giải pháp") || h.contains("tổ chức thực hiện");
    }

    /** A heading of indicators: it names chỉ tiêu and is not a heading of tasks and solutions. */
    private static boolean namesIndicators(String heading) {
        String h = IndicatorLexicon.lower(heading);
        return h.contains("chỉ tiêu") && !namesOtherPart(heading);
    }

    private static boolean speaksOfIndicators(String norm, int at) {
        String before = norm.substring(Math.max(0, at - LOOK_BACK), at);
        return IndicatorLexicon.lower(before).contains("chỉ tiêu");
    }

    /** The last numbered heading line in [from, to): {number as printed, text}. */
    private static String[] lastHeading(String norm, int from, int to) {
        String[] found = null;
        int lineStart = norm.lastIndexOf('\n', Math.max(0, from - 1)) + 1;
        for (int p = lineStart; p < to; ) {
            int nl = norm.indexOf('\n', p);
            int e = nl < 0 || nl > to ? to : nl;
            Matcher h = IndicatorLexicon.CATEGORY_HEADING.matcher(norm.substring(p, e));
            Matcher t = IndicatorLexicon.TABLE_CATEGORY.matcher(norm.substring(p, e));
            if (h.matches()) found = new String[] {h.group(1), h.group(2).strip()};
            else if (t.find()) found = new String[] {t.group(1), t.group(2).strip()};
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

    /** A row of a Markdown table: the item is that one line. */
    static boolean isTableRow(String norm, int markerStart) {
        int i = markerStart;
        while (i < norm.length() && (norm.charAt(i) == ' ' || norm.charAt(i) == '\t')) i++;
        return i < norm.length() && norm.charAt(i) == '|';
    }

    private static int lineEnd(String norm, int from) {
        int nl = norm.indexOf('\n', from);
        return nl < 0 ? norm.length() : nl;
    }

    private static int trimEnd(String norm, int start, int end) {
        while (end > start && Character.isWhitespace(norm.charAt(end - 1))) end--;
        return end;
    }
}
