package org.policygraph.model;

import org.policygraph.text.Span;

/**
 * One target of a numbered indicator (chỉ tiêu). An indicator "(n)" may bundle several targets:
 * the first has {@code sub == null}, further ones 1, 2, ... in printed order.
 *
 * @param ordinal     the printed indicator number n of "(n)"
 * @param sub         null for the first target under the number, then 1, 2, ...
 * @param category    heading the indicator sits under ("Các chỉ tiêu về xây dựng Đảng")
 * @param categoryNo  its number as printed ("1.")
 * @param text        whole indicator text, white space folded, markers removed
 * @param targetText  the clause stating this target
 * @param measure     short Vietnamese name of what is measured
 * @param measureConcept id of the shared measure concept (data/reference/measures), or null
 * @param comparator  how to read the value
 * @param value       the value (see the evaluation schema for which of value/min/max is set)
 * @param min         lower bound
 * @param max         upper bound
 * @param unit        unit code: %, percentage_points, VND_billion, USD, count, persons, turns, rank, none ...
 * @param unitText    the unit as printed
 * @param baseline    printed reference of a relative target, or null
 * @param year        target year
 * @param span        span of the whole indicator in the original text
 * @param targetSpan  span of this target's clause in the original text
 * @param label       for a target of a list other than "(n)", its printed label path ("4/a", "2/-3", "2.1/p8": see
 *                    {@code src/test/resources/eval/real/README.md}); {@code ordinal} is then its item's place among
 *                    the document's listed items; null for a "(n)" indicator
 * @param restatedAt  spans of the other places the document states this same target (a table restating the list,
 *                    a title), each evidence of it; empty when it is stated once
 */
public record Target(
        int ordinal,
        Integer sub,
        String category,
        String categoryNo,
        String text,
        String targetText,
        String measure,
        String measureConcept,
        Comparator comparator,
        Double value,
        Double min,
        Double max,
        String unit,
        String unitText,
        String baseline,
        Integer year,
        Span span,
        Span targetSpan,
        String label,
        java.util.List<Span> restatedAt) implements java.io.Serializable {

    public Target {
        restatedAt = restatedAt == null ? java.util.List.of() : java.util.List.copyOf(restatedAt);
    }

    /** A target stated once. */
    public Target(int ordinal, Integer sub, String category, String categoryNo, String text, String targetText, String measure,
                  String measureConcept, Comparator comparator, Double value, Double min, Double max, String unit, String unitText,
                  String baseline, Integer year, Span span, Span targetSpan, String label) {
        this(ordinal, sub, category, categoryNo, text, targetText, measure, measureConcept, comparator, value, min, max, unit,
                unitText, baseline, year, span, targetSpan, label, java.util.List.of());
    }

    /** This target, also stated at {@code at}. */
    public Target restated(Span at) {
        java.util.List<Span> all = new java.util.ArrayList<>(restatedAt);
        all.add(at);
        return new Target(ordinal, sub, category, categoryNo, text, targetText, measure, measureConcept, comparator, value, min, max,
                unit, unitText, baseline, year, span, targetSpan, label, all);
    }

    /** A target of a numbered "(n)" indicator. */
    public Target(int ordinal, Integer sub, String category, String categoryNo, String text, String targetText, String measure,
                  String measureConcept, Comparator comparator, Double value, Double min, Double max, String unit, String unitText,
                  String baseline, Integer year, Span span, Span targetSpan) {
        this(ordinal, sub, category, categoryNo, text, targetText, measure, measureConcept, comparator, value, min, max, unit,
                unitText, baseline, year, span, targetSpan, null);
    }
}
