package org.policygraph.model;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * A source file as read.
 *
 * @param path     where it was read from
 * @param name     file name ("000_936183772214671c.txt"), the {@code seed} of the evaluation schemas
 * @param sha256   hex SHA-256 of the file's bytes (the original bytes, whatever their format)
 * @param bytes    size in bytes
 * @param reading  how its text was obtained (media type, parser, pages, OCR)
 */
public record SourceDocument(Path path, String name, String sha256, long bytes, SourceReading reading) implements Serializable {

    /** A plain UTF-8 text file. */
    public SourceDocument(Path path, String name, String sha256, long bytes) {
        this(path, name, sha256, bytes, SourceReading.plainText());
    }

    /** A {@link Path} is not serializable: the path is written as its string. */
    private Object writeReplace() { return new Serialized(path == null ? null : path.toString(), name, sha256, bytes, reading); }

    private record Serialized(String path, String name, String sha256, long bytes, SourceReading reading) implements Serializable {
        private Object readResolve() {
            return new SourceDocument(path == null ? null : Path.of(path), name, sha256, bytes, reading);
        }
    }
}
