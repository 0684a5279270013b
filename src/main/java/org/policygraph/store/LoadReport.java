package org.policygraph.store;

import java.nio.file.Path;
import java.util.List;

/** What a load did: the files loaded and the files refused, each with its reason. */
public record LoadReport(List<Loaded> loaded, List<Failed> failed) {

    /**
     * A file stored as one named graph.
     *
     * @param replaced names of other source files whose graph this one replaced (the same document)
     * @param warnings what the extraction found worth a human's look (also stored as pg:flag)
     */
    public record Loaded(Path file, String graph, String document, long triples, boolean identified, List<String> replaced,
                         List<String> warnings) {}

    /** A file refused; nothing of it was written. */
    public record Failed(Path file, String reason) {}

    /** Exit status for the command line: failure only when nothing loaded and something failed. */
    public boolean nothingLoaded() { return loaded.isEmpty() && !failed.isEmpty(); }
}
