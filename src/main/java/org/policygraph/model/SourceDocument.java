package org.policygraph.model;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * A source file as read.
 *
 * @param path    where it was read from
 * @param name    file name ("000_936183772214671c.txt"), the {@code seed} of the evaluation schemas
 * @param sha256  hex SHA-256 of the file's bytes
 * @param bytes   size in bytes
 */
public record SourceDocument(Path path, String name, String sha256, long bytes) implements Serializable {

    /** A {@link Path} is not serializable: the path is written as its string. */
    private Object writeReplace() { return new Serialized(path == null ? null : path.toString(), name, sha256, bytes); }

    private record Serialized(String path, String name, String sha256, long bytes) implements Serializable {
        private Object readResolve() { return new SourceDocument(path == null ? null : Path.of(path), name, sha256, bytes); }
    }
}
