package org.policygraph.extract.indicator;

import java.util.regex.Pattern;

/**
 * Vietnamese number format: "." groups thousands, "," is the decimal mark ("1.600" = 1600,
 * "45,87" = 45.87, "106.761,592" = 106761.592); leading zeros are kept in print ("02" = 2).
 */
public final class VietnameseNumbers {
    /** A number as printed: grouped thousands with an optional decimal part, or plain digits with one. */
    public static final String NUMBER = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?";

    private static final Pattern WHOLE = Pattern.compile("(?:" + NUMBER + ")");

    private VietnameseNumbers() {}

    /** The value of a printed number; throws on text that is not one. */
    public static double parse(String printed) {
        String s = printed.strip();
        if (!WHOLE.matcher(s).matches()) throw new NumberFormatException("not a Vietnamese number: " + printed);
        return Double.parseDouble(s.replace(".", "").replace(',', '.'));
    }

    /** True when the printed number has neither a thousands group nor a decimal part. */
    public static boolean isPlainInteger(String printed) { return printed.chars().allMatch(Character::isDigit); }

    /** A plain four-digit integer that reads as a year (1900-2100). */
    public static boolean looksLikeYear(String printed) {
        if (!isPlainInteger(printed) || printed.length() != 4) return false;
        int y = Integer.parseInt(printed);
        return y >= 1900 && y <= 2100;
    }
}
