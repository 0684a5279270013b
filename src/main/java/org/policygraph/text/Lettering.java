package org.policygraph.text;

import java.util.Map;

/** Shapes of printed words that several extractors read: lines set in capitals, Roman numerals. */
public final class Lettering {
    private static final Map<Character, Integer> ROMAN = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100);

    private Lettering() {}

    /** At least two letters, and four in five of them capitals ("II. CHỦ ĐỀ, CHỈ TIÊU ..."). */
    public static boolean isCapitals(String line) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
            }
        }
        return letters >= 2 && upper * 5 >= letters * 4;
    }

    /** The value of an upper-case Roman numeral ("XXIII" -> 23), or null when it is not one. */
    public static Integer roman(String s) {
        if (s == null || s.isEmpty()) return null;
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            Integer v = ROMAN.get(s.charAt(i));
            if (v == null) return null;
            Integer next = i + 1 < s.length() ? ROMAN.get(s.charAt(i + 1)) : null;
            total += next != null && next > v ? -v : v;
        }
        return total > 0 ? total : null;
    }
}
