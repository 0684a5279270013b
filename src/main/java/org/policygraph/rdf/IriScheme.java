package org.policygraph.rdf;

import org.policygraph.model.DocumentKey;
import org.policygraph.text.Slugs;

/**
 * Builds the dataset's IRIs from identities. All IRIs are {@code {base}{path}}; the base is configurable
 * (default {@link #DEFAULT_BASE}) and the server resolves the paths of its own IRIs.
 *
 * <pre>
 * doc/party/kien-an-qu/nq/khoa-vi/06         a Party document: register, type, term, number
 * doc/state/hai-phong-hdnd/nq/2018/32        a State document: issuer register, type, year, number
 * doc/party/tw/nq/khoa-xiii/dai-hoi-xiii     an unnumbered but identifiable document
 * doc/.../06/target/15                       target 15 of a document ("/target/1-2" for the second sub-target)
 * body/kien-an-qu-bch                        an issuing body
 * unit/quan-kien-an                          an administrative unit
 * term/kien-an-qu/khoa-vi                    a committee term; /conference/15 below it
 * graph/doc/party/...                        the named graph holding one source document's facts
 * graph/reference, graph/ontology            reference data, the ontology
 * </pre>
 */
public final class IriScheme {
    public static final String DEFAULT_BASE = "https://w3id.org/policy-graph/";

    private final String base;

    public IriScheme(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static IriScheme standard() { return new IriScheme(DEFAULT_BASE); }

    public String base() { return base; }

    public String document(DocumentKey key) { return base + key.path(); }

    /** Named graph holding the facts extracted from a document's source file. */
    public String documentGraph(DocumentKey key) { return base + "graph/" + key.path(); }

    /** Named graph for a source file whose document identity is unknown: by file content hash. */
    public String sourceGraph(String sha256) { return base + "graph/source/" + sha256.substring(0, 16); }

    /** A part of a document: {@code part} is a path like "section/II/3.1", "target/15", "citation/3". */
    public String part(String documentIri, String part) { return documentIri + "/" + part; }

    public String body(String bodyId) { return base + "body/" + bodyId; }

    /**
     * A body known only from a header that prints it: under its parent's IRI when the parent is a reference body
     * ({@code body/btc/cuc-thue}), else {@code body/printed/{slug of the name}}.
     */
    public String printedBody(String parentId, String name) {
        return base + "body/" + (parentId == null ? "printed" : parentId) + "/" + org.policygraph.text.Slugs.slug(name);
    }

    public String unit(String unitId) { return base + "unit/" + unitId; }

    public String term(String register, String termSlug) { return base + "term/" + register + "/" + termSlug; }

    public String conference(String register, String termSlug, int number) { return term(register, termSlug) + "/conference/" + number; }

    public String congress(String register, String roman) { return base + "congress/" + register + "/" + Slugs.slug(roman); }

    public String concept(String scheme, String id) { return base + "concept/" + scheme + "/" + id; }

    public String referenceGraph() { return base + "graph/reference"; }

    public String ontologyGraph() { return base + "graph/ontology"; }

    public String source(String sha256) { return base + "source/" + sha256; }

    public boolean isOwn(String iri) { return iri.startsWith(base); }
}
