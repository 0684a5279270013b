package org.policygraph.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.policygraph.text.InputRejectedException;

/**
 * Runs the analysis of one file under a time limit (bounded execution around the whole pipeline, whatever step is
 * slow). The analysis runs on a thread of its own; the limit counts the processor time of that thread (so that a
 * busy machine, where threads wait for a core, does not refuse ordinary files), with ten times the limit in wall-clock
 * time as a backstop. When the limit passes, the file is reported as not loaded with the reason, and the load goes on
 * with the other files. Java cannot stop a thread that does not check for
 * interruption, so the abandoned analysis is interrupted and left to end on its own (a daemon thread, never written
 * anywhere); {@link #abandoned} counts them.
 */
public final class TimeLimit {
    /** Default limit per file: a 8 MiB file of ordinary text is analysed in a few seconds. */
    public static final Duration DEFAULT = Duration.ofSeconds(60);
    private static final AtomicInteger ABANDONED = new AtomicInteger();

    /** Work that may refuse its input. */
    public interface Work<T> {
        T run() throws InputRejectedException;
    }

    private TimeLimit() {}

    /** The result of {@code work}, or a refusal of {@code file} when it takes longer than {@code limit} (zero: no limit). */
    public static <T> T run(Path file, Duration limit, Work<T> work) throws InputRejectedException {
        if (limit.isZero() || limit.isNegative()) return work.run();
        FutureTask<T> task = new FutureTask<>(work::run);
        Thread t = new Thread(task, "analyse " + file.getFileName());
        t.setDaemon(true);
        t.start();
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuLimit = limit.toNanos(), wallDeadline = System.nanoTime() + 10 * limit.toNanos();
        try {
            while (true) {
                try {
                    return task.get(Math.min(100, Math.max(1, limit.toMillis())), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    long used = cpu.isThreadCpuTimeSupported() ? cpu.getThreadCpuTime(t.threadId()) : -1;
                    boolean over = used >= 0 ? used > cpuLimit : System.nanoTime() - wallDeadline + 9 * cpuLimit > 0;
                    if (!over && System.nanoTime() - wallDeadline < 0) continue;
                    task.cancel(true);
                    ABANDONED.incrementAndGet();
                    throw new InputRejectedException(file, -1, "extraction took longer than the per-file limit of " + limit.toSeconds()
                            + " s of processor time (load --file-timeout; a text's analysis: 10 s, or 2 s per million"
                            + " characters); nothing was stored");
                }
            }
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the analysis of " + file + " was interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof InputRejectedException r) throw r;
            if (c instanceof RuntimeException r) throw r;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        }
    }

    /** The least limit of the analysis of a text: ordinary texts of a few MiB take a few seconds. */
    public static final Duration TEXT_FLOOR = Duration.ofSeconds(10);
    /** Processor time allowed per million characters of text beyond {@link #TEXT_FLOOR}. */
    public static final Duration PER_MILLION_CHARS = Duration.ofSeconds(2);

    /**
     * The limit of the analysis of a text of {@code chars} characters (after reading: PDF, Word, OCR are under
     * {@code fileLimit} on their own): {@value #TEXT_FLOOR}, or 2 s per million characters when that is more, never more
     * than {@code fileLimit} (zero: no limit). Ordinary text is analysed at about a million characters a second, so an
     * adversarial text that is slow to analyse stops at a limit that grows with its size, not at the file's.
     */
    public static Duration forText(int chars, Duration fileLimit) {
        if (fileLimit.isZero() || fileLimit.isNegative()) return fileLimit;
        Duration bySize = PER_MILLION_CHARS.multipliedBy(chars).dividedBy(1_000_000);
        Duration limit = bySize.compareTo(TEXT_FLOOR) > 0 ? bySize : TEXT_FLOOR;
        return limit.compareTo(fileLimit) < 0 ? limit : fileLimit;
    }

    /** Analyses given up at their limit since the JVM started. */
    public static int abandoned() { return ABANDONED.get(); }
}
