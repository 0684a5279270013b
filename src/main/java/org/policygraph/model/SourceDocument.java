package org.policygraph.model;

import java.nio.file.Path;

/**
 * A source file as read.
 *
 * @param path    where it was read from
 * @param name    file name ("000_936183772214671c.txt"), the {@code seed} of the evaluation schemas
 * @param sha256  hex SHA-256 of the file's bytes
 * @param bytes   size in bytes
 */
public record SourceDocument(Path path, String name, String sha256, long bytes) {}
