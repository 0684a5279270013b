package org.policygraph.text;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Refusals say where and why: line and column, UTF-32 named, a file of nothing but a byte-order mark named so. */
class DecoderMessagesTest {
    static final Path FILE = Path.of("x.txt");

    static String reason(byte[] bytes) {
        return assertThrows(InputRejectedException.class, () -> new SourceDecoder().decode(FILE, bytes)).getMessage();
    }

    @Test
    void aControlCharacterIsPlacedByLineAndColumn() {
        String m = reason("Nghị quyết\nsố 0\u0001 xyz".getBytes(StandardCharsets.UTF_8));
        assertTrue(m.contains("line 2, column 5"), m);
        assertTrue(!m.contains("byte"), "a character index is not a byte offset: " + m);
    }

    @Test
    void anInvalidByteIsPlacedByByteLineAndColumn() {
        byte[] b = "ab\ncđ".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[b.length + 1];
        System.arraycopy(b, 0, bad, 0, b.length);
        bad[b.length] = (byte) 0xC3;
        String m = reason(bad);
        assertTrue(m.contains("at byte " + b.length + " (line 2, column 3)"), m);
    }

    @Test
    void utf32AndABareByteOrderMarkAreNamed() {
        assertTrue(reason(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 'a', 0, 0, 0}).contains("UTF-32"));
        assertTrue(reason(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF, 0, 0, 0, 'a'}).contains("UTF-32"));
        assertTrue(reason(new byte[] {(byte) 0xFF, (byte) 0xFE}).contains("only a byte-order mark"));
    }
}
