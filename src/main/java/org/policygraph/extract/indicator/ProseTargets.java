package org.policygraph.extract.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Targets stated in the running text of a directive, a notice or a conclusion rather than in a list: the clause that
 * follows "mục tiêu" ("đạt mục tiêu tăng trưởng kinh tế 8% trong năm 2025", "hoàn thành mục tiêu 100% TTHC ..."),
 * "phấn đấu" or "phải đạt", up to the end of its clause (";", ".", or a bracket, which gives the present state or a
 * source: "phải đạt 90% trong năm 2025 (đến nay mới đạt 39,5%)"); a list after ";" goes on while its parts print values
 * ("phấn đấu tổng tỷ suất sinh đạt 2,1 con/phụ nữ; tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái"). A share of the plan to reach ("phấn đấu tỷ lệ giải ngân
 * năm 2025 cả nước đạt 95% kế hoạch") is a target too. The caller leaves out what its lists have read.
 */
final class ProseTargets {
    private static final Pattern TRIGGER = Pattern.compile("(?<!\\p{L})(?:mục tiêu|phấn đấu|phải đạt)(?!\\p{L})");
    private static final Pattern CLAUSE_END = Pattern.compile("[;.(|]|\\n(?=\\s*(?:[-+•]|[a-zđ]\\)|\\d{1,2}\\.)\\s)");
    private static final int MAX_CLAUSE = 320;
    /** The start of an item of its own: "(5)", "5.", "b)", a bullet. */
    private static final Pattern LIST_ITEM = Pattern.compile("\\s*(?:\\(\\d{1,2}\\)|\\d{1,2}\\.\\s|[a-zđ]\\)|[-+•])");
    /**
     * After the trigger: a listing of parts ("mục tiêu, nhiệm vụ, giải pháp"), or the name of a programme ("chương trình
     * mục tiêu quốc gia"): no target follows.
     */
    private static final Pattern NOT_A_STATEMENT = Pattern.compile("^\\s*(?:,|và\\s|quốc gia)");

    /** A clause stating a target: normalised offsets of what follows its trigger word and of its end, and the year it prints (or null). */
    record Clause(int start, int end, Integer year) {}

    private final QuantityFinder finder = new QuantityFinder();

    /** The clauses of {@code norm} that state a value after a trigger word, outside the ranges {@code taken} ({start, end}). */
    List<Clause> clauses(String norm, List<int[]> taken) {
        String lc = IndicatorLexicon.lower(norm);
        List<Clause> out = new ArrayList<>();
        Matcher m = TRIGGER.matcher(lc);
        int last = -1;
        while (m.find()) {
            int s = m.start();
            if (s < last || inside(s, taken) || NOT_A_STATEMENT.matcher(lc.substring(m.end(), Math.min(lc.length(), m.end() + 12))).find()) continue;
            int end = clauseEnd(norm, lc, m.end());
            while (end < lc.length() && lc.charAt(end) == ';') {   // "Phấn đấu A đạt x; B dưới y": the list goes on
                int next = clauseEnd(norm, lc, end + 1);
                if (!continuesList(norm, lc, end + 1, next)) break;
                end = next;
            }
            String flat = norm.substring(s, end).replace('\n', ' ');
            if (finder.find(flat, 0, flat.length()).stream().allMatch(q -> "none".equals(q.unit()))) continue;
            out.add(new Clause(m.end(), end, firstYear(sentence(norm, s))));
            last = end;
        }
        return out;
    }

    /** A part after ";" that goes on with the list: it prints a value with a unit and opens no item or statement of its own. */
    private boolean continuesList(String norm, String lc, int from, int to) {
        if (to <= from || LIST_ITEM.matcher(lc).region(from, to).lookingAt() || TRIGGER.matcher(lc).region(from, to).find()) return false;
        String part = norm.substring(from, to).replace('\n', ' ');
        return finder.find(part, 0, part.length()).stream().anyMatch(q -> !"none".equals(q.unit()));
    }

    /** Where the clause from {@code from} ends; a bracket before its first value names the measure ("(giá hiện hành)"), read on. */
    private int clauseEnd(String norm, String lc, int from) {
        int limit = Math.min(lc.length(), from + MAX_CLAUSE);
        Matcher e = CLAUSE_END.matcher(lc).region(from, limit);
        while (e.find()) {
            if (lc.charAt(e.start()) != '(') return e.start();
            String before = norm.substring(from, e.start()).replace('\n', ' ');
            if (finder.find(before, 0, before.length()).stream().anyMatch(q -> !"none".equals(q.unit()))) return e.start();
            int close = lc.indexOf(')', e.start());
            if (close < 0 || close >= limit) return e.start();
            e.region(close + 1, limit);
        }
        return limit;
    }

    /** The sentence from {@code s} to its end (";" or "."), without what its brackets say ("(theo Phụ lục III kèm theo)"). */
    private static String sentence(String norm, int s) {
        int e = s;
        while (e < norm.length() && e - s < 2 * MAX_CLAUSE && norm.charAt(e) != ';' && norm.charAt(e) != '.' && norm.charAt(e) != '|') e++;
        return norm.substring(s, e).replace('\n', ' ').replaceAll("\\([^)]*\\)", " ");
    }

    /** The first year the clause prints: the one of its (first) value; a later one is another matter's ("vào năm 2050"). */
    private static Integer firstYear(String clause) {
        Matcher y = IndicatorLexicon.TARGET_YEAR.matcher(IndicatorLexicon.lower(clause));
        if (!y.find()) return null;
        return Integer.parseInt(y.group("end") != null ? y.group("end") : y.group("year"));
    }

    private static boolean inside(int at, List<int[]> taken) {
        for (int[] r : taken) if (at >= r[0] && at < r[1]) return true;
        return false;
    }
}
