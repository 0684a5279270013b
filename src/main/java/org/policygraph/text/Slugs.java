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

    /** "Quận Kiến An" -> "quan-kien-an". */
    public static String slug(String s) {
        String f = NON_ALNUM.matcher(fold(s)).replaceAll("-");
        return f.replaceAll("^-+|-+$", "");
    }
}
