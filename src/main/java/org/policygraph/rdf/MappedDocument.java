package org.policygraph.rdf;

import org.apache.jena.rdf.model.Model;

/**
 * The RDF of one source document, ready to be stored as one named graph.
 *
 * @param graph     IRI of the named graph ({@link IriScheme#documentGraph} or {@link IriScheme#sourceGraph})
 * @param document  IRI of the document resource
 * @param model     the triples of the graph, provenance included
 */
public record MappedDocument(String graph, String document, Model model) {}
