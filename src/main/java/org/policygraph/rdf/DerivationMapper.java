package org.policygraph.rdf;

import java.util.List;
import java.util.Map;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.policygraph.derive.Confidence;
import org.policygraph.derive.Link;
import org.policygraph.derive.LinkEnd;
import org.policygraph.derive.LinkKind;
import org.policygraph.derive.Quote;

/**
 * Maps derivation links into their own named graph, {@code {base}graph/derivation}, rebuilt over all loaded
 * documents. Each link is a qualified PROV derivation with its evidence, plus direct triples for simple queries
 * ({@code pg:derivesFrom}, not {@code prov:wasDerivedFrom}, which the document graphs use for "extracted from this
 * source file"):
 * <pre>
 * &lt;to&gt; pg:derivesFrom &lt;from&gt; ; prov:qualifiedDerivation &lt;d&gt; .
 * &lt;target, task or figure end&gt; dcterms:isPartOf &lt;its document&gt; .
 * &lt;d&gt; a pg:Derivation, prov:Derivation ; pg:derivesFrom &lt;from&gt; ; prov:entity &lt;from&gt; ;
 *     pg:derivationKind "implements" ; pg:confidence 0.9 ; pg:confidenceLevel "high" ;
 *     pg:derivationMethod "indicator-similarity" ; pg:methodVersion "derive-1.0" ;
 *     pg:similarity [ rdfs:label "clause_similarity" ; rdf:value 0.81 ] ; pg:numericRelation "lower_bar" ;
 *     rdfs:comment "note"@en ; pg:evidence [ oa:hasSource &lt;source&gt; ; oa:hasSelector ... ] .
 * </pre>
 * A document that implements another document (explicitly, or by structure) also gets
 * {@code eli:ensures_implementation_of}. {@code pg:confidence} is the number behind the level: the score of an
 * implicit link capped at 1, or 1.0 / 0.6 / 0.3 for explicit high / structural medium / low links.
 */
public final class DerivationMapper {
    static final Resource PROV_DERIVATION = ResourceFactory.createResource(PROV.NS + "Derivation");

    /** IRI of the named graph holding the derivation links. */
    public static String graphIri(IriScheme iris) { return iris.base() + "graph/derivation"; }

    public Model map(List<Link> links, IriScheme iris) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix(PG.PREFIX, PG.NS);
        m.setNsPrefix("eli", ELI.NS);
        m.setNsPrefix("prov", PROV.NS);
        m.setNsPrefix("oa", OA.NS);
        for (Link l : links) {
            String from = endIri(l.from(), iris), to = endIri(l.to(), iris);
            if (from == null || to == null) continue;
            Resource f = m.createResource(from), t = m.createResource(to);
            Resource d = m.createResource(iris.base() + "derivation/" + DigestUtils.sha256Hex(from + "|" + to + "|" + l.kind().slug()).substring(0, 20))
                    .addProperty(RDF.type, PG.Derivation)
                    .addProperty(RDF.type, PROV_DERIVATION)
                    .addProperty(PG.derivesFrom, f)
                    .addProperty(PROV.entity, f)
                    .addProperty(PG.derivationKind, l.kind().slug())
                    .addLiteral(PG.confidence, m.createTypedLiteral(confidence(l), XSDDatatype.XSDdecimal))
                    .addProperty(PG.confidenceLevel, l.confidence().slug())
                    .addProperty(PG.derivationMethod, l.evidence().method())
                    .addProperty(PG.methodVersion, l.methodVersion());
            if (l.evidence().note() != null) d.addProperty(RDFS.comment, m.createLiteral(l.evidence().note(), "en"));
            if (l.evidence().numeric() != null) d.addProperty(PG.numericRelation, l.evidence().numeric());
            for (Map.Entry<String, Double> e : l.evidence().figures().entrySet()) {
                d.addProperty(PG.similarity, m.createResource()
                        .addProperty(RDFS.label, e.getKey())
                        .addLiteral(RDF.value, m.createTypedLiteral(java.math.BigDecimal.valueOf(e.getValue()), XSDDatatype.XSDdecimal)));
            }
            evidence(m, iris, d, l.evidence().from());
            evidence(m, iris, d, l.evidence().to());
            partOf(m, l.from(), f, iris);
            partOf(m, l.to(), t, iris);
            t.addProperty(PG.derivesFrom, f);
            t.addProperty(PROV.qualifiedDerivation, d);
            if (l.from().kind() == LinkEnd.Kind.DOCUMENT && l.to().kind() == LinkEnd.Kind.DOCUMENT && l.kind() == LinkKind.IMPLEMENTS)
                t.addProperty(ELI.ensures_implementation_of, f);
        }
        return m;
    }

    /** A target, task or figure end is {@code dcterms:isPartOf} its document, so queries can climb from a part to its document. */
    private static void partOf(Model m, LinkEnd e, Resource r, IriScheme iris) {
        if (e.partPath() == null) return;
        String doc = endIri(new LinkEnd(e.seed(), e.sha256(), e.document(), LinkEnd.Kind.DOCUMENT, null, null, null, null, null), iris);
        if (doc != null) r.addProperty(org.apache.jena.vocabulary.DCTerms.isPartOf, m.createResource(doc));
    }

    /** IRI of a link end: the document's (from its identity, or its source hash when unidentified), then the part path. */
    public static String endIri(LinkEnd e, IriScheme iris) {
        String doc;
        if (e.document() != null) doc = iris.document(e.document());
        else if (e.sha256() != null) doc = iris.base() + "doc/unidentified/" + e.sha256().substring(0, 16);
        else return null;
        return e.partPath() == null ? doc : iris.part(doc, e.partPath());
    }

    private static java.math.BigDecimal confidence(Link l) {
        Double score = l.evidence().figures().get("score");
        double c = score != null ? Math.min(1.0, Math.max(0.0, score))
                : l.confidence() == Confidence.HIGH ? 1.0 : l.confidence() == Confidence.MEDIUM ? 0.6 : 0.3;
        return java.math.BigDecimal.valueOf(Math.round(c * 1000) / 1000.0);
    }

    private static void evidence(Model m, IriScheme iris, Resource d, Quote q) {
        if (q == null) return;
        Resource position = m.createResource()
                .addProperty(RDF.type, OA.TextPositionSelector)
                .addLiteral(OA.start, m.createTypedLiteral(q.span().start(), XSDDatatype.XSDnonNegativeInteger))
                .addLiteral(OA.end, m.createTypedLiteral(q.span().end(), XSDDatatype.XSDnonNegativeInteger));
        Resource quote = m.createResource()
                .addProperty(RDF.type, OA.TextQuoteSelector)
                .addProperty(OA.exact, q.exact());
        d.addProperty(PG.evidence, m.createResource()
                .addProperty(RDF.type, OA.SpecificResource)
                .addProperty(OA.hasSource, m.createResource(iris.source(q.sha256())))
                .addProperty(OA.hasSelector, position)
                .addProperty(OA.hasSelector, quote));
    }
}
