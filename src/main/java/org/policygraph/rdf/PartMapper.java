package org.policygraph.rdf;

import org.policygraph.model.DocumentAnalysis;

/**
 * Maps one part of a document's analysis (header, citations, targets, figures, tasks) into the document's graph.
 * One implementation per part; {@link DocumentMapper} runs them all.
 */
public interface PartMapper {
    void map(DocumentAnalysis analysis, MappingContext ctx);
}
