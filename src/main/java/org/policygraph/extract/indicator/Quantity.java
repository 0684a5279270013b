package org.policygraph.extract.indicator;

/**
 * A value printed in a text: a single number or a range, with its unit.
 *
 * @param start    offset of the first digit (in the text it was found in)
 * @param end      offset after the unit (or after the number when there is no unit word)
 * @param value    the number, for a single value
 * @param min      lower end of a range
 * @param max      upper end of a range
 * @param unit     unit code ("%", "VND_billion", "persons", "count", "turns", "none" ...)
 * @param unitText unit as printed
 */
public record Quantity(int start, int end, Double value, Double min, Double max, String unit, String unitText) {
    public boolean isRange() { return min != null && max != null; }
}
