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
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.store.LoadListener;
import org.policygraph.store.LoadReport;
import org.policygraph.store.Loader;
import org.policygraph.store.PolicyStore;
import org.policygraph.store.TestStores;

/**
 * Crash safety of {@code load}: the real command runs in a child JVM and is killed with SIGKILL
 * ({@link Process#destroyForcibly()} on Linux) at a seeded random point of its load phase, in {@code robust.crash.kills}
 * (20) kill/reload cycles. After each kill the store opens and every graph in it is whole: equal (up to blank nodes and
 * load time) to a graph a clean load writes, never half a document. The same load is then run again to completion and
 * the store must hold exactly the clean load of that corpus: every graph, the derivation graph included, and the
 * {@code trace} of every document. Every store holds a file and a folder the product did not write, which every load,
 * killed or not, must leave as they are.
 *
 * <p>Two corpora hold the same documents: A is the bundled documents copied {@code robust.crash.copies} (2) times under
 * other names (later files replace the graphs of earlier ones, so kills land in replacements too); B is A with the second
 * copy of every other document without the middle third of its lines (its targets, tasks and derivation links change). Cycles
 * load A and B in turn, so each load into a store that holds documents is an incremental load with changed files; every
 * {@value #FRESH_EVERY}th cycle starts a new store, so kills also land in first loads (Jena's bulk loader). Kill points
 * are drawn uniformly over the load phase (from "loading N files" to the exit) of the last complete load of the same
 * kind (first or incremental) in a child; the reruns run in this JVM, which saves a JVM start per cycle.
 */
class CrashSafetyTest {
    private static final int KILLS = Integer.getInteger("robust.crash.kills", 20);
    private static final int COPIES = Integer.getInteger("robust.crash.copies", 2);
    private static final long SEED = Long.getLong("robust.crash.seed", 20260101L);
    private static final int FRESH_EVERY = 5;
    private static final String STARTED = "policy-graph: loading ";

    @TempDir Path tmp;

    @Test
    void killedFirstAndIncrementalLoadsEndAsACleanLoad() throws Exception {
        Path[] corpora = {corpus(tmp.resolve("corpus-a"), false), corpus(tmp.resolve("corpus-b"), true)};
        LoadedGraphs a = LoadedGraphs.of(Loader.expand(corpora[0])), b = LoadedGraphs.of(Loader.expand(corpora[1]));
        assertEquals(a.complete.keySet(), b.complete.keySet(), "the two corpora must hold the same documents");
        assertTrue(a.complete.keySet().stream().anyMatch(g -> !a.complete.get(g).isIsomorphicWith(b.complete.get(g))),
                "the changed files change no graph");
        assertEquals(a.traces.keySet(), b.traces.keySet(), "the two corpora must trace the same documents");
        assertTrue(!a.traces.isEmpty() && !a.traces.equals(b.traces), "the changed files change no trace: " + a.traces.keySet());
        LoadedGraphs[] clean = {a, b};
        LoadedGraphs[] afterKill = {a.admitting(b), b.admitting(a)};
        Random random = new Random(SEED);

        int stores = 0;
        Path store = newStore(tmp.resolve("store-" + stores++));
        Child first = Child.start(store, corpora[0]);
        assertEquals(0, first.finish(), first.output());
        assertEquals(List.of(), a.problems(store, true), "a clean first load in a child JVM differs from the reference");
        Child incremental = Child.start(store, corpora[1]);
        assertEquals(0, incremental.finish(), incremental.output());
        assertEquals(List.of(), b.problems(store, true), "an incremental load in a child JVM differs from a clean load");
        long[] loadMillis = {Math.max(200, first.loadMillis()), Math.max(200, incremental.loadMillis())}; // first, incremental
        int loaded = 1; // the corpus the store holds

        int kills = 0, runs = 0, firstLoads = 0;
        List<String> log = new ArrayList<>();
        while (kills < KILLS && runs++ < KILLS * 3) {
            boolean fresh = kills % FRESH_EVERY == FRESH_EVERY - 1;
            if (fresh) store = newStore(tmp.resolve("store-" + stores++));
            int target = 1 - loaded, kind = fresh ? 0 : 1;
            String what = (fresh ? "first load of " : "incremental load of ") + (target == 0 ? "A" : "B");
            Child c = Child.start(store, corpora[target]);
            assertTrue(c.awaitLoading(), "the load did not start: " + c.output());
            long at = (long) (random.nextDouble() * loadMillis[kind]);
            Thread.sleep(at);
            if (!c.process.isAlive()) {
                assertEquals(0, c.finish(), c.output());
                loadMillis[kind] = Math.max(200, c.loadMillis());
                loaded = target;
                log.add("run " + runs + ": " + what + " finished before the kill at " + at + " ms");
                continue;
            }
            c.process.destroyForcibly();
            c.process.waitFor(60, TimeUnit.SECONDS);
            kills++;
            if (fresh) firstLoads++;
            log.add("run " + runs + ": " + what + " killed at " + at + " ms of " + loadMillis[kind] + " ms");
            assertEquals(List.of(), afterKill[target].problems(store, false), "after kill " + kills + " at " + at + " ms:\n" + String.join("\n", log));
            assertForeignFilesKept(store);
            LoadReport r = rerun(store, corpora[target]);
            assertTrue(r.failed().isEmpty(), "the rerun after kill " + kills + " failed: " + r.failed());
            loaded = target;
            assertEquals(List.of(), clean[target].problems(store, true), "after the rerun following kill " + kills + ":\n" + String.join("\n", log));
            assertForeignFilesKept(store);
        }
        System.err.println("CrashSafetyTest: " + kills + " kill/reload cycles (" + firstLoads + " in first loads), each rerun equal to a clean load; "
                + String.join("; ", log));
        assertEquals(KILLS, kills, "too few kills landed inside a load: " + log);
    }

    /**
     * A new, empty store (its marker written) holding files the product did not write: a note and a folder with a
     * file. Loads into it, killed or not, must leave them as they are.
     */
    private static Path newStore(Path dir) throws IOException {
        PolicyStore s = PolicyStore.open(dir);
        TDBInternal.expel(s.dataset().asDatasetGraph());
        Files.writeString(dir.resolve("notes-of-mine.txt"), "mine", StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("backup"));
        Files.writeString(dir.resolve("backup").resolve("keep.nq"), "<urn:a> <urn:b> <urn:c> .\n", StandardCharsets.UTF_8);
        return dir;
    }

    private static void assertForeignFilesKept(Path store) throws IOException {
        assertEquals("mine", Files.readString(store.resolve("notes-of-mine.txt"), StandardCharsets.UTF_8), "a foreign file in " + store);
        assertEquals("<urn:a> <urn:b> <urn:c> .\n", Files.readString(store.resolve("backup").resolve("keep.nq"), StandardCharsets.UTF_8),
                "a foreign folder's file in " + store);
    }

    /**
     * {@code load --store DIR CORPUS} run to completion, in this JVM (as the command does it: the standard loader with
     * the default limits), the store released afterwards for the next child.
     */
    private static LoadReport rerun(Path dir, Path corpus) {
        PolicyStore store = PolicyStore.open(dir);
        try {
            return Loader.standard(store).load(List.of(corpus), LoadListener.SILENT);
        } finally {
            TDBInternal.expel(store.dataset().asDatasetGraph());
        }
    }

    /**
     * The bundled documents, each copied COPIES times as c{i}_{name}; when {@code changed}, the last copy of every
     * other document loses the middle third of its lines (header and signature stay).
     */
    private static Path corpus(Path dir, boolean changed) throws IOException {
        Files.createDirectories(dir);
        List<Path> documents = TestStores.documents();
        for (int i = 1; i <= COPIES; i++)
            for (int d = 0; d < documents.size(); d++) {
                Path f = documents.get(d), to = dir.resolve("c" + i + "_" + f.getFileName());
                if (changed && i == COPIES && d % 2 == 0) {
                    List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
                    lines.subList(lines.size() / 3, lines.size() * 2 / 3).clear();
                    Files.write(to, lines, StandardCharsets.UTF_8);
                } else {
                    Files.copy(f, to);
                }
            }
        return dir;
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
