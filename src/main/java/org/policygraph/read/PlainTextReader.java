package org.policygraph.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.policygraph.text.InputRejectedException;
import org.policygraph.text.SourceDecoder;

/**
 * Text files: UTF-8 (or UTF-16 with a byte-order mark) through {@link SourceDecoder}; a file that is not UTF-8 is
 * read in the legacy Vietnamese code pages (Windows-1258, VISCII, and Windows-1252 bytes of TCVN3/VNI fonts), keeping
 * the reading in which most words are Vietnamese.
 */
final class PlainTextReader {
    private final SourceDecoder decoder;
    private final LegacyEncoding legacy;

    PlainTextReader(SourceDecoder decoder, LegacyEncoding legacy) {
        this.decoder = decoder;
        this.legacy = legacy;
    }

    Extracted read(Path file, byte[] bytes) throws InputRejectedException {
        if (bytes.length == 0 || isUtf8(bytes) || hasBom(bytes) || hasNul(bytes))
            return Extracted.unpaged(decoder.decode(file, bytes), "UTF-8 text", null);
        Map<String, String> readings = new LinkedHashMap<>();
        readings.put("Windows-1258 text", Normalizer.normalize(new String(bytes, Charset.forName("windows-1258")), Normalizer.Form.NFC));
        readings.put("VISCII text", LegacyEncoding.decodeWithTable(bytes, "viscii.csv"));
        readings.put("Windows-1252 text (legacy font bytes)", new String(bytes, Charset.forName("windows-1252")));
        String best = null;
        long bestScore = -1;
        String bestText = null;
        String bestConversion = "";
        for (Map.Entry<String, String> r : readings.entrySet()) {
            LegacyEncoding.Converted c = legacy.convert(r.getValue());
            long score = vietnameseWords(c.text());
            if (score > bestScore) {
                best = r.getKey();
                bestScore = score;
                bestText = c.text();
                bestConversion = c.describe();
            }
        }
        String checked = decoder.decode(file, bestText.getBytes(StandardCharsets.UTF_8));
        return new Extracted(checked, best, new int[0], null, bestConversion);
    }

    /** Words with a letter only Vietnamese Unicode text has, well formed. */
    private static long vietnameseWords(String text) {
        long n = 0;
        for (String w : text.split("[^\\p{L}]+"))
            if (w.chars().anyMatch(c -> VietnameseSyllable.isVietnameseOnlyLetter((char) c)) && VietnameseSyllable.isWord(w)) n++;
        return n;
    }

    private static boolean isUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE);
    }

    static boolean hasNul(byte[] b) {
        for (byte x : b) if (x == 0) return true;
        return false;
    }
}
