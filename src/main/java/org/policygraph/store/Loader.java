package org.policygraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.policygraph.derive.Linker;
import org.policygraph.resolve.CorpusResolver;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.pipeline.Pipeline;
import org.policygraph.rdf.DerivationMapper;
import org.policygraph.rdf.DocumentMapper;
import org.policygraph.rdf.IriScheme;
import org.policygraph.rdf.MappedDocument;
import org.policygraph.rdf.ReferenceMapper;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.text.InputRejectedException;

/**
 * Loads source files into a {@link PolicyStore}: each file is read, analysed and mapped in memory, then its
 * document's graph is replaced in one write transaction. A file that is refused or fails anywhere before the
 * write changes nothing; the other files still load. The reference and ontology graphs are rewritten on each load.
 */
public final class Loader {
    /** Files taken from a directory given to {@link #expand}. */
    private static final List<String> DOCUMENT_SUFFIXES = List.of(".txt", ".md");

    private final PolicyStore store;
    private final Pipeline pipeline;
    private final DocumentMapper mapper;
    private final IriScheme iris;
    private final ReferenceData reference;
    private final Clock clock;

    public Loader(PolicyStore store, Pipeline pipeline, IriScheme iris, ReferenceData reference, Clock clock) {
        this(store, pipeline, iris, reference, new DocumentMapper(iris, reference), clock);
    }

    public Loader(PolicyStore store, Pipeline pipeline, IriScheme iris, ReferenceData reference, DocumentMapper mapper,
                  Clock clock) {
        this.store = store;
        this.pipeline = pipeline;
        this.iris = iris;
        this.reference = reference;
        this.mapper = mapper;
        this.clock = clock;
    }

    public static Loader standard(PolicyStore store) {
        return new Loader(store, Pipeline.standard(), IriScheme.standard(), ReferenceData.bundled(), Clock.systemUTC());
    }

    /** Writes the reference graph and, when bundled, the ontology graph. */
    public void writeReferenceGraphs() {
        Map<String, Model> graphs = new LinkedHashMap<>();
        graphs.put(iris.referenceGraph(), new ReferenceMapper(iris).map(reference));
        ontology().ifPresent(m -> graphs.put(iris.ontologyGraph(), m));
        store.replaceGraphs(graphs);
    }

    /**
     * Loads the files (directories are expanded), reporting each to the listener. Four steps: every file is
     * analysed; citations are resolved across the documents of this load ({@link CorpusResolver}); each document
     * is mapped and the graphs are written in batches, one write transaction per batch, so a document is either
     * wholly in the store or not at all; the derivation graph is rebuilt from the documents of this load.
     */
    public LoadReport load(List<Path> inputs, LoadListener listener) {
        List<LoadReport.Loaded> loaded = new ArrayList<>();
        List<LoadReport.Failed> failed = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            try {
                files.addAll(expand(in));
            } catch (IOException | UncheckedIOException e) {
                LoadReport.Failed f = new LoadReport.Failed(in, "cannot be listed: " + e.getMessage());
                failed.add(f);
                listener.failed(f, 0, 0);
            }
        }
        listener.started(files.size());
        writeReferenceGraphs();
        Progress progress = new Progress(files.size(), listener, loaded, failed);
        List<DocumentAnalysis> analyses = new ArrayList<>();
        for (Path file : files) {
            try {
                analyses.add(pipeline.analyse(file));
            } catch (InputRejectedException e) {
                progress.failed(file, reason(e.getMessage(), file));
            } catch (RuntimeException | OutOfMemoryError e) {
                progress.failed(file, "extraction failed, nothing was stored: " + e);
            }
        }
        List<DocumentAnalysis> resolved = new CorpusResolver().resolve(analyses).analyses();
        List<Mapped> batch = new ArrayList<>();
        long batchTriples = 0;
        for (DocumentAnalysis analysis : resolved) {
            try {
                Mapped m = new Mapped(analysis, mapper.map(analysis, clock.instant()));
                batch.add(m);
                batchTriples += m.doc().model().size();
            } catch (RuntimeException | OutOfMemoryError e) {
                progress.failed(analysis.source().path(), "mapping failed, nothing was stored: " + e);
            }
            if (batch.size() >= BATCH_DOCUMENTS || batchTriples >= BATCH_TRIPLES) {
                writeBatch(batch, progress);
                batch.clear();
                batchTriples = 0;
            }
        }
        writeBatch(batch, progress);
        if (!resolved.isEmpty()) writeDerivationGraph(resolved);
        LoadReport report = new LoadReport(List.copyOf(loaded), List.copyOf(failed));
        listener.finished(report);
        return report;
    }

    /** Documents written in one transaction at most; a batch also closes at {@link #BATCH_TRIPLES}. */
    static final int BATCH_DOCUMENTS = 200;
    static final long BATCH_TRIPLES = 400_000;

    /**
     * Writes a batch of documents in one transaction. If that write fails, nothing of the batch is stored, and each
     * document is written again on its own, so one document that cannot be written does not keep out the others.
     */
    private void writeBatch(List<Mapped> batch, Progress progress) {
        if (batch.isEmpty()) return;
        List<List<String>> replaced;
        try {
            replaced = store.replaceAll(batch.stream().map(Mapped::doc).toList());
        } catch (RuntimeException e) {
            batch.forEach(m -> writeAlone(m, progress));
            return;
        }
        for (int i = 0; i < batch.size(); i++) progress.loaded(loaded(batch.get(i).analysis(), batch.get(i).doc(), replaced.get(i)));
    }

    private void writeAlone(Mapped m, Progress progress) {
        try {
            progress.loaded(loaded(m.analysis(), m.doc(), store.replace(m.doc())));
        } catch (RuntimeException e) {
            progress.failed(m.analysis().source().path(), "the store refused the write, nothing was stored: " + e);
        }
    }

    /** A document's analysis and its mapped graph, waiting to be written. */
    private record Mapped(DocumentAnalysis analysis, MappedDocument doc) {}

    /** Counts files as they finish, in the order they finish, and tells the listener. */
    private static final class Progress {
        private final int total;
        private final LoadListener listener;
        private final List<LoadReport.Loaded> loaded;
        private final List<LoadReport.Failed> failed;
        private int done;

        Progress(int total, LoadListener listener, List<LoadReport.Loaded> loaded, List<LoadReport.Failed> failed) {
            this.total = total;
            this.listener = listener;
            this.loaded = loaded;
            this.failed = failed;
        }

        void loaded(LoadReport.Loaded l) {
            loaded.add(l);
            listener.loaded(l, ++done, total);
        }

        void failed(Path file, String reason) {
            LoadReport.Failed f = new LoadReport.Failed(file, reason);
            failed.add(f);
            listener.failed(f, ++done, total);
        }
    }

    /**
     * Rewrites the derivation graph ({@code {base}graph/derivation}) from the documents of this load: links between
     * documents, tasks and targets across levels and years (issue 6).
     */
    public void writeDerivationGraph(List<DocumentAnalysis> analyses) {
        Model links = new DerivationMapper().map(new Linker(reference).derive(analyses), iris);
        store.replaceGraphs(Map.of(DerivationMapper.graphIri(iris), links));
    }

    /** Analyses, maps and stores one file on its own (no resolution across other documents). */
    public LoadReport.Loaded loadOne(Path file) throws InputRejectedException {
        DocumentAnalysis analysis = pipeline.analyse(file);
        MappedDocument doc = mapper.map(analysis, clock.instant());
        return loaded(analysis, doc, store.replace(doc));
    }

    private static LoadReport.Loaded loaded(DocumentAnalysis analysis, MappedDocument doc, List<String> replacedSources) {
        List<String> replaced = new ArrayList<>(replacedSources);
        replaced.remove(analysis.source().name());
        return new LoadReport.Loaded(analysis.source().path(), doc.graph(), doc.document(), doc.model().size(),
                analysis.key() != null, List.copyOf(replaced),
                analysis.warnings() == null ? List.of() : List.copyOf(analysis.warnings()));
    }

    /** A file, or the document files (.txt, .md) below a directory, sorted by path. */
    public static List<Path> expand(Path in) throws IOException {
        if (!Files.isDirectory(in)) return List.of(in);
        try (Stream<Path> s = Files.walk(in)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> DOCUMENT_SUFFIXES.stream().anyMatch(suf -> p.getFileName().toString().endsWith(suf)))
                    .sorted().toList();
        }
    }

    /** The ontology bundled on the class path ({@code /ontology/policy.ttl}), if present. */
    public static java.util.Optional<Model> ontology() {
        try (InputStream in = Loader.class.getResourceAsStream("/ontology/policy.ttl")) {
            if (in == null) return java.util.Optional.empty();
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            return java.util.Optional.of(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exception message without the leading file name, which the caller prints itself. */
    private static String reason(String message, Path file) {
        String prefix = file.toString();
        return message.startsWith(prefix) ? message.substring(prefix.length()).replaceFirst("^\\s*:?\\s*", "") : message;
    }
}
