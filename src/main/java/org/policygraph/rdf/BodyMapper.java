package org.policygraph.rdf;

import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.policygraph.resolve.Body;
import org.policygraph.resolve.BodyKind;
import org.policygraph.resolve.PartyTerm;
import org.policygraph.resolve.ReferenceData;

/**
 * Issuing bodies as W3C ORG organisations, Party committee terms and congresses, into the reference graph.
 *
 * <pre>
 * body/kien-an-qu-bch  a org:Organization, pg:PartyCommittee; skos:prefLabel "..."@vi, "..."@en;
 *                      skos:altLabel "Quận ủy"@vi; org:subOrganizationOf body/hai-phong-tu-bch;
 *                      pg:bodyKind concept/body-kind/party-committee; pg:jurisdiction unit/quan-kien-an;
 *                      pg:level concept/level/district; pg:register; pg:symbolCode; pg:validFrom; pg:validUntil
 * term/kien-an-qu/khoa-vi        a pg:Term; pg:termOf body/kien-an-qu-bch; pg:romanNumeral "VI"; pg:fromYear 2020
 * congress/kien-an-qu/vi         a pg:Congress; pg:heldBy body/kien-an-qu-bch; pg:ordinal 6; pg:term term/.../khoa-vi
 * </pre>
 */
public final class BodyMapper {
    /** The project class of a kind of body; every body is also an org:Organization. */
    private static Resource classOf(BodyKind kind) {
        return switch (kind) {
            case PARTY_COMMITTEE -> PG.PartyCommittee;
            case STANDING_COMMITTEE -> PG.StandingCommittee;
            case PEOPLES_COUNCIL -> PG.PeoplesCouncil;
            case PEOPLES_COMMITTEE -> PG.PeoplesCommittee;
            default -> kind.isParty() ? PG.PartyBody : PG.StateBody;
        };
    }

    private final Model model;
    private final IriScheme iris;
    private final ReferenceConcepts concepts;

    public BodyMapper(Model model, IriScheme iris, ReferenceConcepts concepts) {
        this.model = model;
        this.iris = iris;
        this.concepts = concepts;
    }

    public void map(ReferenceData reference) {
        reference.bodies().values().forEach(this::body);
        for (PartyTerm t : reference.terms()) term(t, committee(reference, t.register()));
    }

    private void body(Body b) {
        BodyKind kind = b.bodyKind().orElseThrow(() -> new IllegalArgumentException("bodies.csv: unknown kind " + b.kind() + " of " + b.id()));
        Resource r = model.createResource(iris.body(b.id()))
                .addProperty(RDF.type, ORG.Organization)
                .addProperty(RDF.type, classOf(kind))
                .addProperty(PG.bodyKind, concepts.bodyKind(kind))
                .addProperty(PG.jurisdiction, model.createResource(iris.unit(b.unit())))
                .addProperty(PG.level, concepts.level(b.level()))
                .addProperty(PG.register, b.register());
        if (b.symbolCode() != null) r.addProperty(PG.symbolCode, b.symbolCode());
        if (b.validFrom() != null) r.addProperty(PG.validFrom, date(b.validFrom()));
        if (b.validUntil() != null) r.addProperty(PG.validUntil, date(b.validUntil()));
        ReferenceConcepts.labels(r, b.nameVi(), b.nameEn());
        r.addProperty(PG.shortName, model.createLiteral(b.shortVi(), "vi"));
        r.addProperty(SKOS.altLabel, model.createLiteral(b.shortVi(), "vi"));
        for (String alt : b.altVi()) r.addProperty(SKOS.altLabel, model.createLiteral(alt, "vi"));
        if (b.parent() != null) r.addProperty(ORG.subOrganizationOf, model.createResource(iris.body(b.parent())));
    }

    private void term(PartyTerm t, Optional<Body> committee) {
        Resource term = model.createResource(iris.term(t.register(), t.slug()))
                .addProperty(RDF.type, PG.Term)
                .addProperty(PG.romanNumeral, t.term())
                .addProperty(PG.fromYear, model.createTypedLiteral(String.valueOf(t.fromYear()), XSDDatatype.XSDgYear))
                .addProperty(PG.toYear, model.createTypedLiteral(String.valueOf(t.toYear()), XSDDatatype.XSDgYear));
        String years = " (" + t.fromYear() + "–" + t.toYear() + ")";
        String ofVi = committee.map(b -> " " + b.nameVi()).orElse("");
        String ofEn = committee.map(b -> ", " + b.nameEn()).orElse("");
        ReferenceConcepts.labels(term, "Khóa " + t.term() + years + ofVi, "Term " + t.term() + years + ofEn);
        committee.ifPresent(b -> term.addProperty(PG.termOf, model.createResource(iris.body(b.id()))));
        if (t.congress() == null || t.congress().isBlank()) return;
        int ordinal = roman(t.congress());
        Resource congress = model.createResource(iris.congress(t.register(), t.congress()))
                .addProperty(RDF.type, PG.Congress)
                .addLiteral(PG.ordinal, model.createTypedLiteral(ordinal, XSDDatatype.XSDinteger))
                .addProperty(PG.term, term);
        ReferenceConcepts.labels(congress, "Đại hội lần thứ " + t.congress() + ofVi.replaceFirst("^ Ban Chấp hành ", " "),
                englishOrdinal(ordinal) + " Congress" + ofEn);
        committee.ifPresent(b -> congress.addProperty(PG.heldBy, model.createResource(iris.body(b.id()))));
    }

    private org.apache.jena.rdf.model.Literal date(java.time.LocalDate d) { return model.createTypedLiteral(d.toString(), XSDDatatype.XSDdate); }

    /** The full Party committee that numbers a register's documents. */
    private static Optional<Body> committee(ReferenceData reference, String register) {
        return reference.bodyOfRegister(register, "party-committee");
    }

    /** Value of an upper-case Roman numeral ("XVI" = 16). */
    static int roman(String numeral) {
        String digits = "IVXLC";
        int[] values = {1, 5, 10, 50, 100};
        int total = 0;
        int previous = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int k = digits.indexOf(numeral.charAt(i));
            if (k < 0) throw new IllegalArgumentException("not a Roman numeral: " + numeral);
            int v = values[k];
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }

    /** "16th", "21st", "13th". */
    static String englishOrdinal(int n) {
        String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
