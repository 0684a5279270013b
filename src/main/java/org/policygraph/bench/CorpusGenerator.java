package org.policygraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a synthetic corpus of Vietnamese policy document texts, deterministic for a seed, and a
 * {@code manifest.jsonl} with the ground truth of each file, and the reference tables of its geography under
 * {@code reference/} (see {@link ReferenceTables}). Streams in chunks rendered in parallel:
 * memory is bounded by the chunk, not by the corpus.
 */
public final class CorpusGenerator {
    public static final String MANIFEST = "manifest.jsonl";
    private static final int CHUNK = 512;

    private final long seed;
    private final Geography geo;
    private final Map<Slot.Kind, TextComposer> writers;
    private final ObjectMapper json = new ObjectMapper();

    public CorpusGenerator(long seed) {
        this.seed = seed;
        this.geo = new Geography(seed);
        Identities ids = new Identities(seed);
        Unit centre = geo.centre();
        CitationPlanner planner = new CitationPlanner(ids, centre);
        this.writers = Map.of(
                Slot.Kind.CENTRAL, new CentralDocumentWriter(ids, centre, planner),
                Slot.Kind.PARTY_RESOLUTION, new PartyResolutionWriter(ids, centre, planner),
                Slot.Kind.COUNCIL_RESOLUTION, new CouncilResolutionWriter(ids, centre),
                Slot.Kind.DIRECTIVE, new DirectiveWriter(ids, centre),
                Slot.Kind.REPORT, new QuarterlyReportWriter(ids, centre));
    }

    /** What was written. */
    public record Summary(int documents, long bytes, Path manifest, Map<String, Integer> byKind, Map<String, Integer> byLevel) {}

    public static Summary generate(int documents, long seed, Path outDir) throws IOException {
        return new CorpusGenerator(seed).generate(documents, outDir);
    }

    public Summary generate(int documents, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Path manifest = outDir.resolve(MANIFEST);
        Map<String, Integer> byKind = new TreeMap<>(), byLevel = new TreeMap<>();
        Set<Integer> wardsWithDocuments = new HashSet<>();
        long[] bytes = {0};
        int[] count = {0};
        try (BufferedWriter out = Files.newBufferedWriter(manifest, StandardCharsets.UTF_8)) {
            List<Slot> chunk = new ArrayList<>(CHUNK);
            Runnable flush = () -> {
                List<ManifestRow> rows = chunk.parallelStream().map(s -> render(s, outDir)).toList();
                for (ManifestRow row : rows) {
                    try {
                        out.write(json.writeValueAsString(row));
                        out.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    byKind.merge(row.kind(), 1, Integer::sum);
                    byLevel.merge(row.level(), 1, Integer::sum);
                    bytes[0] += row.bytes();
                    count[0]++;
                }
                chunk.clear();
            };
            new CorpusSchedule(geo, documents).forEach(s -> {
                if (s.unit().kind().isWard()) wardsWithDocuments.add(s.unit().id());
                chunk.add(s);
                if (chunk.size() == CHUNK) flush.run();
            });
            flush.run();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        new ReferenceTables(geo, seed).write(outDir, wardsWithDocuments);
        return new Summary(count[0], bytes[0], manifest, byKind, byLevel);
    }

    /** Writes one document and returns its ground truth. */
    private ManifestRow render(Slot s, Path outDir) {
        Rng r = Rng.of(seed, 2, s.index());
        int year = s.kind() == Slot.Kind.CENTRAL ? s.year() - 1 : s.year();
        GeneratedDocument doc = writers.get(s.kind()).write(s.unit(), year, s.quarter(), r);
        String name = String.format("%06d_%016x.txt", s.index(), Rng.hash(seed, 3, s.index()));
        byte[] data = doc.text().getBytes(StandardCharsets.UTF_8);
        try {
            Files.write(outDir.resolve(name), data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DocId self = doc.self();
        Unit u = s.unit();
        return new ManifestRow(name, doc.kind(), self.level(), u.fullName(), u.parent() == null ? null : u.parent().fullName(),
                self.issuer(), self.type().word, self.symbol(), doc.selfPrinted(), self.date() == null ? null : self.date().toString(), self.blankDay(),
                s.year(), doc.cited(), doc.indicators(), doc.figures(), doc.tasks(), data.length);
    }

    /** {@code java ... CorpusGenerator N SEED DIR}: until the CLI has a bench command. */
    public static void main(String[] args) throws IOException {
        long t0 = System.nanoTime();
        Summary s = generate(Integer.parseInt(args[0]), Long.parseLong(args[1]), Path.of(args[2]));
        System.out.printf("%d documents, %.1f MB in %.1f s; %s; %s%n", s.documents(), s.bytes() / 1e6, (System.nanoTime() - t0) / 1e9, s.byKind(), s.byLevel());
    }
}
