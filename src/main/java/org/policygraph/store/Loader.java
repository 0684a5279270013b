package org.policygraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.policygraph.derive.LinkEnd;
import org.policygraph.derive.Linker;
import org.policygraph.resolve.CorpusResolver;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.pipeline.Pipeline;
import org.policygraph.pipeline.TimeLimit;
import org.policygraph.rdf.DerivationMapper;
import org.policygraph.rdf.DocumentMapper;
import org.policygraph.rdf.IriScheme;
import org.policygraph.text.SourceDecoder;
import org.policygraph.rdf.MappedDocument;
import org.policygraph.rdf.ReferenceMapper;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.text.InputRejectedException;

/**
 * Loads source files into a {@link PolicyStore}, one named graph per document (see {@link #load} for the steps). A
 * file that is refused or fails anywhere before the write changes nothing; the other files still load. The reference
 * and ontology graphs are rewritten on each load, and the derivation graph is rebuilt from the documents of the load.
 */
public final class Loader {

    private final PolicyStore store;
    private final Pipeline pipeline;
    private final DocumentMapper mapper;
    private final IriScheme iris;
    private final ReferenceData reference;
    private final Clock clock;
    private final Linker linker;
    private java.time.Duration fileLimit = TimeLimit.DEFAULT;
    private boolean followLinks;

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
        this.linker = new Linker(reference);
    }

    public static Loader standard(PolicyStore store) {
        return new Loader(store, Pipeline.standard(), IriScheme.standard(), ReferenceData.bundled(), Clock.systemUTC());
    }

    /** A loader with the standard pipeline and IRIs over {@code reference} (the bundled tables, or those with a directory's). */
    public static Loader standard(PolicyStore store, ReferenceData reference) {
        return new Loader(store, new Pipeline(reference, new SourceDecoder()), IriScheme.standard(), reference, Clock.systemUTC());
    }

    /**
     * The loader following symbolic links in the directories it is given ({@code --follow-links}): into linked
     * directories, and to files out of the directory. Without it, only links to files inside the directory are read.
     */
    public Loader withFollowLinks(boolean follow) {
        this.followLinks = follow;
        return this;
    }

    /** The files a load of {@code in} reads: {@link #expand}, following links when asked ({@link #withFollowLinks}). */
    public List<Path> files(Path in) throws IOException { return expand(in, followLinks); }

    /** The loader with another time limit on the analysis of one file (zero: none); see {@link TimeLimit}. */
    public Loader withFileLimit(java.time.Duration limit) {
        this.fileLimit = limit;
        return this;
    }

    /** Writes the reference graph and, when bundled, the ontology graph. */
    public void writeReferenceGraphs() {
        Map<String, Model> graphs = new LinkedHashMap<>();
        graphs.put(iris.referenceGraph(), new ReferenceMapper(iris).map(reference));
        ontology().ifPresent(m -> graphs.put(iris.ontologyGraph(), m));
        store.replaceGraphs(graphs);
    }

    /**
     * Loads the files (directories are expanded), reporting each to the listener. Four steps, each over the whole
     * load but holding only a few documents in memory (the analyses wait on disk, {@link AnalysisSpill}):
     * <ol>
     *   <li>every file is analysed, in parallel, and its identity noted;</li>
     *   <li>citations are resolved across the documents of this load ({@link CorpusResolver}), each document is
     *       mapped and written with the explicit derivation links of its words; when several files hold the same
     *       document, the last one's graph is stored;</li>
     *   <li>the links among placed documents are made region by region ({@link Linker#region});</li>
     *   <li>the writes are finished: into a store without documents through Jena's bulk loader ({@link BulkWriter}),
     *       else in transactions of a batch of documents ({@link BatchWriter}); a document is either wholly in the
     *       store or not at all.</li>
     * </ol>
     */
    public LoadReport load(List<Path> inputs, LoadListener listener) {
        List<Path> files = new ArrayList<>();
        List<LoadReport.Failed> unlisted = new ArrayList<>();
        for (Path in : inputs) {
            try {
                files.addAll(files(in));
            } catch (IOException | UncheckedIOException e) {
                unlisted.add(new LoadReport.Failed(in, "cannot be listed: " + e.getMessage()));
            }
        }
        LoadProgress progress = new LoadProgress(files.size() + unlisted.size(), listener);
        unlisted.forEach(f -> progress.failed(f.file(), f.reason()));
        listener.started(files.size());
        String derivationGraph = DerivationMapper.graphIri(iris);
        boolean firstLoad = !store.hasGraphsOtherThan(Set.of(iris.referenceGraph(), iris.ontologyGraph(), derivationGraph));
        if (!firstLoad) store.beginIncrementalLoad();
        writeReferenceGraphs();
        if (firstLoad) store.remove(List.of(derivationGraph)); // links left from documents removed since; the bulk loader only adds
        try (AnalysisSpill spill = new AnalysisSpill()) {
            List<LoadWriting.Entry> entries = analyseAll(files, spill, progress);
            if (!firstLoad) entries = withStored(entries, spill, progress);
            progress.stepDone("analyse");
            if (!entries.isEmpty()) {
                GraphWriter writer = firstLoad ? new BulkWriter(store, derivationGraph, progress)
                        : new BatchWriter(store, derivationGraph, progress);
                LoadWriting writing = new LoadWriting(entries, spill, writer, progress, mapper, linker, iris, clock);
                writing.documents();
                progress.stepDone("write");
                writing.placedLinks();
                progress.stepDone("link");
                writer.finish();
                progress.stepDone("finish");
            }
        }
        if (!firstLoad) store.endIncrementalLoad();
        LoadReport report = progress.report();
        listener.finished(report);
        return report;
    }

    /**
     * The documents the store holds (but for those the load writes anew) analysed again from their stored text, before
     * the load's own entries: then citations and derivation links are made over the whole store, as a clean load of
     * every document would make them, and the derivation graph is rebuilt whole.
     */
    private List<LoadWriting.Entry> withStored(List<LoadWriting.Entry> entries, AnalysisSpill spill, LoadProgress progress) {
        Set<String> anew = new java.util.HashSet<>();
        entries.forEach(e -> anew.add(e.graph()));
        List<StoredSources.Stored> stored = StoredSources.list(store, anew);
        stored.forEach(s -> progress.quiet(s.source().path()));
        List<LoadWriting.Entry> all = new ArrayList<>(Parallel.map(stored, s -> analyseStored(s, spill, progress), ANALYSIS_WINDOW)
                .stream().filter(java.util.Objects::nonNull).toList());
        all.addAll(entries);
        return all;
    }

    private LoadWriting.Entry analyseStored(StoredSources.Stored s, AnalysisSpill spill, LoadProgress progress) {
        String text = StoredSources.text(store, s);
        if (text == null) return null;
        return entry(s.source().path(), () -> pipeline.analyse(s.source(), text, fileLimit), spill, progress);
    }

    /**
     * Repairs a store whose last incremental load did not finish ({@link PolicyStore#isStale}): its documents are
     * analysed again from their stored texts and the derivation graph rebuilt, as a load does. Null when not stale.
     */
    public LoadReport repair(LoadListener listener) { return store.isStale() ? load(List.of(), listener) : null; }

    /** Files analysed at once by the workers of {@link #analyseAll}. */
    private static final int ANALYSIS_WINDOW = 256;

    /** Step 1: analyses every file on all processors, spills each analysis and keeps its entry. */
    private List<LoadWriting.Entry> analyseAll(List<Path> files, AnalysisSpill spill, LoadProgress progress) {
        return Parallel.map(files, file -> analyse(file, spill, progress), ANALYSIS_WINDOW).stream().filter(java.util.Objects::nonNull).toList();
    }

    private LoadWriting.Entry analyse(Path file, AnalysisSpill spill, LoadProgress progress) {
        return entry(file, () -> pipeline.analyse(file, fileLimit), spill, progress);
    }

    /** An analysis (a file read and analysed, or a stored text analysed again) run under the per-file time limit. */
    private LoadWriting.Entry entry(Path file, TimeLimit.Work<DocumentAnalysis> analysis, AnalysisSpill spill, LoadProgress progress) {
        try {
            DocumentAnalysis a = CorpusResolver.identify(analysis.run(), link -> {});
            return new LoadWriting.Entry(file, spill.put(a), mapper.graphIri(a), mapper.documentIri(a), LinkEnd.document(a),
                    CorpusResolver.loaded(a).orElse(null), CorpusResolver.cited(a), linker.region(a).orElse(null), linker.sketch(a).orElse(null));
        } catch (InputRejectedException e) {
            progress.failed(file, reason(e.getMessage(), file));
        } catch (RuntimeException | OutOfMemoryError e) {
            progress.failed(file, "extraction failed, nothing was stored: " + e);
        }
        return null;
    }

    /** Analyses, maps and stores one file on its own (no resolution across other documents). */
    public LoadReport.Loaded loadOne(Path file) throws InputRejectedException {
        DocumentAnalysis analysis = pipeline.analyse(file);
        MappedDocument doc = mapper.map(analysis, clock.instant());
        return BatchWriter.withReplaced(GraphWriter.Pending.of(analysis, doc, List.of()), store.replace(doc));
    }

    /**
     * A file, or the files below a directory (hidden ones aside), sorted by path: files of an unsupported type are
     * kept, so that the load reports them as not loaded instead of skipping them silently; no symbolic link that leads
     * out of the directory, and no linked directory.
     */
    public static List<Path> expand(Path in) throws IOException { return expand(in, false); }

    /**
     * As {@link #expand(Path)}; with {@code followLinks}, linked directories are walked too and links may lead anywhere
     * (a cycle of links is an error naming the directory).
     */
    public static List<Path> expand(Path in, boolean followLinks) throws IOException {
        if (!Files.isDirectory(in)) return List.of(in);
        Path root = in.toRealPath();
        FileVisitOption[] options = followLinks ? new FileVisitOption[] {FileVisitOption.FOLLOW_LINKS} : new FileVisitOption[0];
        try (Stream<Path> s = Files.walk(in, options)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> followLinks || !Files.isSymbolicLink(p) || inside(p, root))
                    .sorted().toList();
        }
    }

    private static boolean inside(Path link, Path root) {
        try {
            return link.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false;
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
