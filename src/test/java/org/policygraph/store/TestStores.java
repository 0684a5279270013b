package org.policygraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.policygraph.pipeline.Pipeline;
import org.policygraph.rdf.IriScheme;
import org.policygraph.resolve.ReferenceData;

/** Stores and loaders for tests: the bundled documents, a fixed clock. */
public final class TestStores {
    /** The five Hải Phòng seed documents (demo and test data). */
    public static final Path DOCUMENTS = Path.of("data", "documents", "hai-phong");
    /** Everything {@code serve} loads by default: the seeds and the real documents of {@code data/documents/thuvienphapluat}. */
    public static final Path BUNDLED = Path.of("data", "documents");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private TestStores() {}

    public static Loader loader(PolicyStore store) {
        return new Loader(store, Pipeline.standard(), IriScheme.standard(), ReferenceData.bundled(), CLOCK);
    }

    /** The bundled document files, sorted. */
    public static List<Path> documents() throws IOException {
        try (Stream<Path> s = Files.list(DOCUMENTS)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** The bundled document whose file name starts with {@code prefix} ("000"). */
    public static Path document(String prefix) throws IOException {
        return documents().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }

    /** A TDB2 store in {@code dir} holding the five bundled documents. */
    public static PolicyStore corpus(Path dir) throws IOException {
        PolicyStore store = PolicyStore.open(dir);
        LoadReport r = loader(store).load(documents(), LoadListener.SILENT);
        if (!r.failed().isEmpty()) throw new IllegalStateException("corpus did not load: " + r.failed());
        return store;
    }
}
