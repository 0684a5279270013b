package org.policygraph.text;

import java.nio.file.Path;

/** A source file that cannot be read as a document: names the file, the position (when there is one) and the reason. */
public final class InputRejectedException extends Exception {
    private final Path file;
    private final long position;

    /** A problem at a byte offset of the file (-1: the whole file); the message names the byte, its line and column. */
    public InputRejectedException(Path file, long position, String reason) {
        this(file, position, position >= 0 ? " at byte " + position : "", reason);
    }

    private InputRejectedException(Path file, long position, String where, String reason) {
        super(file + where + ": " + reason);
        this.file = file;
        this.position = position;
    }

    /** A problem at a byte offset, its line and column counted in the bytes before it. */
    public static InputRejectedException atByte(Path file, byte[] bytes, int offset, int position, String reason) {
        int line = 1, column = 1;
        for (int i = offset; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') { line++; column = 1; }
            else if ((bytes[i] & 0xC0) != 0x80) column++;
        }
        return new InputRejectedException(file, position, " at byte " + position + " (line " + line + ", column " + column + ")", reason);
    }

    /** A problem at a character of the decoded text: the message gives its line and column. */
    public static InputRejectedException atChar(Path file, String text, int index, String reason) {
        int line = 1, column = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') { line++; column = 1; }
            else column++;
        }
        return new InputRejectedException(file, index, " at line " + line + ", column " + column, reason);
    }

    public Path file() { return file; }

    /** Byte offset (or, from {@link #atChar}, character index) of the problem, or -1 when the problem is the whole file. */
    public long position() { return position; }
}
