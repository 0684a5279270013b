package org.policygraph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts files as they finish, in the order they finish, tells the listener, and makes the report. Thread-safe. */
final class LoadProgress {
    private final int total;
    private final LoadListener listener;
    private final List<LoadReport.Loaded> loaded = new ArrayList<>();
    private final List<LoadReport.Failed> failed = new ArrayList<>();
    private final Map<String, Double> steps = new LinkedHashMap<>();
    private int done;
    private long stepStarted = System.nanoTime();

    LoadProgress(int total, LoadListener listener) {
        this.total = total;
        this.listener = listener;
    }

    /** Files that are not reported: the stored documents an incremental load analyses again (this very path object). */
    private final java.util.Set<Path> quiet = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    synchronized void quiet(Path file) { quiet.add(file); }

    synchronized void loaded(LoadReport.Loaded l) {
        if (quiet.contains(l.file())) return;
        loaded.add(l);
        listener.loaded(l, ++done, total);
    }

    synchronized void failed(Path file, String reason) {
        if (quiet.contains(file)) {
            java.util.logging.Logger.getLogger(LoadProgress.class.getName()).warning(file.getFileName() + ", stored, could not be analysed again: " + reason);
            return;
        }
        LoadReport.Failed f = new LoadReport.Failed(file, reason);
        failed.add(f);
        listener.failed(f, ++done, total);
    }

    /** Ends a step of the load: the time since the previous step ended (or since the start) is recorded under its name. */
    synchronized void stepDone(String name) {
        long now = System.nanoTime();
        steps.merge(name, (now - stepStarted) / 1e9, Double::sum);
        stepStarted = now;
    }

    synchronized LoadReport report() { return new LoadReport(List.copyOf(loaded), List.copyOf(failed), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(steps))); }
}
