package org.policygraph.text;

import java.nio.file.Path;

/** A source file that cannot be read as a document: names the file, the position (when there is one) and the reason. */
public final class InputRejectedException extends Exception {
    private final Path file;
    private final long position;

    public InputRejectedException(Path file, long position, String reason) {
        super(file + (position >= 0 ? " at byte " + position : "") + ": " + reason);
        this.file = file;
        this.position = position;
    }

    public Path file() { return file; }

    /** Byte (or character) offset of the problem, or -1 when the problem is the whole file. */
    public long position() { return position; }
}
