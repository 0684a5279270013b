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
    /** Onset, then a rhyme that may take a final consonant, or one that ends in a glide and takes none. */
    private static final Pattern SYLLABLE = Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?"
            + "(((uyê|iê|yê|oa|oă|oe|oo|uâ|uê|uô|uơ|uy|ươ|[aăâeêioôơuưy])(ch|nh|ng|[cmnpt])?)"
            + "|iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|uya|uyu|uêu|"
            + "ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu)");
    /** Vowel groups whose tone sits on the first vowel (the second is a glide), and three-vowel groups (on the middle). */
    private static final Pattern TONE_FIRST = Pattern.compile("ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu");
    private static final Pattern TONE_MIDDLE = Pattern.compile("iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|uya|uyu|uêu");
    private static final String VOWELS = "aăâeêioôơuưy";
    private static final Pattern CAPITALS = Pattern.compile("[A-ZĐ]{2,}");
    private static final Pattern ASCII_WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern STOP_FINAL = Pattern.compile(".*(c|ch|p|t)");

    private VietnameseSyllable() {}

    /** Answers for the words seen, up to {@value #KNOWN_MAX} of them: the syllables of a language are a few thousand. */
    private static final java.util.concurrent.ConcurrentHashMap<String, Boolean> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int KNOWN_MAX = 200_000;

    /** A Vietnamese syllable in any case, or a plain-ASCII word, or an abbreviation in capitals ("HĐND"). */
    static boolean isWord(String w) {
        Boolean known = KNOWN.get(w);
        if (known != null) return known;
        boolean is = read(w);
        if (KNOWN.size() < KNOWN_MAX) KNOWN.put(w, is);
        return is;
    }

    private static boolean read(String w) {
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
        java.util.regex.Matcher m = SYLLABLE.matcher(b);
        if (!m.matches()) return false;
        if (tones == 1 && !tonePlaced(d, b, m.start(2))) return false;
        return tones == 0 || !STOP_FINAL.matcher(b).matches() || tone == '\u0301' || tone == '\u0323';
    }

    /**
     * The tone mark sits where Vietnamese puts it: on the first vowel of a group ending in a glide ("mía", "hái", not
     * "miá", "haí"), on the middle one of a three-vowel group ("khuyếu"), so that a misread legacy byte that lands a
     * tone on a glide ("ngheọ" for "nghệ") is not taken for a word.
     */
    private static boolean tonePlaced(String decomposed, String bare, int rhymeStart) {
        int vowelIndex = -1;
        int toneOn = -1;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if ("aeiouy".indexOf(c) >= 0) vowelIndex++;
            else if (c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323') toneOn = vowelIndex;
        }
        int onsetVowels = 0;
        for (int i = 0; i < rhymeStart; i++) if (VOWELS.indexOf(bare.charAt(i)) >= 0) onsetVowels++;
        StringBuilder group = new StringBuilder();
        for (int i = rhymeStart; i < bare.length() && VOWELS.indexOf(bare.charAt(i)) >= 0; i++) group.append(bare.charAt(i));
        int at = toneOn - onsetVowels;
        if (TONE_FIRST.matcher(group).matches()) return at == 0;
        if (TONE_MIDDLE.matcher(group).matches()) return at == 1;
        return true;
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
