package org.policygraph.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.policygraph.model.CitationKind;
import org.policygraph.model.Comparator;
import org.policygraph.model.DocSystem;
import org.policygraph.model.DocType;
import org.policygraph.model.Level;
import org.policygraph.resolve.BodyKind;

/**
 * The SKOS concepts of the reference graph, generated from the model's enums and tables so that code and data cannot
 * drift: document types ({@code concept/doc-type/{slug}}, from {@code doc-types.csv}), levels, citation kinds,
 * comparators, kinds of administrative unit and kinds of issuing body ({@code concept/body-kind/{slug}}, from
 * {@link BodyKind}). Document types sit under two top concepts, "Party document type" and "State document type"
 * ({@code concept/doc-type/party}, {@code concept/doc-type/state}), in one scheme: a type used by both systems
 * (a resolution) has both as {@code skos:broader}.
 */
public final class ReferenceConcepts {
    /** Kinds of administrative unit (the {@code kind} column of admin-units.csv): slug, Vietnamese, English. */
    private static final String[][] UNIT_KINDS = {
        {"country", "Quốc gia", "Country"},
        {"city", "Tỉnh, thành phố trực thuộc trung ương", "Province or centrally governed city"},
        {"district", "Quận, huyện, thị xã, thành phố thuộc tỉnh", "District-level unit"},
        {"ward", "Phường, xã, thị trấn", "Ward or commune"},
    };

    private final Model model;
    private final IriScheme iris;

    public ReferenceConcepts(Model model, IriScheme iris) {
        this.model = model;
        this.iris = iris;
    }

    /** Writes every scheme's concepts into the model. */
    public void map() {
        Resource party = concept("doc-type", DocSystem.PARTY.slug(), PG.DocumentTypeScheme, "Loại văn bản của Đảng", "Party document type");
        Resource state = concept("doc-type", DocSystem.STATE.slug(), PG.DocumentTypeScheme, "Loại văn bản của Nhà nước", "State document type");
        party.addProperty(SKOS.topConceptOf, PG.DocumentTypeScheme);
        state.addProperty(SKOS.topConceptOf, PG.DocumentTypeScheme);
        for (DocType t : DocType.values()) {
            Resource c = concept("doc-type", t.slug(), PG.DocumentTypeScheme, t.vi(), t.en());
            for (DocSystem system : DocSystem.values())
                if (t.code(system) != null) c.addProperty(SKOS.notation, t.code(system));
            if (t.isParty()) c.addProperty(SKOS.broader, party);
            if (t.isState()) c.addProperty(SKOS.broader, state);
        }
        for (Level l : Level.values()) concept("level", l.slug(), PG.LevelScheme, l.vi(), l.en());
        for (CitationKind k : CitationKind.values()) concept("citation-kind", k.slug(), PG.CitationKindScheme, k.vi(), k.en());
        for (Comparator c : Comparator.values())
            concept("comparator", c.slug(), PG.ComparatorScheme, c.vi(), c.en()).addProperty(SKOS.notation, c.symbol());
        for (String[] k : UNIT_KINDS) concept("unit-kind", k[0], PG.UnitKindScheme, k[1], k[2]);
        for (BodyKind k : BodyKind.values()) concept("body-kind", k.slug(), PG.BodyKindScheme, k.vi(), k.en());
    }

    /** IRI of a document type's concept. */
    public Resource docType(DocType t) { return model.createResource(iris.concept("doc-type", t.slug())); }

    public Resource level(Level l) { return model.createResource(iris.concept("level", l.slug())); }

    public Resource unitKind(String kind) { return model.createResource(iris.concept("unit-kind", kind)); }

    public Resource bodyKind(BodyKind kind) { return model.createResource(iris.concept("body-kind", kind.slug())); }

    private Resource concept(String scheme, String slug, Resource inScheme, String vi, String en) {
        Resource c = model.createResource(iris.concept(scheme, slug))
                .addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.inScheme, inScheme);
        return labels(c, vi, en);
    }

    /** skos:prefLabel and rdfs:label in Vietnamese and, when given, English. */
    static Resource labels(Resource r, String vi, String en) {
        Model m = r.getModel();
        r.addProperty(SKOS.prefLabel, m.createLiteral(vi, "vi")).addProperty(RDFS.label, m.createLiteral(vi, "vi"));
        if (en != null) r.addProperty(SKOS.prefLabel, m.createLiteral(en, "en")).addProperty(RDFS.label, m.createLiteral(en, "en"));
        return r;
    }
}
