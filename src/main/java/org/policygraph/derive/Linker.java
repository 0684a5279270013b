package org.policygraph.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.resolve.CorpusResolver;
import org.policygraph.resolve.ReferenceData;

/**
 * Derivation across documents: which higher-level decisions a document, task or target implements.
 * Works on all loaded analyses at once and returns every link with its confidence and evidence:
 * <ol>
 *   <li>explicit links from the words (citations of kind implementation, reports on a document);</li>
 *   <li>document structure (annual resolutions down the chain of bodies; state bodies under their Party committee);</li>
 *   <li>indicators across levels and years ({@link IndicatorLinker});</li>
 *   <li>targets to reported figures ({@link FigureLinker});</li>
 *   <li>tasks across levels ({@link TaskLinker}).</li>
 * </ol>
 * Only a unit's ancestors are upstream of it: sibling districts never derive from each other.
 */
public final class Linker {
    /** Version of the linking method, recorded on every link. */
    public static final String METHOD_VERSION = "derive-1.0";

    private final ReferenceData reference;

    public Linker(ReferenceData reference) { this.reference = reference; }

    public static Linker standard() { return new Linker(ReferenceData.bundled()); }

    /** Links over all analyses; citations are first resolved across them ({@link CorpusResolver}), so a cited loaded document is one node. */
    public List<Link> derive(List<DocumentAnalysis> loaded) {
        List<DocumentAnalysis> analyses = new CorpusResolver().resolve(loaded).analyses();
        List<Placed> placed = analyses.stream().map(a -> Placed.of(a, reference)).flatMap(Optional::stream).toList();
        DocumentLinker documents = new DocumentLinker(reference, METHOD_VERSION);
        List<Link> out = new ArrayList<>(documents.explicit(analyses));
        out.addAll(documents.structural(placed, out));
        out.addAll(new IndicatorLinker(METHOD_VERSION).link(placed));
        out.addAll(new FigureLinker(METHOD_VERSION).link(placed));
        out.addAll(new TaskLinker(METHOD_VERSION).link(placed));
        return out;
    }
}
