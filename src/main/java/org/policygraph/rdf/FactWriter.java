package org.policygraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.policygraph.text.Span;

/**
 * Writes one fact with its evidence. The fact is asserted directly ({@code s p o}) so that simple queries need
 * nothing else; when it has a span, a reified statement carries the evidence:
 * <pre>
 * [] a rdf:Statement ; rdf:subject s ; rdf:predicate p ; rdf:object o ;
 *    pg:evidence [ a oa:SpecificResource ; oa:hasSource &lt;source&gt; ; oa:hasSelector ... ] ;
 *    prov:wasGeneratedBy &lt;extraction&gt; .
 * </pre>
 * Query: {@code ?st rdf:subject ?doc ; rdf:predicate eli:date_document ; pg:evidence/oa:hasSelector/oa:exact ?quote}.
 */
public final class FactWriter {
    private final MappingContext ctx;

    public FactWriter(MappingContext ctx) { this.ctx = ctx; }

    /** Asserts {@code s p o}; with a span, adds the reified statement carrying the evidence. Null objects are skipped. */
    public void fact(Resource s, Property p, RDFNode o, Span span) {
        if (o == null) return;
        s.addProperty(p, o);
        if (span == null) return;
        Resource statement = ctx.model().createResource()
                .addProperty(RDF.type, RDF.Statement)
                .addProperty(RDF.subject, s)
                .addProperty(RDF.predicate, p)
                .addProperty(RDF.object, o);
        ctx.evidence(statement, span);
    }
}
