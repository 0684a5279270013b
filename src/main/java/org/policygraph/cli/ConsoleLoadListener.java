package org.policygraph.cli;

import java.io.PrintStream;
import org.policygraph.store.LoadListener;
import org.policygraph.store.LoadReport;

/**
 * Prints a load on stderr: one line per refused file (file and reason), the extraction's notes, a note when a
 * file replaces another file's document, a progress bar on a terminal for loads of several files, and a summary.
 */
final class ConsoleLoadListener implements LoadListener {
    private static final int BAR = 30;
    private final PrintStream err;
    private final boolean bar;
    private boolean barShown;

    ConsoleLoadListener(PrintStream err, boolean interactive) {
        this.err = err;
        this.bar = interactive;
    }

    @Override
    public void started(int total) {
        if (total > 1) err.println("policy-graph: loading " + total + " files");
    }

    @Override
    public void loaded(LoadReport.Loaded l, int done, int total) {
        for (String other : l.replaced()) line(l.file() + ": same document as " + other + ", whose graph it replaces");
        for (String w : l.warnings()) line(l.file() + ": note: " + w);
        if (!l.identified()) line(l.file() + ": loaded, but its header does not identify the document; graph " + l.graph());
        progress(done, total);
    }

    @Override
    public void failed(LoadReport.Failed f, int done, int total) {
        line(f.file() + ": not loaded: " + f.reason());
        progress(done, total);
    }

    @Override
    public void finished(LoadReport r) {
        if (barShown) err.print("\r" + " ".repeat(BAR + 30) + "\r");
        long triples = r.loaded().stream().mapToLong(LoadReport.Loaded::triples).sum();
        err.println("policy-graph: loaded " + r.loaded().size() + " file(s), " + triples + " triples; "
                + r.failed().size() + " file(s) not loaded");
    }

    private void line(String s) {
        if (barShown) err.print("\r" + " ".repeat(BAR + 30) + "\r");
        err.println(s);
    }

    private void progress(int done, int total) {
        if (total <= 1) return;
        if (!bar) {
            if (total >= 20 && (done % Math.max(1, total / 10) == 0 || done == total)) err.println("  " + done + "/" + total);
            return;
        }
        int filled = (int) ((long) BAR * done / total);
        err.print("\r[" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] " + done + "/" + total);
        err.flush();
        barShown = true;
    }
}
