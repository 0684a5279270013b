package org.policygraph.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a load did: the files loaded and the files refused, each with its reason, and the wall-clock seconds of each
 * step of the load (in order: "analyse", "write", "link", "finish"; see {@link Loader#load}).
 */
public record LoadReport(List<Loaded> loaded, List<Failed> failed, Map<String, Double> stepSeconds) {

    public LoadReport(List<Loaded> loaded, List<Failed> failed) { this(loaded, failed, Map.of()); }

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
