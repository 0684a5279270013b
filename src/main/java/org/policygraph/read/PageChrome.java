package org.policygraph.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes what a page prints around its text: page numbers ("5", "- 5 -", "Trang 5/12") and running headers or
 * footers (a line repeated, digits aside, at the top or bottom of at least half of the pages, three at least), and
 * joins what a line end broke: a word at a soft hyphen, a symbol or compound at its own hyphen ("126/2024/NĐ-" then
 * "CP", read "126/2024/NĐ-CP"). Works on the pages of a paged format before they are joined.
 */
final class PageChrome {
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)\\s*(trang|page)?\\s*[-–]?\\s*\\d{1,4}\\s*(/\\s*\\d{1,4})?\\s*[-–]?\\s*");
    private static final int EDGE = 3;
    private static final Pattern SOFT_HYPHEN_BREAK = Pattern.compile("\u00AD\\s*\n\\s*");
    private static final Pattern HYPHEN_BREAK = Pattern.compile("(?<=[\\p{L}\\d]-)[ \t]*\n[ \t]*(?=[\\p{L}\\d])");

    private PageChrome() {}

    static List<String> strip(List<String> pages) {
        List<List<String>> lines = new ArrayList<>();
        Map<String, Integer> edgeCounts = new HashMap<>();
        for (String p : pages) {
            List<String> ls = new ArrayList<>(List.of(p.replace("\r", "").split("\n", -1)));
            lines.add(ls);
            for (String key : edgeKeys(ls)) edgeCounts.merge(key, 1, Integer::sum);
        }
        int needed = Math.max(3, (pages.size() + 1) / 2);
        List<String> out = new ArrayList<>(pages.size());
        for (List<String> ls : lines) {
            trimEdges(ls, edgeCounts, needed);
            out.add(joinBrokenLines(String.join("\n", ls)).strip());
        }
        return out;
    }

    /** The normalised non-blank lines near the top and bottom of a page, each once. */
    private static java.util.Set<String> edgeKeys(List<String> ls) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        List<String> content = ls.stream().filter(l -> !l.isBlank()).toList();
        for (int i = 0; i < content.size() && i < EDGE; i++) keys.add(key(content.get(i)));
        for (int i = Math.max(0, content.size() - EDGE); i < content.size(); i++) keys.add(key(content.get(i)));
        return keys;
    }

    private static void trimEdges(List<String> ls, Map<String, Integer> counts, int needed) {
        for (int pass = 0; pass < EDGE; pass++) {
            int first = firstContent(ls, 0, 1);
            if (first >= 0 && isChrome(ls.get(first), counts, needed)) ls.remove(first);
            int last = firstContent(ls, ls.size() - 1, -1);
            if (last >= 0 && isChrome(ls.get(last), counts, needed)) ls.remove(last);
        }
    }

    private static boolean isChrome(String line, Map<String, Integer> counts, int needed) {
        return PAGE_NUMBER.matcher(line).matches() || counts.getOrDefault(key(line), 0) >= needed && line.strip().length() > 3;
    }

    private static int firstContent(List<String> ls, int from, int step) {
        for (int i = from; i >= 0 && i < ls.size(); i += step) if (!ls.get(i).isBlank()) return i;
        return -1;
    }

    /** A line with its page number (leading or trailing, alternating on facing pages) and other digits blurred. */
    private static String key(String line) {
        return line.strip().replaceAll("^\\d+\\s+|\\s+\\d+$", "").replaceAll("\\d+", "#").replaceAll("\\s+", " ");
    }

    /**
     * A soft hyphen at a line end joins the two halves and goes; a hyphen right after a letter or digit at a line end,
     * with a letter or digit opening the next line, is the symbol's or compound's own ("2769/UBND-" / "NCKSTTHC"): the
     * line break goes, the hyphen stays. Vietnamese does not hyphenate its syllables, so no hyphen is taken out.
     */
    static String joinBrokenLines(String s) {
        return HYPHEN_BREAK.matcher(SOFT_HYPHEN_BREAK.matcher(s).replaceAll("")).replaceAll("");
    }
}
