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
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b.append(Character.toLowerCase(c));
                continue;
            }
            String f = fold(String.valueOf(c));
            b.append(f.length() == 1 ? f.charAt(0) : Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** "Quận Kiến An" -> "quan-kien-an". */
    public static String slug(String s) {
        String f = NON_ALNUM.matcher(fold(s)).replaceAll("-");
        return f.replaceAll("^-+|-+$", "");
    }
}
