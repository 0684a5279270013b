package org.policygraph.store;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.rdf.MappedDocument;

/**
 * Where a load's graphs go: the documents' named graphs, then the derivation graph. A writer reports each document
 * to the progress once it is stored (or failed), which may be at {@link #finish}.
 */
interface GraphWriter {
    /** A mapped document and its report, filled in but for the files whose graph it replaces in the store. */
    record Pending(LoadReport.Loaded report, MappedDocument doc) {
        static Pending of(DocumentAnalysis a, MappedDocument doc, List<String> replaced) { return of(a.source().path(), a, doc, replaced); }

        /** The report names {@code file} (the path object the load was given, which the progress may recognise). */
        static Pending of(java.nio.file.Path file, DocumentAnalysis a, MappedDocument doc, List<String> replaced) {
            return new Pending(new LoadReport.Loaded(file, doc.graph(), doc.document(), doc.model().size(),
                    a.key() != null, replaced, a.warnings() == null ? List.of() : List.copyOf(a.warnings())), doc);
        }
    }

    void document(Pending p);

    /** Part of the derivation graph, which this load rebuilds. */
    void derivation(Model links);

    /** Writes what is still pending. */
    void finish();
}
