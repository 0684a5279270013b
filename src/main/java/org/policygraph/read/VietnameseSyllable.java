package org.policygraph.read;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a word is a well-formed Vietnamese syllable (onset, rhyme, at most one tone, a stop final only with the
 * acute or dot-below tone), or an abbreviation in capitals. Used to tell which reading of legacy bytes is right and
 * whether a text layer is garbled.
 */
final class VietnameseSyllable {
    private static final Pattern SYLLABLE = Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?"
            + "(iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu|uêu|"
            + "ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|"
            + "[aăâeêioôơuưy])"
            + "(ch|nh|ng|[cmnpt])?");
    private static final Pattern CAPITALS = Pattern.compile("[A-ZĐ]{2,}");
    private static final Pattern ASCII_WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern STOP_FINAL = Pattern.compile(".*(c|ch|p|t)");

    private VietnameseSyllable() {}

    /** A Vietnamese syllable in any case, or a plain-ASCII word, or an abbreviation in capitals ("HĐND"). */
    static boolean isWord(String w) {
        if (ASCII_WORD.matcher(w).matches() || CAPITALS.matcher(w).matches()) return true;
        if (hasInnerCapital(w)) return false;
        String d = Normalizer.normalize(w.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        int tones = 0;
        char tone = 0;
        StringBuilder bare = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323') {
                tones++;
                tone = c;
            } else bare.append(c);
        }
        if (tones > 1) return false;
        String b = Normalizer.normalize(bare, Normalizer.Form.NFC);
        if (!SYLLABLE.matcher(b).matches()) return false;
        return tones == 0 || !STOP_FINAL.matcher(b).matches() || tone == '\u0301' || tone == '\u0323';
    }

    /** A letter only Vietnamese Unicode text has (outside Latin-1): ă đ ĩ ũ ơ ư and the letters of U+1EA0-U+1EF9. */
    static boolean isVietnameseOnlyLetter(char c) {
        return (c >= '\u1EA0' && c <= '\u1EF9') || "ĂăĐđĨĩŨũƠơƯư".indexOf(c) >= 0;
    }

    private static boolean hasInnerCapital(String w) {
        for (int i = 1; i < w.length(); i++)
            if (Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i - 1))) return true;
        return false;
    }
}
