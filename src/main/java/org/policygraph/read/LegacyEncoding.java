package org.policygraph.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Pre-Unicode Vietnamese text (TCVN3/ABC and VNI-Windows fonts) converted to Unicode NFC. Parsers hand such text over
 * as the Windows-1252 characters of its bytes ("B¸o c¸o", "COÄNG HOØA"). Each word is read three ways (as it is, as
 * TCVN3, as VNI) and a reading counts when it gives a well-formed Vietnamese syllable; a line takes the reading most
 * of its words call for (a line without a decisive word, its neighbour's), and a word takes its line's reading when
 * that reading is well-formed, else the one that is. So a file mixing the two encodings, line by line or even within
 * a line, comes out whole. Text that is already Unicode is returned unchanged. The tables are
 * {@code data/reference/encodings/*.csv}, with their sources.
 */
public final class LegacyEncoding {
    /** How a word or line was read. */
    public enum Reading { UNICODE, TCVN3, VNI }

    /** A converted text, and how many words each legacy encoding converted (empty when nothing was). */
    public record Converted(String text, Map<Reading, Integer> words) {
        public boolean changed() { return !words.isEmpty(); }

        /** "tcvn3 (1203 words), vni (88 words)", or "" when nothing was converted. */
        public String describe() {
            return words.entrySet().stream().map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " (" + e.getValue() + " words)")
                    .collect(Collectors.joining(", "));
        }
    }

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final java.util.regex.Pattern SYMBOL_OR_NUMBER = java.util.regex.Pattern.compile("\\S*[/\\d]\\S*");
    private static final String VIETNAMESE_LATIN1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";
    private static final LegacyEncoding BUNDLED = new LegacyEncoding(table("tcvn3.csv"), table("vni.csv"));

    private final Map<String, String> tcvn3;
    private final Map<String, String> vni;
    /** The characters beyond ASCII of the tables' keys (legacy bytes as Windows-1252 decodes them). */
    private final java.util.BitSet legacyChars = new java.util.BitSet();

    LegacyEncoding(Map<String, String> tcvn3, Map<String, String> vni) {
        this.tcvn3 = tcvn3;
        this.vni = vni;
        for (Map<String, String> t : List.of(tcvn3, vni))
            for (String k : t.keySet()) for (char c : k.toCharArray()) if (c >= 0x80) legacyChars.set(c);
    }

    public static LegacyEncoding bundled() { return BUNDLED; }

    /** The text with its TCVN3 and VNI words converted to Unicode NFC; Unicode text is returned as it is. */
    public Converted convert(String text) {
        if (plainlyUnicode(text)) return new Converted(text, Map.of());
        String[] lines = text.split("\n", -1);
        List<List<Word>> words = new java.util.ArrayList<>(lines.length);
        Map<Reading, Integer> votes = new EnumMap<>(Reading.class);
        Reading[] lineReading = new Reading[lines.length];
        for (int i = 0; i < lines.length; i++) {
            List<Word> ws = words(lines[i]);
            words.add(ws);
            Map<Reading, Integer> lineVotes = new EnumMap<>(Reading.class);
            for (Word w : ws) if (w.vote != null) lineVotes.merge(w.vote, 1, Integer::sum);
            lineVotes.forEach((r, n) -> votes.merge(r, n, Integer::sum));
            lineReading[i] = lineVotes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }
        int legacy = votes.getOrDefault(Reading.TCVN3, 0) + votes.getOrDefault(Reading.VNI, 0);
        int all = legacy + votes.getOrDefault(Reading.UNICODE, 0);
        if (legacy < 3 || legacy * 10 < all) return new Converted(text, Map.of());
        fillUndecided(lineReading, votes);
        Map<Reading, Integer> converted = new EnumMap<>(Reading.class);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) out.append('\n');
            String line = lines[i];
            int p = 0;
            for (Word w : words.get(i)) {
                out.append(line, p, w.start);
                Reading r = w.choose(lineReading[i]);
                out.append(w.reading(r));
                if (r != Reading.UNICODE) converted.merge(r, 1, Integer::sum);
                p = w.end;
            }
            out.append(line, p, line.length());
        }
        return new Converted(Normalizer.normalize(out, Normalizer.Form.NFC), converted);
    }

    /**
     * A cheap bound that settles most texts without reading any word three ways: a word with a letter only Unicode
     * Vietnamese has ("của") votes Unicode, and only a word whose Unicode reading is not a Vietnamese word can vote for
     * a legacy encoding. When those words are fewer than {@code convert} needs (3, and a tenth of the votes), its
     * answer is already known: the text as it is. Exact: it never skips a text that {@code convert} would change.
     */
    private boolean plainlyUnicode(String text) {
        int unicode = 0;
        int legacyAtMost = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isWordChar(text.charAt(i))) { i++; continue; }
            int s = i;
            boolean wide = false;
            boolean vietnameseOnly = false;
            while (i < n && isWordChar(text.charAt(i))) {
                char d = text.charAt(i);
                if (d >= 0x80) {
                    wide = true;
                    if (VietnameseSyllable.isVietnameseOnlyLetter(d)) vietnameseOnly = true;
                }
                i++;
            }
            if (!wide) continue;
            if (vietnameseOnly) unicode++;
            else {
                String w = text.substring(s, i);
                if (!(noResidue(w, VIETNAMESE_LATIN1) && VietnameseSyllable.isWord(w))) legacyAtMost++;
            }
        }
        return legacyAtMost < 3 || legacyAtMost * 9 < unicode;
    }

    /** Share of words (with a letter beyond ASCII) that read as Vietnamese in the best of the three readings. */
    public double wellFormedShare(String text) {
        int words = 0;
        int good = 0;
        for (String line : text.split("\n"))
            for (Word w : words(line)) {
                words++;
                if (w.valid.values().stream().anyMatch(b -> b)) good++;
            }
        return words == 0 ? 1.0 : good / (double) words;
    }

    /** Lines no word decided take the previous decided line's reading, else the next one's, else the text's. */
    private static void fillUndecided(Reading[] lines, Map<Reading, Integer> votes) {
        Reading overall = votes.entrySet().stream().filter(e -> e.getKey() != Reading.UNICODE)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(Reading.UNICODE);
        Reading prev = null;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i] != null) prev = lines[i];
            else if (prev != null) lines[i] = prev;
        }
        Reading next = null;
        for (int i = lines.length - 1; i >= 0; i--) {
            if (lines[i] != null) next = lines[i];
            else lines[i] = next != null ? next : overall;
        }
    }

    /** The words of a line that have a character beyond ASCII: runs of letters and legacy bytes. */
    private List<Word> words(String line) {
        List<Word> out = new java.util.ArrayList<>();
        boolean capitalLine = isCapitalLine(line);
        int i = 0;
        while (i < line.length()) {
            if (!isWordChar(line.charAt(i))) { i++; continue; }
            int s = i;
            boolean wide = false;
            while (i < line.length() && isWordChar(line.charAt(i))) {
                if (line.charAt(i) >= 0x80) wide = true;
                i++;
            }
            if (wide) out.add(new Word(line.substring(s, i), s, i, capitalLine));
        }
        return out;
    }

    private boolean isWordChar(char c) {
        return c < 0x80 ? (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') : Character.isLetter(c) || legacyChars.get(c);
    }

    /** One word and its readings. */
    private final class Word {
        final int start;
        final int end;
        final Map<Reading, String> readings = new EnumMap<>(Reading.class);
        final Map<Reading, Boolean> valid = new EnumMap<>(Reading.class);
        final Reading vote;

        Word(String w, int start, int end, boolean capitalLine) {
            this.start = start;
            this.end = end;
            readings.put(Reading.UNICODE, w);
            valid.put(Reading.UNICODE, noResidue(w, VIETNAMESE_LATIN1) && VietnameseSyllable.isWord(w));
            String t = map(w, tcvn3);
            readings.put(Reading.TCVN3, t == null ? w : capitalsLike(w, t, capitalLine));
            valid.put(Reading.TCVN3, t != null && VietnameseSyllable.isWord(readings.get(Reading.TCVN3)));
            String v = map(w, vni);
            readings.put(Reading.VNI, v == null ? w : v);
            valid.put(Reading.VNI, v != null && VietnameseSyllable.isWord(v));
            boolean unicodeOnly = w.chars().anyMatch(c -> VietnameseSyllable.isVietnameseOnlyLetter((char) c));
            List<Reading> ok = valid.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
            vote = unicodeOnly ? Reading.UNICODE : ok.size() == 1 ? ok.get(0) : null;
        }

        Reading choose(Reading line) {
            if (vote == Reading.UNICODE && readings.get(Reading.UNICODE).chars().anyMatch(c -> VietnameseSyllable.isVietnameseOnlyLetter((char) c)))
                return Reading.UNICODE;
            if (valid.get(line)) return line;
            for (Reading r : Reading.values()) if (valid.get(r)) return r;
            return line;
        }

        String reading(Reading r) { return readings.get(r); }
    }

    /** No character of Latin-1's upper half is left, except those in {@code allowed}. */
    private static boolean noResidue(String w, String allowed) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if ((c >= 0x80 && c <= 0xFF || c == '\u2212' || c == '\u2219') && allowed.indexOf(c) < 0) return false;
        }
        return true;
    }

    /** Greedy longest-match conversion through a table; null when a character beyond ASCII is not in it. */
    private static String map(String w, Map<String, String> table) {
        StringBuilder out = new StringBuilder(w.length());
        int i = 0;
        while (i < w.length()) {
            String two = i + 1 < w.length() ? table.get(w.substring(i, i + 2)) : null;
            if (two != null) { out.append(two); i += 2; continue; }
            String one = table.get(w.substring(i, i + 1));
            if (one == null && w.charAt(i) >= 0x80) return null;
            out.append(one != null ? one : w.substring(i, i + 1));
            i++;
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /**
     * TCVN3 has no accented capitals: .VnTimeH draws the lower-case bytes as capitals. A word with two ASCII capitals
     * and no ASCII small letter ("CéNG", "H§ND"), or any word of a line set in capitals, is such a word, and its
     * converted letters are capitals too ("X· Phó" stays "Xã Phú").
     */
    private static String capitalsLike(String original, String converted, boolean capitalLine) {
        int upper = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (c < 0x80 && Character.isLetter(c)) {
                if (Character.isLowerCase(c)) return converted;
                upper++;
            }
        }
        return upper >= 2 || capitalLine && upper >= 1 ? converted.toUpperCase(Locale.ROOT) : converted;
    }

    /** A line whose ASCII letters are capitals, at least four of them, symbols and numbers ("99/1998/TT-BTC") aside. */
    private static boolean isCapitalLine(String line) {
        String words = SYMBOL_OR_NUMBER.matcher(line).replaceAll(" ");
        int upper = 0;
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (c < 0x80 && Character.isLetter(c)) {
                if (Character.isLowerCase(c)) return false;
                upper++;
            }
        }
        return upper >= 4;
    }

    /** A table of {@code data/reference/encodings/}, keyed by its characters as Windows-1252 decodes their bytes. */
    private static Map<String, String> table(String name) {
        Map<String, String> t = new LinkedHashMap<>();
        rows(name).forEach((cell, letter) -> t.put(key(cell), letter));
        return t;
    }

    /** The rows of a table: byte(s) in hex, or U+XXXX for a glyph seen in place of a byte, and the letter. */
    private static Map<String, String> rows(String name) {
        String res = "/reference/encodings/" + name;
        try (InputStream in = LegacyEncoding.class.getResourceAsStream(res)) {
            if (in == null) throw new IllegalStateException("missing " + res);
            Map<String, String> t = new LinkedHashMap<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8)))
                t.put(r.get(0), r.get(1));
            return t;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "AD" -> the Windows-1252 character of byte 0xAD; "61 F9" -> "aù"; "U+2212" -> "\u2212". */
    static String key(String cell) {
        if (cell.startsWith("U+")) return new String(Character.toChars(Integer.parseInt(cell.substring(2), 16)));
        String[] hex = cell.trim().split(" ");
        byte[] b = new byte[hex.length];
        for (int i = 0; i < hex.length; i++) b[i] = (byte) Integer.parseInt(hex[i], 16);
        return new String(b, CP1252);
    }

    /** A single-byte table (VISCII) as a decoder: bytes not in the table are Latin-1. */
    static String decodeWithTable(byte[] bytes, String tableName) {
        String[] byByte = new String[256];
        rows(tableName).forEach((cell, letter) -> byByte[Integer.parseInt(cell, 16)] = letter);
        StringBuilder out = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            String v = byByte[b & 0xFF];
            out.append(v != null ? v : String.valueOf((char) (b & 0xFF)));
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
