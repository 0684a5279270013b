package org.policygraph.derive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.DocumentKey;
import org.policygraph.resolve.CorpusResolver;
import org.policygraph.resolve.ReferenceData;

/**
 * Derivation across documents: which higher-level decisions a document, task or target implements.
 * Returns every link with its confidence and evidence:
 * <ol>
 *   <li>explicit links from the words (citations of kind implementation, reports on a document), one document at a
 *       time ({@link #explicit});</li>
 *   <li>among placed documents ({@link #placed}): document structure (annual resolutions down the chain of bodies;
 *       state bodies under their Party committee), indicators across levels and years ({@link IndicatorLinker}),
 *       targets to reported figures ({@link FigureLinker}), tasks across levels ({@link TaskLinker}).</li>
 * </ol>
 * Only a unit's ancestors are upstream of it: sibling districts never derive from each other. So the placed links of
 * a large load can be made {@link #region region} by region (the documents of one province with the centre's), which
 * is how the loader keeps its memory bounded; {@link #derive} does everything at once for a list held in memory.
 */
public final class Linker {
    /** Version of the linking method, recorded on every link. */
    public static final String METHOD_VERSION = "derive-1.0";

    private final ReferenceData reference;
    private final DocumentLinker documents;

    public Linker(ReferenceData reference) {
        this.reference = reference;
        this.documents = new DocumentLinker(reference, METHOD_VERSION);
    }

    public static Linker standard() { return new Linker(ReferenceData.bundled()); }

    /** Links over all analyses; citations are first resolved across them ({@link CorpusResolver}), so a cited loaded document is one node. */
    public List<Link> derive(List<DocumentAnalysis> loaded) {
        List<DocumentAnalysis> analyses = new CorpusResolver().resolve(loaded).analyses();
        Map<DocumentKey, LinkEnd> ends = new LinkedHashMap<>();
        for (DocumentAnalysis a : analyses) if (a.key() != null) ends.putIfAbsent(a.key(), LinkEnd.document(a));
        NearDuplicates groups = new NearDuplicates(analyses.stream().map(this::sketch).flatMap(Optional::stream).toList());
        List<Link> out = new ArrayList<>();
        for (DocumentAnalysis a : analyses) if (!groups.isMember(a.source().name())) out.addAll(explicit(a, ends::get));
        out.addAll(placed(analyses, documentPairs(out), groups));
        return out;
    }

    /**
     * The explicit links of one document, whose citations are resolved.
     *
     * @param loaded  the loaded document of a key, as a link end, or null when no loaded document has it
     */
    public List<Link> explicit(DocumentAnalysis a, Function<DocumentKey, LinkEnd> loaded) { return documents.explicit(a, loaded); }

    /**
     * The links among the placed documents of {@code analyses} (whose citations are resolved): structure, indicators,
     * figures and tasks, made between one document of each group of {@link NearDuplicates near-duplicates}, each other
     * member linked to it. {@code existing} are the {@link #pair pairs} of links already made (the explicit ones), which
     * structure does not repeat; only {@link #documentPairs those between documents} matter.
     */
    public List<Link> placed(List<DocumentAnalysis> analyses, Set<String> existing, NearDuplicates groups) {
        List<Placed> all = analyses.stream().map(a -> Placed.of(a, reference)).flatMap(Optional::stream).toList();
        List<Placed> placed = groups.representatives(all);
        List<Link> out = new ArrayList<>(groups.links(all, METHOD_VERSION));
        out.addAll(documents.structural(placed, existing));
        out.addAll(new IndicatorLinker(METHOD_VERSION).link(placed));
        out.addAll(new FigureLinker(METHOD_VERSION).link(placed));
        out.addAll(new TaskLinker(METHOD_VERSION).link(placed));
        return out;
    }

    /** The near-duplicate sketch of a document that can be placed (see {@link NearDuplicates}). */
    public Optional<NearDuplicates.Sketch> sketch(DocumentAnalysis a) { return Placed.of(a, reference).map(NearDuplicates::sketch); }

    /** The pair of ends a link joins, as a string: what {@link #placed} must not link again. */
    public static String pair(Link l) { return DocumentLinker.pair(l.from(), l.to()); }

    /**
     * The {@link #pair pairs} of the links that join a document as a whole to a document as a whole: the only pairs
     * the placed links could repeat (structure links documents; the others link targets, tasks and figures, never
     * explicitly cited). A load keeps these, not every explicit link's, so its memory does not grow with every link.
     */
    public static Set<String> documentPairs(List<Link> links) {
        Set<String> out = new HashSet<>();
        for (Link l : links) if (l.from().kind() == LinkEnd.Kind.DOCUMENT && l.to().kind() == LinkEnd.Kind.DOCUMENT) out.add(pair(l));
        return out;
    }

    /**
     * The region a document is linked within: the top unit below the country of its unit ("hai-phong" for a district of
     * Hải Phòng); the empty string for a central document, which is upstream of every region; empty when the document
     * cannot be placed, and so has no placed links.
     */
    public Optional<String> region(DocumentAnalysis a) {
        return Placed.of(a, reference).map(p -> {
            List<String> chain = new ArrayList<>();
            chain.add(p.unit());
            chain.addAll(p.ancestors());
            if (isCountry(chain.get(chain.size() - 1))) chain.remove(chain.size() - 1);
            return chain.isEmpty() ? "" : chain.get(chain.size() - 1);
        });
    }

    private boolean isCountry(String unit) {
        return reference.unit(unit).map(u -> "country".equals(u.kind())).orElse(false);
    }
}
