package org.policygraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.store.Loader;
import org.policygraph.store.TestStores;

/**
 * Crash safety of {@code load}: the real command runs in a child JVM and is killed with SIGKILL
 * ({@link Process#destroyForcibly()} on Linux) at seeded random points of its load phase, at least
 * {@code robust.crash.kills} (20) times. After each kill the store opens and every graph in it is whole:
 * equal (up to blank nodes and load time) to a clean load of a file that writes it, never half a document;
 * graphs not yet written are simply absent. After every tenth kill, and at the end, the load is run again to
 * completion and the store must then hold exactly the clean load of the corpus. Kill points are drawn
 * uniformly over the load phase (from "loading N files" to the exit) of the last run that completed.
 *
 * <p>The corpus is {@code data/documents/hai-phong} copied {@code robust.crash.copies} (2) times under other names, so
 * that later files replace the graphs of earlier ones (the same document) and kills land in replacements too.
 * The store is started afresh every few runs, so kills also land in first loads.
 */
class CrashSafetyTest {
    private static final int KILLS = Integer.getInteger("robust.crash.kills", 20);
    private static final int COPIES = Integer.getInteger("robust.crash.copies", 2);
    private static final long SEED = Long.getLong("robust.crash.seed", 20260101L);
    private static final String STARTED = "policy-graph: loading ";

    @TempDir Path tmp;

    @Test
    void aKilledLoadLeavesWholeDocumentsOrNoneAndARerunCompletes() throws Exception {
        List<Path> files = corpus(tmp.resolve("corpus"));
        LoadedGraphs clean = LoadedGraphs.of(files);
        Random random = new Random(SEED);

        int stores = 0;
        Path store = tmp.resolve("store-" + stores++);
        Child first = Child.start(store, tmp.resolve("corpus"));
        assertEquals(0, first.finish(), first.output());
        assertEquals(List.of(), clean.problems(store, true), "a clean load in a child JVM differs from the reference");
        long loadMillis = Math.max(200, first.loadMillis());

        int kills = 0, runs = 0, reruns = 0;
        List<String> log = new ArrayList<>();
        while (kills < KILLS && runs++ < KILLS * 3) {
            if (runs % 6 == 0) store = tmp.resolve("store-" + stores++);
            Child c = Child.start(store, tmp.resolve("corpus"));
            assertTrue(c.awaitLoading(), "the load did not start: " + c.output());
            long at = (long) (random.nextDouble() * loadMillis);
            Thread.sleep(at);
            if (!c.process.isAlive()) {
                assertEquals(0, c.finish(), c.output());
                loadMillis = Math.max(200, c.loadMillis());
                log.add("run " + runs + ": finished before the kill at " + at + " ms");
                continue;
            }
            c.process.destroyForcibly();
            c.process.waitFor(60, TimeUnit.SECONDS);
            kills++;
            log.add("run " + runs + ": killed at " + at + " ms of " + loadMillis + " ms");
            assertEquals(List.of(), clean.problems(store, false), "after kill " + kills + " at " + at + " ms:\n" + String.join("\n", log));
            if (kills % 10 == 0 || kills == KILLS) {
                Child rerun = Child.start(store, tmp.resolve("corpus"));
                assertEquals(0, rerun.finish(), "the rerun after kill " + kills + " failed: " + rerun.output());
                loadMillis = Math.max(200, rerun.loadMillis());
                assertEquals(List.of(), clean.problems(store, true), "after the rerun following kill " + kills);
                reruns++;
            }
        }
        System.err.println("CrashSafetyTest: " + kills + " kills, " + reruns + " complete reruns; " + String.join("; ", log));
        assertEquals(KILLS, kills, "too few kills landed inside a load: " + log);
    }

    /** The bundled documents, each copied COPIES times as c{i}_{name}. */
    private static List<Path> corpus(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (int i = 1; i <= COPIES; i++)
            for (Path f : TestStores.documents()) Files.copy(f, dir.resolve("c" + i + "_" + f.getFileName()));
        return Loader.expand(dir);
    }

    /** {@code policy-graph load --store DIR CORPUS} in a child JVM, its stderr read as it comes. */
    private static final class Child {
        final Process process;
        final StringBuffer output = new StringBuffer();
        final CountDownLatch loading = new CountDownLatch(1);
        volatile long loadingAt;
        volatile long endedAt;
        final long startedAt = System.nanoTime();

        private Child(Process p) {
            this.process = p;
            Thread.ofVirtual().start(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        output.append(line).append('\n');
                        if (line.startsWith(STARTED)) { loadingAt = System.nanoTime(); loading.countDown(); }
                    }
                } catch (IOException ignored) {
                    // the process was killed
                }
                endedAt = System.nanoTime();
                loading.countDown();
            });
        }

        static Child start(Path store, Path corpus) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-cp", System.getProperty("java.class.path"), "org.policygraph.cli.Main",
                    "load", "--store", store.toString(), corpus.toString());
            pb.redirectErrorStream(true);
            return new Child(pb.start());
        }

        boolean awaitLoading() throws InterruptedException {
            return loading.await(120, TimeUnit.SECONDS) && loadingAt != 0;
        }

        int finish() throws InterruptedException {
            if (!process.waitFor(300, TimeUnit.SECONDS)) { process.destroyForcibly(); return -1; }
            return process.exitValue();
        }

        /** Milliseconds from "loading N files" to the end of the process. */
        long loadMillis() {
            return TimeUnit.NANOSECONDS.toMillis((endedAt != 0 ? endedAt : System.nanoTime()) - (loadingAt != 0 ? loadingAt : startedAt));
        }

        String output() { return output.toString(); }
    }
}
