package org.policygraph.model;

import java.time.LocalDate;

/**
 * A date as far as the text gives it: "ngày tháng 3 năm 2024" is year and month only.
 * Unknown parts stay null; nothing is filled in.
 */
public record PartialDate(Integer year, Integer month, Integer day) implements java.io.Serializable {
    public PartialDate {
        if (day != null && month == null) throw new IllegalArgumentException("day without month");
        if (month != null && year == null) throw new IllegalArgumentException("month without year");
        if (month != null && (month < 1 || month > 12)) throw new IllegalArgumentException("month " + month);
        if (day != null) LocalDate.of(year, month, day); // validates
    }

    public static PartialDate of(LocalDate d) { return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth()); }

    public boolean isFull() { return day != null; }

    public LocalDate toLocalDate() {
        if (!isFull()) throw new IllegalStateException("partial date " + this);
        return LocalDate.of(year, month, day);
    }

    /** ISO form of what is known: 2024-03-15, 2024-03 or 2024. */
    public String iso() {
        if (day != null) return toLocalDate().toString();
        if (month != null) return String.format("%04d-%02d", year, month);
        return year == null ? "" : String.format("%04d", year);
    }

    @Override public String toString() { return iso(); }
}
