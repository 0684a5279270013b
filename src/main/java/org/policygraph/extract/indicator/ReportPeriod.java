package org.policygraph.extract.indicator;

import java.util.Locale;
import java.util.regex.Matcher;
import org.policygraph.model.PartialDate;

/**
 * The period a report phrase names, in the report's year: "tháng 03" gives "2024-03", "quý I" and "3 tháng" give
 * "2024-Q1", "9 tháng" gives "2024-01/2024-09", "cả năm" and "12 tháng" the year, "năm 2025" that year,
 * "đến ngày 15/3/2024" the interval from the start of that year. Reads the named groups {@code month},
 * {@code months}, {@code quarter}, {@code whole}, {@code year}, {@code day}/{@code dmonth}/{@code dyear} that a
 * pattern has.
 */
final class ReportPeriod {
    private ReportPeriod() {}

    /** The period of a match, or null when its numbers are not a period (month 13, "15 tháng"). */
    static String of(Matcher m, int year) {
        String month = group(m, "month");
        if (month != null) {
            int n = Integer.parseInt(month);
            return n >= 1 && n <= 12 ? new PartialDate(year, n, null).iso() : null;
        }
        String months = group(m, "months");
        if (months != null) {
            int n = Integer.parseInt(months);
            int y = group(m, "myear") != null ? Integer.parseInt(group(m, "myear")) : year;
            if (n < 1 || n > 12) return null;
            if (n == 3) return y + "-Q1";
            return n == 12 ? String.valueOf(y) : String.format("%04d-01/%04d-%02d", y, y, n);
        }
        String quarter = group(m, "quarter");
        if (quarter != null) {
            int n = switch (quarter.toUpperCase(Locale.ROOT)) { case "I", "1" -> 1; case "II", "2" -> 2; case "III", "3" -> 3; default -> 4; };
            return year + "-Q" + n;
        }
        if (group(m, "whole") != null) return String.valueOf(year);
        if (group(m, "year") != null) return group(m, "year");
        String dyear = group(m, "dyear");
        if (dyear == null) return null;
        try {
            int y = Integer.parseInt(dyear);
            return y + "-01-01/" + new PartialDate(y, Integer.parseInt(m.group("dmonth")), Integer.parseInt(m.group("day"))).iso();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException absent) {
            return null;
        }
    }
}
