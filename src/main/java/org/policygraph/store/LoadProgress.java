package org.policygraph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Counts files as they finish, in the order they finish, tells the listener, and makes the report. Thread-safe. */
final class LoadProgress {
    private final int total;
    private final LoadListener listener;
    private final List<LoadReport.Loaded> loaded = new ArrayList<>();
    private final List<LoadReport.Failed> failed = new ArrayList<>();
    private int done;

    LoadProgress(int total, LoadListener listener) {
        this.total = total;
        this.listener = listener;
    }

    synchronized void loaded(LoadReport.Loaded l) {
        loaded.add(l);
        listener.loaded(l, ++done, total);
    }

    synchronized void failed(Path file, String reason) {
        LoadReport.Failed f = new LoadReport.Failed(file, reason);
        failed.add(f);
        listener.failed(f, ++done, total);
    }

    synchronized LoadReport report() { return new LoadReport(List.copyOf(loaded), List.copyOf(failed)); }
}
