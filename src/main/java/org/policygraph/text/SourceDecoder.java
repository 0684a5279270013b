package org.policygraph.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a source file's bytes into text, refusing what is not a UTF-8 (or BOM-marked UTF-16) text document,
 * with a message that names the file, the byte position and the reason.
 */
public final class SourceDecoder {
    /** Default cap on a source file's size (a scanned PDF of a few dozen pages is some megabytes). */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final long maxBytes;

    public SourceDecoder() { this(DEFAULT_MAX_BYTES); }

    public SourceDecoder(long maxBytes) { this.maxBytes = maxBytes; }

    /** The file-size limit. */
    public long maxBytes() { return maxBytes; }

    public String read(Path file) throws InputRejectedException {
        return decode(file, readBytes(file, maxBytes));
    }

    /** A file's bytes, refusing a file larger than {@code maxBytes} before reading it. */
    public static byte[] readBytes(Path file, long maxBytes) throws InputRejectedException {
        try {
            long size = Files.size(file);
            if (size > maxBytes)
                throw new InputRejectedException(file, -1, "is " + size + " bytes, more than the limit of " + maxBytes
                        + " bytes for one document (raise it with --max-bytes)");
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputRejectedException(file, -1, "cannot be read: " + e.getMessage());
        }
    }

    public String decode(Path file, byte[] bytes) throws InputRejectedException {
        if (bytes.length == 0) throw new InputRejectedException(file, -1, "is empty");
        if (bytes.length >= 4 && (hasBom(bytes, 0xFF, 0xFE) && bytes[2] == 0 && bytes[3] == 0
                || bytes[0] == 0 && bytes[1] == 0 && (bytes[2] & 0xFF) == 0xFE && (bytes[3] & 0xFF) == 0xFF))
            throw new InputRejectedException(file, -1, "is UTF-32 (its byte-order mark says so), which is not read: convert it to UTF-8");
        if (hasBom(bytes, 0xFE, 0xFF)) return notBlank(file, strictDecode(file, bytes, 2, StandardCharsets.UTF_16BE));
        if (hasBom(bytes, 0xFF, 0xFE)) return notBlank(file, strictDecode(file, bytes, 2, StandardCharsets.UTF_16LE));
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0)
            throw InputRejectedException.atByte(file, bytes, 0, nul, "contains a NUL byte: binary data or UTF-16 without a byte-order mark, not a UTF-8 text");
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String text = strictDecode(file, bytes, skip, StandardCharsets.UTF_8);
        int control = firstControl(text);
        if (control >= 0)
            throw InputRejectedException.atChar(file, text, control, "contains control characters: binary data, not a text document");
        return notBlank(file, text);
    }

    private static String notBlank(Path file, String text) throws InputRejectedException {
        if (text.isBlank()) throw new InputRejectedException(file, -1, text.isEmpty() ? "holds only a byte-order mark" : "holds only white space");
        return text;
    }

    private static String strictDecode(Path file, byte[] bytes, int offset, java.nio.charset.Charset cs)
            throws InputRejectedException {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - offset) * (double) dec.maxCharsPerByte()) + 1);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            String hint = cs == StandardCharsets.UTF_8
                    ? " (the file is not UTF-8; legacy Vietnamese encodings such as Windows-1258, TCVN3 or VNI must be converted to UTF-8 first)"
                    : "";
            throw InputRejectedException.atByte(file, bytes, offset, in.position(), "invalid " + cs.name() + " byte sequence" + hint);
        }
        dec.flush(out);
        out.flip();
        return out.toString();
    }

    private static boolean hasBom(byte[] b, int first, int second) {
        return b.length >= 2 && (b[0] & 0xFF) == first && (b[1] & 0xFF) == second;
    }

    private static int indexOf(byte[] b, byte v) {
        for (int i = 0; i < b.length; i++) if (b[i] == v) return i;
        return -1;
    }

    /** Offset of the first C0 control character other than tab, CR, LF, FF; -1 if none. */
    private static int firstControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') return i;
            if (c == 0x7F) return i;
        }
        return -1;
    }

}
