package org.policygraph.rdf;

import org.policygraph.model.DocumentAnalysis;

/** Maps the header part of an analysis into the document's graph. */
public final class HeaderMapper implements PartMapper {
    @Override
    public void map(DocumentAnalysis analysis, MappingContext ctx) {}
}
