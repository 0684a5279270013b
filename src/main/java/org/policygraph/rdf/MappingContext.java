package org.policygraph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.text.Span;

/**
 * What a {@link PartMapper} writes into: the document's graph (a Jena {@link Model}), the IRI scheme,
 * the reference data, and the document's own resource. Evidence nodes are made here so every fact
 * points at its text the same way.
 */
public final class MappingContext {
    private final Model model;
    private final IriScheme iris;
    private final ReferenceData reference;
    private final DocumentAnalysis analysis;
    private final Resource document;
    private final Resource source;
    private final Resource extraction;

    public MappingContext(Model model, IriScheme iris, ReferenceData reference, DocumentAnalysis analysis,
                          Resource document, Resource source, Resource extraction) {
        this.model = model;
        this.iris = iris;
        this.reference = reference;
        this.analysis = analysis;
        this.document = document;
        this.source = source;
        this.extraction = extraction;
    }

    public Model model() { return model; }

    public IriScheme iris() { return iris; }

    public ReferenceData reference() { return reference; }

    public DocumentAnalysis analysis() { return analysis; }

    /** The document's resource (its IRI from its identity). */
    public Resource document() { return document; }

    /** The source file resource (pg:SourceFile), target of every evidence annotation. */
    public Resource source() { return source; }

    /** The extraction activity (prov:Activity) that generated the graph, carrying the extractor version. */
    public Resource extraction() { return extraction; }

    /**
     * Attaches evidence to a fact: {@code subject pg:evidence [ a oa:SpecificResource; oa:hasSource <source>;
     * oa:hasSelector [ a oa:TextPositionSelector; oa:start s; oa:end e ], [ a oa:TextQuoteSelector; oa:exact "..." ] ]},
     * offsets into the original text, and for a paged source ({@code pg:page n}) the page the span starts on; the subject is marked {@code prov:wasGeneratedBy} the extraction.
     */
    public Resource evidence(Resource subject, Span originalSpan) {
        Resource position = model.createResource()
                .addProperty(RDF.type, OA.TextPositionSelector)
                .addLiteral(OA.start, model.createTypedLiteral(originalSpan.start(), XSDDatatype.XSDnonNegativeInteger))
                .addLiteral(OA.end, model.createTypedLiteral(originalSpan.end(), XSDDatatype.XSDnonNegativeInteger));
        Resource quote = model.createResource()
                .addProperty(RDF.type, OA.TextQuoteSelector)
                .addProperty(OA.exact, analysis.text().quote(originalSpan));
        Resource ev = model.createResource()
                .addProperty(RDF.type, OA.SpecificResource)
                .addProperty(OA.hasSource, source)
                .addProperty(OA.hasSelector, position)
                .addProperty(OA.hasSelector, quote);
        org.policygraph.model.SourceReading reading = analysis.source().reading();
        if (reading != null && reading.paged())
            ev.addLiteral(PG.page, model.createTypedLiteral(reading.pageAt(originalSpan.start()), XSDDatatype.XSDpositiveInteger));
        subject.addProperty(PG.evidence, ev);
        subject.addProperty(PROV.wasGeneratedBy, extraction);
        return ev;
    }
}
