package org.policygraph.extract.indicator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.policygraph.model.Target;

/**
 * One target however often a document states it: a target read again elsewhere (an appendix table repeating the list
 * of "Mục tiêu cụ thể") is the listed target, with the other statement kept as its evidence. Two statements are of
 * one target when they are for the same year, give the same value or bounds in the same unit (a rate's fall in % or in
 * percentage points alike) and measure the same thing: the same measure concept, or most words of the restatement's
 * measure found in the listed target's text.
 */
final class Restatements {
    private static final double SHARED_WORDS = 0.6;

    private Restatements() {}

    /** {@code listed} with each of {@code more} that restates one of them merged into it, the others after them. */
    static List<Target> merge(List<Target> listed, List<Target> more) { return merge(listed, more, false); }

    /**
     * As {@link #merge}, for sentences of the running text: one that restates a listed target in other words is also
     * merged when that target is the only one of {@code listed} with its year, comparator, number and unit.
     */
    static List<Target> mergeSaid(List<Target> listed, List<Target> said) { return merge(listed, said, true); }

    private static List<Target> merge(List<Target> listed, List<Target> more, boolean byNumbers) {
        List<Target> out = new ArrayList<>(listed);
        for (Target t : more) {
            int same = -1;
            double best = 0;
            for (int i = 0; i < listed.size(); i++) {
                double score = likeness(out.get(i), t);
                if (score > best) { best = score; same = i; }
            }
            if (same < 0 && byNumbers) same = onlyOneLike(out, listed.size(), t);
            if (same >= 0) out.set(same, out.get(same).restated(t.targetSpan()));
            else out.add(t);
        }
        return out;
    }

    /**
     * How far {@code b} restates {@code a}: 0 when it cannot (another year, unit or number), else the share of the
     * words of b's measure found in a's text, 1 for the same measure concept; below {@link #SHARED_WORDS} it is 0.
     */
    static double likeness(Target a, Target b) {
        if (!sameYear(a, b) || !unitFamily(a.unit()).equals(unitFamily(b.unit()))) return 0;
        if (!(same(a.value(), b.value()) && same(a.min(), b.min()) && same(a.max(), b.max())) && !sameNumbers(a, b)) return 0;
        if (a.measureConcept() != null && a.measureConcept().equals(b.measureConcept())) return 1;
        Set<String> mine = words(b.measure() + " " + b.targetText());
        Set<String> theirs = words(a.targetText() + " " + a.measure());
        if (mine.isEmpty()) return 0;
        int shared = 0;
        for (String w : mine) if (theirs.contains(w)) shared++;
        double share = (double) shared / mine.size();
        return share >= SHARED_WORDS ? share : 0;
    }

    /**
     * A sentence restating a listed target in other words ("với mục tiêu tăng trưởng đạt 8% trở lên" for the list's
     * "Tốc độ tăng tổng sản phẩm trong nước (GDP) đạt 8% trở lên"): the index of the one target of the first {@code n}
     * with the same year, comparator, number and unit, or -1 when none or several are.
     */
    private static int onlyOneLike(List<Target> out, int n, Target t) {
        int found = -1;
        for (int i = 0; i < n; i++) {
            Target a = out.get(i);
            if (a.comparator() != t.comparator() || !sameYear(a, t) || !unitFamily(a.unit()).equals(unitFamily(t.unit()))
                    || !(same(a.value(), t.value()) && same(a.min(), t.min()) && same(a.max(), t.max()))) continue;
            if (found >= 0) return -1;
            found = i;
        }
        return found;
    }

    /** The same year, or a restatement that prints none. */
    private static boolean sameYear(Target a, Target b) { return b.year() == null || Objects.equals(a.year(), b.year()); }

    /** "tăng khoảng 10%" (value 10) and a table's "10,00" (value 10) state the same number, whatever their comparators. */
    private static boolean sameNumbers(Target a, Target b) {
        Double x = a.value() != null ? a.value() : a.min();
        Double y = b.value() != null ? b.value() : b.min();
        return x != null && same(x, y) && same(a.max(), b.max());
    }

    private static boolean same(Double x, Double y) {
        if (x == null || y == null) return x == null && y == null;
        return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
    }

    private static String unitFamily(String unit) { return "percentage_points".equals(unit) ? "%" : String.valueOf(unit); }

    /** Words that say how a target is stated, not what it measures. */
    private static final Set<String> STATING = Set.of("mục", "tiêu", "phấn", "đấu", "đạt", "trở", "lên", "khoảng", "trên", "tối",
            "thiểu", "đa", "ít", "nhất", "năm", "đến", "là", "của", "và", "các", "được", "với", "có", "trong", "phải");

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : IndicatorLexicon.lower(s).split("[^\\p{L}]+")) if (w.length() > 1 && !STATING.contains(w)) out.add(w);
        return out;
    }
}
