package org.policygraph.derive;

import java.util.Objects;
import java.util.Set;
import org.policygraph.model.Target;

/** How the values of two targets compare: the numeric part of a link's evidence. */
final class NumericRelation {
    /** Units of a rate or rank: comparable across levels as bars. Other units are totals, of which a lower level holds a share. */
    private static final Set<String> RATES = Set.of("%", "percentage_points", "rank");

    private NumericRelation() {}

    /**
     * "equal", "lower_bar" (the derived end asks less), "higher_bar", "share" (a total's part one level down),
     * "different_unit", "qualitative", or null when a value is missing.
     */
    static String of(Target from, Target to, boolean acrossLevels) {
        if (isQualitative(from) || isQualitative(to)) return isQualitative(from) && isQualitative(to) ? "qualitative" : null;
        if (!Objects.equals(from.unit(), to.unit())) return "different_unit";
        Double a = level(from), b = level(to);
        if (a == null || b == null) return null;
        if (Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a))) return "equal";
        if (acrossLevels && !RATES.contains(from.unit()) && b < a) return "share";
        return b < a ? "lower_bar" : "higher_bar";
    }

    private static boolean isQualitative(Target t) {
        return t.comparator() == org.policygraph.model.Comparator.QUALITATIVE;
    }

    /** The bar a target sets: its value, or the middle of its range. */
    private static Double level(Target t) {
        if (t.value() != null) return t.value();
        if (t.min() != null && t.max() != null) return (t.min() + t.max()) / 2;
        return t.min() != null ? t.min() : t.max();
    }
}
