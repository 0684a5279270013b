package org.policygraph.server;

/**
 * Limits of the pages, descriptions and dumps, from {@code serve --timeout} and {@code --max-rows}.
 *
 * @param timeoutMillis   a page, description, search or dump stops after this long
 * @param maxTriples      a description holds at most this many triples (the rest is left out and the response says so)
 */
record Bounds(long timeoutMillis, long maxTriples) {
    /** Response header of a description or dump cut short by a limit. */
    static final String TRUNCATED_HEADER = "X-Truncated";

    static Bounds of(PolicyServer.Options o) { return new Bounds(o.timeout().toMillis(), o.maxRows()); }

    long deadline() { return System.nanoTime() + timeoutMillis * 1_000_000L; }

    static boolean past(long deadline) { return System.nanoTime() - deadline > 0; }
}
