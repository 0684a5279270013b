package org.policygraph.store;

import java.nio.file.Path;

/** Hears what a load does, file by file (progress bars, per-file messages). */
public interface LoadListener {
    /** Before the first file; {@code total} files will be tried. */
    default void started(int total) {}

    default void loaded(LoadReport.Loaded loaded, int done, int total) {}

    default void failed(LoadReport.Failed failed, int done, int total) {}

    default void finished(LoadReport report) {}

    LoadListener SILENT = new LoadListener() {};

    /** A file name for messages: the path as given. */
    static String name(Path p) { return p.toString(); }
}
