package org.policygraph.text;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnamese tone-mark placement. The open syllables "oa", "oe", "uy" carry the mark on their second vowel in the
 * older style ("hoà", "thuỷ") and on their first in the style of today's official orthography and of the national
 * portals ("hòa", "thủy"). Both are the same word; {@link #modern} writes the second style, for values compared
 * across documents (a signatory's name), while evidence keeps the text as printed.
 */
public final class ToneMarks {
    private ToneMarks() {}

    /** Combining tone marks: grave, acute, hook above, tilde, dot below. */
    private static final String TONES = "\u0300\u0301\u0309\u0303\u0323";

    /** "oa", "oe", "uy" with the tone on the second vowel, at the end of a syllable (decomposed text). */
    private static final Pattern OLD_STYLE = Pattern.compile(
            "(?<![\\p{L}\\p{M}])(\\p{L}*?)([oOuU])([aAeEyY])([" + TONES + "])(?![\\p{L}\\p{M}])");

    /** The text with old-style marks on "oa", "oe", "uy" moved to the first vowel, NFC. */
    public static String modern(String s) {
        if (s == null) return null;
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        Matcher m = OLD_STYLE.matcher(d);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean quPrefix = m.group(1).toLowerCase(java.util.Locale.ROOT).endsWith("q") || m.group(1).toLowerCase(java.util.Locale.ROOT).endsWith("g");
            String replacement = quPrefix ? m.group() : m.group(1) + m.group(2) + m.group(4) + m.group(3);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    }
}
