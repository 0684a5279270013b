package org.policygraph.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a document's original text into the normalised text the extractors match against, keeping a
 * map from every normalised character back to its offset in the original.
 *
 * <ul>
 *   <li>Unicode NFC per grapheme cluster (decomposed Vietnamese from some PDF tools becomes composed);</li>
 *   <li>look-alike letters replaced (U+00D0 Latin Eth used for U+0110 Đ);</li>
 *   <li>Markdown emphasis and heading markers, HTML tags, horizontal rules removed;
 *       footnote markers ({@code <sup>3</sup>}, {@code [^3]}) removed and kept as {@link FootnoteMarker}s;</li>
 *   <li>lines holding only a page number removed;</li>
 *   <li>runs of white space folded: to one newline if they contain a line break, else to one space;
 *       zero-width characters and soft hyphens dropped.</li>
 * </ul>
 */
public final class TextNormaliser {

    /** Letters that look like Vietnamese letters but are other code points. */
    private static final Map<Character, Character> LOOK_ALIKES = Map.of(
            '\u00D0', '\u0110',   // Ð Latin capital Eth -> Đ
            '\u00F0', '\u0111',   // ð Latin small eth -> đ
            '\u0189', '\u0110');  // Ɖ African D -> Đ

    /**
     * Markup to drop. Group "fn" captures a footnote label; group "brk" is markup that separates two lines:
     * an HTML line break, or a bold run closed and reopened with nothing between ("**NGHỊ QUYẾT****HỘI NGHỊ**").
     */
    private static final Pattern MARKUP = Pattern.compile(
            "(?<brk><br\\s*/?>|\\*{4,})"
            + "|<sup>\\s*(?<fn>[^<]{1,8}?)\\s*</sup>"
            + "|\\[\\^(?<fn2>[^\\]]{1,8})\\]"
            + "|(?m)^[ \\t]*#{1,6}[ \\t]+"
            + "|(?m)^[ \\t]*(?:-{3,}|\\*{3,}|_{3,})[ \\t]*$"
            + "|(?m)^[ \\t]*\\d{1,3}[ \\t]*$"
            + "|</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?>"
            + "|\\*+");

    private static final TextNormaliser STANDARD = new TextNormaliser();

    public static TextNormaliser standard() { return STANDARD; }

    /**
     * The normalised text of {@code original}. Page chrome ({@link PageChrome}) found in a first reading is read again
     * as a line break, so that no extractor sees it; the original keeps it, and {@link SourceText#chrome()} says where.
     */
    public SourceText normalise(String original) {
        SourceText first = read(original, original, List.of());
        List<Span> chrome = PageChrome.bundled().find(first.normalised()).stream().map(first::toOriginal).toList();
        if (chrome.isEmpty()) return first;
        char[] masked = original.toCharArray();
        for (Span s : chrome) java.util.Arrays.fill(masked, s.start(), s.end(), '\n');
        return read(original, new String(masked), chrome);
    }

    /** Normalises {@code text} (the original, or the original with its chrome blanked: same length) into a text of {@code original}. */
    private SourceText read(String original, String text, List<Span> chrome) {
        Builder out = new Builder(text.length());
        List<FootnoteMarker> footnotes = new ArrayList<>();
        StartScan scan = new StartScan(MARKUP, text, TextNormaliser::markupMayStart, 1);
        Matcher m = scan.matcher();
        int pos = 0;
        while (scan.next()) {
            out.appendClean(text, pos, m.start());
            String label = m.group("fn") != null ? m.group("fn") : m.group("fn2");
            if (label != null) footnotes.add(new FootnoteMarker(label.strip(), out.length(), new Span(m.start(), m.end())));
            if (m.group("brk") != null) out.lineBreakAt(m.start());
            pos = m.end();
        }
        out.appendClean(text, pos, text.length());
        return new SourceText(original, out.text(), out.origins(original.length()), out.originEnds(original.length()), footnotes, chrome);
    }

    /** Where {@link #MARKUP} may match: at a mark that starts a tag, emphasis or a footnote, or at the start of a line. */
    private static boolean markupMayStart(String s, int at) {
        char c = s.charAt(at);
        if (c == '<' || c == '*' || c == '[' || at == 0) return true;
        char before = s.charAt(at - 1);
        return before == '\n' || before == '\r' || before == '\u0085' || before == '\u2028' || before == '\u2029';
    }

    /** Accumulates normalised characters with their original offsets, folding white space. */
    private static final class Builder {
        private final StringBuilder text;
        private int[] origin;
        private int[] originEnd;
        private int pendingSpaceAt = -1;     // original offset of a pending folded space
        private int pendingNewlineAt = -1;   // original offset of a pending folded newline

        Builder(int capacity) {
            text = new StringBuilder(capacity);
            origin = new int[Math.max(16, capacity + 1)];
            originEnd = new int[origin.length];
        }

        int length() { return text.length(); }

        /** A line break that the markup stood for, at an original offset. */
        void lineBreakAt(int originalOffset) {
            if (pendingNewlineAt < 0) pendingNewlineAt = originalOffset;
        }

        void appendClean(String s, int from, int to) {
            int i = from;
            while (i < to) {
                char c = s.charAt(i);
                if (isLineBreak(c)) {
                    if (pendingNewlineAt < 0) pendingNewlineAt = i;
                    i++;
                } else if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F') {
                    if (pendingSpaceAt < 0) pendingSpaceAt = i;
                    i++;
                } else if (isInvisible(c)) {
                    i++;
                } else {
                    int end = clusterEnd(s, i, to);
                    flushWhitespace();
                    char alone = end == i + 1 ? composedAlone(c) : NOT_ONE;
                    if (alone != NOT_ONE) {
                        put(alone, i, end);
                        i = end;
                        continue;
                    }
                    String cluster = s.substring(i, end);
                    String nfc = Normalizer.isNormalized(cluster, Normalizer.Form.NFC)
                            ? cluster : Normalizer.normalize(cluster, Normalizer.Form.NFC);
                    for (int k = 0; k < nfc.length(); k++) {
                        char n = nfc.charAt(k);
                        put(LOOK_ALIKES.getOrDefault(n, n), i, end);
                    }
                    i = end;
                }
            }
        }

        /** {@link #composedAlone} of each character, filled as characters are met (0: not yet). */
        private static final char[] COMPOSED_ALONE = new char[Character.MAX_VALUE + 1];

        /** Not one character: the general path decides (also taken, harmlessly, for U+FFFF itself). */
        private static final char NOT_ONE = '\uFFFF';

        /** What a character with no marks after it becomes: its NFC form if that is one character, look-alikes replaced. */
        private static char composedAlone(char c) {
            char n = COMPOSED_ALONE[c];
            if (n == 0) {
                String nfc = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFC);
                n = nfc.length() == 1 ? LOOK_ALIKES.getOrDefault(nfc.charAt(0), nfc.charAt(0)) : NOT_ONE;
                COMPOSED_ALONE[c] = n;  // a race writes the same value
            }
            return n;
        }

        private void flushWhitespace() {
            if (text.length() > 0) {
                if (pendingNewlineAt >= 0) put('\n', pendingNewlineAt, pendingNewlineAt + 1);
                else if (pendingSpaceAt >= 0) put(' ', pendingSpaceAt, pendingSpaceAt + 1);
            }
            pendingNewlineAt = -1;
            pendingSpaceAt = -1;
        }

        /** Appends a character read from the original range [originalStart, originalEnd). */
        private void put(char c, int originalStart, int originalEnd) {
            if (text.length() + 1 >= origin.length) {
                origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                originEnd = java.util.Arrays.copyOf(originEnd, origin.length);
            }
            origin[text.length()] = originalStart;
            originEnd[text.length()] = originalEnd;
            text.append(c);
        }

        String text() { return text.toString(); }

        int[] origins(int originalLength) {
            int[] map = java.util.Arrays.copyOf(origin, text.length() + 1);
            map[text.length()] = originalLength;
            return map;
        }

        int[] originEnds(int originalLength) {
            int[] map = java.util.Arrays.copyOf(originEnd, text.length() + 1);
            map[text.length()] = originalLength;
            return map;
        }

        private static int clusterEnd(String s, int i, int to) {
            int j = i + Character.charCount(s.codePointAt(i));
            while (j < to) {
                int type = Character.getType(s.codePointAt(j));
                if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                        && type != Character.ENCLOSING_MARK) break;
                j += Character.charCount(s.codePointAt(j));
            }
            return j;
        }

        private static boolean isLineBreak(char c) { return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\f'; }

        private static boolean isInvisible(char c) {
            return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD' || c == '\u2060';
        }
    }
}
