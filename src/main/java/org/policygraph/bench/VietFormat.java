package org.policygraph.bench;

import java.time.LocalDate;

/** Vietnamese printing conventions: "." groups thousands, "," is the decimal mark, dates d/m/yyyy, Roman terms. */
final class VietFormat {
    private VietFormat() {}

    private static final String[] ORDINAL_WORDS = {"", "nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười",
            "mười một", "mười hai", "mười ba", "mười bốn", "mười lăm", "mười sáu", "mười bảy", "mười tám", "mười chín", "hai mươi"};

    /** 182881 -> "182.881". */
    static String integer(long v) {
        String s = Long.toString(Math.abs(v));
        StringBuilder b = new StringBuilder();
        int lead = s.length() % 3;
        if (lead > 0) b.append(s, 0, lead);
        for (int i = lead; i < s.length(); i += 3) {
            if (b.length() > 0) b.append('.');
            b.append(s, i, i + 3);
        }
        return (v < 0 ? "-" : "") + b;
    }

    /** 21.89 with 2 decimals -> "21,89"; trailing zeros kept as printed ("93,0"). */
    static String decimal(double v, int decimals) {
        if (decimals == 0) return integer(Math.round(v));
        long scale = (long) Math.pow(10, decimals);
        long all = Math.round(v * scale);
        long whole = all / scale;
        String frac = String.format("%0" + decimals + "d", Math.abs(all % scale));
        return integer(whole) + "," + frac;
    }

    /** Two-digit counts as printed in targets: "03", "02". */
    static String padded(int v) { return String.format("%02d", v); }

    /** "15/12/2023"; with {@code loose} the day and month lose their leading zero ("8/3/2022"), as often printed. */
    static String date(LocalDate d, boolean loose) {
        return loose ? d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear()
                : String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /** "Kiến An, ngày 15 tháng 12 năm 2023"; a null day prints blank, as in drafts. */
    static String longDate(String place, LocalDate d, boolean blankDay) {
        return place + ", ngày " + (blankDay ? "  " : String.valueOf(d.getDayOfMonth())) + " tháng " + d.getMonthValue() + " năm " + d.getYear();
    }

    static String roman(int n) {
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) while (n >= v[i]) { b.append(s[i]); n -= v[i]; }
        return b.toString();
    }

    /** "bảy", "Tám", or "15": the forms a conference number is printed in. */
    static String ordinal(int n, int style) {
        if (n >= ORDINAL_WORDS.length || style == 0) return Integer.toString(n);
        String w = ORDINAL_WORDS[n];
        return style == 1 ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
