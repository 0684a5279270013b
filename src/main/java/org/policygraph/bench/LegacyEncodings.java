package org.policygraph.bench;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.text.Normalizer;

/**
 * Vietnamese text in the legacy byte encodings documents still arrive in.
 * <ul>
 *   <li><b>Windows-1258</b>: exact, with the JDK charset: letters with circumflex, breve or horn precomposed
 *       (â, ê, ô, ơ, ư, ă, đ), tone marks as combining bytes after them, as Windows-1258 requires.</li>
 *   <li><b>TCVN3 (ABC)</b>: an approximation. The real TCVN3 is a font encoding that puts each lowercase
 *       precomposed letter on one byte between 0xA1 and 0xFF and uppercase letters in a second font. Here
 *       every non-ASCII letter becomes one byte in 0xA1..0xFF chosen by its position in the Vietnamese
 *       alphabet table; the bytes are not the exact TCVN3 code points but have the same shape (single
 *       high bytes in ASCII text, invalid as UTF-8).</li>
 *   <li><b>VNI</b>: an approximation. VNI writes the ASCII base letter followed by one or two high bytes for
 *       the diacritics; here the circumflex, breve, horn and the five tones map to the Latin-1 bytes VNI
 *       fonts use for them (â 0xE2, ê-style 0xEA, ö 0xF6, ù 0xF9, ø 0xF8, û 0xFB, õ 0xF5, ï 0xEF), đ to 0xF1.</li>
 * </ul>
 */
final class LegacyEncodings {
    private LegacyEncodings() {}

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    private static final String VIETNAMESE_LETTERS =
            "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
            + "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ";

    static byte[] windows1258(String text) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        int i = 0;
        while (i < nfd.length()) {
            int j = i + 1;
            StringBuilder shape = new StringBuilder().append(nfd.charAt(i));
            StringBuilder tones = new StringBuilder();
            while (j < nfd.length() && Character.getType(nfd.charAt(j)) == Character.NON_SPACING_MARK) {
                char m = nfd.charAt(j++);
                (TONES.indexOf(m) >= 0 ? tones : shape).append(m);
            }
            out.append(Normalizer.normalize(shape, Normalizer.Form.NFC)).append(tones);
            i = j;
        }
        CharsetEncoder enc = Charset.forName("windows-1258").newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPLACE).onMalformedInput(CodingErrorAction.REPLACE);
        try {
            ByteBuffer b = enc.encode(CharBuffer.wrap(out));
            byte[] bytes = new byte[b.remaining()];
            b.get(bytes);
            return bytes;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] tcvn3(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int at = VIETNAMESE_LETTERS.indexOf(c);
            if (c < 0x80) out.write(c);
            else if (at >= 0) out.write(0xA1 + at % 95);
            else out.write('?');
        }
        return out.toByteArray();
    }

    static byte[] vni(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 64);
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            switch (c) {
                case 'đ' -> out.write(0xF1);
                case 'Đ' -> out.write(0xD1);
                case '\u0302' -> out.write(0xE2);
                case '\u0306' -> out.write(0xEA);
                case '\u031B' -> out.write(0xF6);
                case '\u0301' -> out.write(0xF9);
                case '\u0300' -> out.write(0xF8);
                case '\u0309' -> out.write(0xFB);
                case '\u0303' -> out.write(0xF5);
                case '\u0323' -> out.write(0xEF);
                default -> out.write(c < 0x80 ? c : '?');
            }
        }
        return out.toByteArray();
    }
}
