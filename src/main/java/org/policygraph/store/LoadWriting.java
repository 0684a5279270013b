package org.policygraph.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.policygraph.derive.Link;
import org.policygraph.derive.LinkEnd;
import org.policygraph.derive.Linker;
import org.policygraph.derive.NearDuplicates;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.DocumentKey;
import org.policygraph.rdf.DerivationMapper;
import org.policygraph.rdf.DocumentMapper;
import org.policygraph.rdf.IriScheme;
import org.policygraph.rdf.MappedDocument;
import org.policygraph.resolve.CorpusResolver;

/**
 * The loader's steps after analysis, over the entries of one load whose analyses wait in the spill: each document's
 * citations are resolved against the identities of the whole load, the document is mapped and handed to the writer
 * with the explicit derivation links of its words; then the links among placed documents are made region by region
 * (a province's documents with the centre's), so that no step holds more than one region's analyses. When several
 * files hold the same document (the same graph), the last one's graph is stored and it names the others as replaced.
 */
final class LoadWriting {
    /**
     * What the steps after analysis need of an analysed file.
     *
     * @param end     the document as a derivation link end
     * @param loaded  its identity, for resolving the citations of others; null when it has none
     * @param cited   what its citations give of the documents it cites, for resolving the citations of others
     * @param region  its region for placed links ("" for the centre); null when it cannot be placed
     */
    record Entry(Path file, AnalysisSpill.Handle handle, String graph, String document, LinkEnd end,
                 CorpusResolver.Loaded loaded, List<CorpusResolver.Cited> cited, String region, NearDuplicates.Sketch sketch) {}

    private static final int LINKS_PER_MODEL = 2_000;

    private final List<Entry> entries;
    private final AnalysisSpill spill;
    private final GraphWriter writer;
    private final LoadProgress progress;
    private final DocumentMapper mapper;
    private final Linker linker;
    private final IriScheme iris;
    private final Clock clock;
    private final CorpusResolver.Index index = new CorpusResolver.Index();
    private final Map<String, List<Entry>> byGraph = new HashMap<>();
    private final Map<DocumentKey, LinkEnd> ends = new HashMap<>();
    private final Set<String> explicitPairs = new HashSet<>();
    private final NearDuplicates groups;

    LoadWriting(List<Entry> entries, AnalysisSpill spill, GraphWriter writer, LoadProgress progress, DocumentMapper mapper,
                Linker linker, IriScheme iris, Clock clock) {
        this.entries = entries;
        this.spill = spill;
        this.writer = writer;
        this.progress = progress;
        this.mapper = mapper;
        this.linker = linker;
        this.iris = iris;
        this.clock = clock;
        for (Entry e : entries) {
            if (e.loaded() != null) index.add(e.loaded());
            e.cited().forEach(index::add);
            byGraph.computeIfAbsent(e.graph(), g -> new ArrayList<>()).add(e);
        }
        for (Entry e : entries) if (isStored(e) && e.end().document() != null) ends.put(e.end().document(), e.end());
        groups = new NearDuplicates(entries.stream().filter(e -> isStored(e) && e.sketch() != null).map(Entry::sketch).toList());
    }

    /** Writes every document (the last file of each graph) with its explicit links. */
    void documents() {
        for (Entry e : entries) {
            if (!isStored(e)) {
                progress.loaded(new LoadReport.Loaded(e.file(), e.graph(), e.document(), 0, e.loaded() != null, List.of(), List.of()));
                continue;
            }
            write(e);
        }
    }

    /**
     * Makes and writes the links among placed documents, region by region, in parallel. The centre's documents are
     * upstream of every region: they are read back and resolved once, and linked with each region's own.
     */
    void placedLinks() {
        Map<String, List<Entry>> regions = new LinkedHashMap<>();
        for (Entry e : entries) if (e.region() != null && isStored(e)) regions.computeIfAbsent(e.region(), r -> new ArrayList<>()).add(e);
        List<DocumentAnalysis> centre = regions.getOrDefault("", List.of()).stream().map(this::resolved).toList();
        Parallel.map(new ArrayList<>(regions.entrySet()), r -> linkRegion(r.getKey().isEmpty() ? List.of() : centre, r.getValue()), 64);
    }

    /** The last file holding a graph is the one stored. */
    private boolean isStored(Entry e) {
        List<Entry> same = byGraph.get(e.graph());
        return same.get(same.size() - 1) == e;
    }

    private void write(Entry e) {
        DocumentAnalysis a = resolved(e);
        MappedDocument doc;
        try {
            doc = mapper.map(a, clock.instant());
        } catch (RuntimeException | OutOfMemoryError ex) {
            progress.failed(e.file(), "mapping failed, nothing was stored: " + ex);
            return;
        }
        List<String> replaced = byGraph.get(e.graph()).stream().filter(o -> o != e).map(o -> o.file().getFileName().toString()).toList();
        writer.document(GraphWriter.Pending.of(e.file(), a, doc, replaced));
        if (groups.isMember(a.source().name())) return; // compared through its group's representative
        List<Link> links = linker.explicit(a, ends::get);
        explicitPairs.addAll(Linker.documentPairs(links));
        send(links);
    }

    /**
     * Placed links among {@code upstream} (the centre's documents, resolved) and {@code own} whose lower end is one of
     * {@code own}: the centre's own links are made once, with {@code own} the centre and nothing upstream.
     */
    private Void linkRegion(List<DocumentAnalysis> upstream, List<Entry> own) {
        Set<String> seeds = new HashSet<>();
        own.forEach(e -> seeds.add(e.end().seed()));
        List<DocumentAnalysis> docs = new ArrayList<>(upstream);
        own.forEach(e -> docs.add(resolved(e)));
        send(linker.placed(docs, explicitPairs, groups).stream().filter(l -> seeds.contains(l.to().seed())).toList());
        return null;
    }

    /**
     * Maps links to RDF and hands them to the writer, at most {@link #LINKS_PER_MODEL} to an in-memory model (about 37
     * triples a link), so that a large region's RDF is never held whole. Regions call it from several threads.
     */
    private void send(List<Link> links) {
        for (int from = 0; from < links.size(); from += LINKS_PER_MODEL) {
            Model mapped = new DerivationMapper().map(links.subList(from, Math.min(links.size(), from + LINKS_PER_MODEL)), iris);
            synchronized (writer) {
                writer.derivation(mapped);
            }
        }
    }

    private DocumentAnalysis resolved(Entry e) { return CorpusResolver.resolve(spill.get(e.handle()), index, link -> {}); }
}
