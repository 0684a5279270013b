package org.policygraph.extract.header;

import java.util.Locale;
import org.policygraph.text.Lettering;

/**
 * Numbers as printed in headers: Arabic ("15"), Roman ("XVI") and Vietnamese number words
 * ("bảy", "mười lăm", "hai mươi mốt"). The word table is {@link HeaderPatterns#NUMBER_WORDS}.
 */
final class VietnameseNumbers {
    private VietnameseNumbers() {}

    /** The value of an ordinal as printed, or null when it is none of the three forms. */
    static Integer parse(String printed) {
        String s = printed.strip();
        if (s.isEmpty()) return null;
        if (s.chars().allMatch(Character::isDigit)) return s.length() > 4 ? null : Integer.valueOf(s);
        Integer roman = Lettering.roman(s.toUpperCase(Locale.ROOT));
        if (roman != null) return roman;
        return words(s.toLowerCase(Locale.ROOT));
    }

    /** The longest leading run of number words that reads as a number: "bảy" -> 7, "hai mươi mốt" -> 21. */
    private static Integer words(String s) {
        String[] all = s.split("\\s+");
        for (int n = all.length; n > 0; n--) {
            Integer v = wordValue(java.util.Arrays.copyOf(all, n));
            if (v != null) return v;
        }
        return null;
    }

    /** "mười lăm" -> 15, "hai mươi mốt" -> 21, "bảy" -> 7; null when the words are not one number. */
    private static Integer wordValue(String[] w) {
        int tens = 0;
        int units = 0;
        int i = 0;
        if (w[i].equals("mười")) {
            tens = 1;
            i++;
        } else if (w.length > 1 && w[1].equals("mươi")) {
            Integer t = HeaderPatterns.NUMBER_WORDS.get(w[0]);
            if (t == null || t < 2 || t > 9) return null;
            tens = t;
            i = 2;
        }
        if (i < w.length) {
            Integer u = HeaderPatterns.NUMBER_WORDS.get(w[i]);
            if (u == null || i + 1 != w.length) return null;
            if (tens == 0 && (w[i].equals("mốt") || w[i].equals("lăm"))) return null;
            units = u;
        }
        int value = tens * 10 + units;
        return value > 0 ? value : null;
    }
}
