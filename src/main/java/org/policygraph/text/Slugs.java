package org.policygraph.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** ASCII folding of Vietnamese for IRIs and diacritic-insensitive matching. */
public final class Slugs {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Slugs() {}

    /** "Quận Kiến An" -> "quan kien an": lower case, diacritics and đ folded, other characters kept. */
    public static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        d = MARKS.matcher(d).replaceAll("");
        return d.replace('đ', 'd').replace('Đ', 'D').replace('\u00D0', 'D').replace('\u00F0', 'd')
                .toLowerCase(Locale.ROOT);
    }

    /**
     * {@link #fold(String)} character by character, keeping the length, so that an offset in the folded text
     * is the same offset in the input: for diacritic-insensitive searching with spans.
     */
    public static String foldKeepingLength(String s) {
        char[] b = new char[s.length()];
        for (int i = 0; i < b.length; i++) b[i] = foldChar(s.charAt(i));
        return new String(b);
    }

    /** What {@link #foldKeepingLength} makes of each character, filled as characters are met (0: not yet). */
    private static final char[] FOLDED_CHARS = new char[Character.MAX_VALUE + 1];

    private static char foldChar(char c) {
        if (c < 0x80) return Character.toLowerCase(c);
        char f = FOLDED_CHARS[c];
        if (f == 0) {
            String folded = fold(String.valueOf(c));
            f = folded.length() == 1 ? folded.charAt(0) : Character.toLowerCase(c);
            FOLDED_CHARS[c] = f;  // a race writes the same value
        }
        return f;
    }

    /** "Quận Kiến An" -> "quan-kien-an". */
    public static String slug(String s) {
        String f = NON_ALNUM.matcher(fold(s)).replaceAll("-");
        return f.replaceAll("^-+|-+$", "");
    }
}
