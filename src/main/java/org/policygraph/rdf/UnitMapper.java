package org.policygraph.rdf;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.policygraph.model.DocSystem;
import org.policygraph.model.DocumentKey;
import org.policygraph.resolve.AdminUnit;
import org.policygraph.resolve.Body;
import org.policygraph.resolve.LegalAct;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.resolve.UnitSuccessor;

/**
 * Administrative units, their changes and the acts that decided them, into the reference graph.
 *
 * <pre>
 * unit/quan-kien-an  a pg:AdministrativeUnit; skos:prefLabel "Quận Kiến An"@vi, "Kien An District"@en;
 *                    pg:unitKind concept/unit-kind/district; pg:parentUnit unit/thanh-pho-hai-phong; pg:gsoCode "307";
 *                    skos:exactMatch wd:Q6405290, geonames:1905088; pg:validUntil "2025-06-30"^^xsd:date;
 *                    pg:successor unit/phuong-kien-an, unit/phuong-phu-lien-2025
 * unit/quan-kien-an/change/phuong-kien-an  a pg:UnitChange; pg:originalUnit unit/quan-kien-an;
 *                    pg:resultingUnit unit/phuong-kien-an; dcterms:date "2025-07-01"^^xsd:date;
 *                    pg:share "part"; pg:legalBasis doc/state/ubtvqh/nq/2025/1669
 * </pre>
 * External identifiers are {@code skos:exactMatch} links, not {@code owl:sameAs}: see the ontology's comment on
 * pg:AdministrativeUnit.
 */
public final class UnitMapper {
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";
    public static final String GEONAMES = "https://sws.geonames.org/";

    /** English name pattern per unit kind; %s is the bare name without diacritics. */
    private static final Map<String, String> ENGLISH_NAME = Map.of(
            "country", "%s", "city", "%s City", "district", "%s District", "ward", "%s Ward");

    /** The word of a province ("Tỉnh Bắc Ninh"), named "... Province" in English; the other units of kind city are cities. */
    private static final String PROVINCE_WORD = "Tỉnh ";

    private final Model model;
    private final IriScheme iris;
    private final ReferenceConcepts concepts;
    private final List<String> unresolved = new ArrayList<>();

    public UnitMapper(Model model, IriScheme iris, ReferenceConcepts concepts) {
        this.model = model;
        this.iris = iris;
        this.concepts = concepts;
    }

    public void map(ReferenceData reference) {
        for (LegalAct act : reference.acts().values()) act(act, reference);
        for (AdminUnit u : reference.units().values()) unit(u);
        for (AdminUnit u : reference.units().values()) changes(u, reference);
    }

    /** Successor entries of the reference that name no unit of the reference ("unit: entry"). */
    public List<String> unresolved() { return List.copyOf(unresolved); }

    /** The English name of a unit: "Kien An District" for "Quận Kiến An", "Bac Ninh Province", "Viet Nam" for "Việt Nam". */
    public static String englishName(AdminUnit u) {
        String pattern = "city".equals(u.kind()) && u.nameVi().startsWith(PROVINCE_WORD) ? "%s Province" : ENGLISH_NAME.getOrDefault(u.kind(), "%s");
        return String.format(pattern, ascii(u.bareName()));
    }

    private void unit(AdminUnit u) {
        Resource r = model.createResource(iris.unit(u.id()))
                .addProperty(RDF.type, PG.AdministrativeUnit)
                .addProperty(PG.unitKind, concepts.unitKind(u.kind()));
        ReferenceConcepts.labels(r, u.nameVi(), englishName(u));
        if (u.parent() != null) r.addProperty(PG.parentUnit, model.createResource(iris.unit(u.parent())));
        if (u.gsoCode() != null) r.addProperty(PG.gsoCode, u.gsoCode());
        if (u.wikidata() != null) r.addProperty(SKOS.exactMatch, model.createResource(WIKIDATA + u.wikidata()));
        if (u.geonames() != null) r.addProperty(SKOS.exactMatch, model.createResource(GEONAMES + u.geonames() + "/"));
        if (u.validFrom() != null) r.addProperty(PG.validFrom, date(u.validFrom()));
        if (u.validUntil() != null) r.addProperty(PG.validUntil, date(u.validUntil()));
    }

    private void changes(AdminUnit u, ReferenceData reference) {
        Resource original = model.createResource(iris.unit(u.id()));
        for (UnitSuccessor s : u.successors()) {
            var found = reference.successorUnit(u, s);
            if (found.isEmpty()) {
                unresolved.add(u.id() + ": " + s);
                continue;
            }
            AdminUnit next = found.get();
            Resource resulting = model.createResource(iris.unit(next.id()));
            original.addProperty(PG.successor, resulting);
            resulting.addProperty(PG.predecessor, original);
            Resource change = model.createResource(iris.part(iris.unit(u.id()), "change/" + next.id()))
                    .addProperty(RDF.type, PG.UnitChange)
                    .addProperty(PG.originalUnit, original)
                    .addProperty(PG.resultingUnit, resulting);
            LocalDate day = u.validUntil() != null ? u.validUntil().plusDays(1) : null;
            String when = day == null ? "" : " (" + day + ")";
            ReferenceConcepts.labels(change, u.nameVi() + " → " + next.nameVi() + when,
                    englishName(u) + " → " + englishName(next) + when);
            if (day != null) change.addProperty(DCTerms.date, date(day));
            if (s.share() != null) change.addProperty(PG.share, s.share());
            if (s.note() != null) change.addProperty(RDFS.comment, model.createLiteral(s.note(), "en"));
            LegalAct basis = u.changeBasis() == null ? null : reference.acts().get(u.changeBasis());
            if (basis != null) change.addProperty(PG.legalBasis, actResource(basis, reference));
        }
    }

    private void act(LegalAct act, ReferenceData reference) {
        Resource r = actResource(act, reference)
                .addProperty(RDF.type, ELI.LegalResource)
                .addProperty(RDF.type, PG.Document)
                .addProperty(ELI.id_local, act.symbol())
                .addProperty(ELI.type_document, concepts.docType(act.type()));
        Body body = reference.body(act.body()).orElseThrow();
        r.addProperty(RDF.type, body.isParty() ? PG.PartyDocument : PG.StateDocument);
        r.addProperty(ELI.passed_by, model.createResource(iris.body(body.id())));
        if (act.date() != null) r.addProperty(ELI.date_document, date(act.date()));
        if (act.number() != null) r.addProperty(ELI.number, act.number());
    }

    private Resource actResource(LegalAct act, ReferenceData reference) {
        Body body = reference.body(act.body())
                .orElseThrow(() -> new IllegalArgumentException("acts.csv: unknown body " + act.body()));
        DocumentKey key = new DocumentKey(body.isParty() ? DocSystem.PARTY : DocSystem.STATE, body.register(),
                act.type(), act.period(), act.number(), act.number() == null ? act.symbol() : null);
        return model.createResource(iris.document(key));
    }

    private Literal date(LocalDate d) { return model.createTypedLiteral(d.toString(), XSDDatatype.XSDdate); }

    /** Vietnamese letters to ASCII, case kept: "Hải Phòng" to "Hai Phong", "Đồng Hòa" to "Dong Hoa". */
    static String ascii(String s) {
        String d = Normalizer.normalize(s.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD);
        return d.replaceAll("\\p{M}+", "");
    }
}
