package org.policygraph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.policygraph.model.DocSystem;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.DocumentKey;
import org.policygraph.model.Located;
import org.policygraph.model.PartialDate;
import org.policygraph.resolve.Body;
import org.policygraph.text.Span;

/**
 * Maps what a document says about itself. The document is typed {@code eli:LegalResource} and {@code pg:Document}
 * explicitly (and {@code pg:PartyDocument} / {@code pg:StateDocument}), so queries need no inference.
 * Each fact with a span gets its evidence through {@link FactWriter} (a reified statement per fact).
 * Nothing the header does not give is written: a partial date gives {@code pg:yearIssued}/{@code pg:monthIssued}
 * only, an unprinted symbol gives no {@code eli:id_local}, and a symbol printed with a blank number
 * ("Số: /BC-UBND") gives {@code pg:numberBlank true} and no {@code eli:id_local}, since it identifies nothing.
 */
public final class HeaderMapper implements PartMapper {
    private static final String VI = "vi";

    @Override
    public void map(DocumentAnalysis analysis, MappingContext ctx) {
        DocumentHeader h = analysis.header();
        Model m = ctx.model();
        IriScheme iris = ctx.iris();
        FactWriter facts = new FactWriter(ctx);
        Resource doc = ctx.document();
        doc.addProperty(RDF.type, ELI.LegalResource).addProperty(RDF.type, PG.Document);
        if (h == null) return;

        Body issuer = ctx.reference().body(DocumentHeader.valueOf(h.issuer())).orElse(null);
        DocSystem system = h.system() != null ? h.system()
                : issuer != null ? (issuer.isParty() ? DocSystem.PARTY : DocSystem.STATE) : null;
        if (system != null) doc.addProperty(RDF.type, system == DocSystem.PARTY ? PG.PartyDocument : PG.StateDocument);

        if (h.type() != null && h.type().value() != null)
            facts.fact(doc, ELI.type_document, m.createResource(iris.concept("doc-type", h.type().value().slug())), span(h.type()));
        if (h.typeWord() != null) doc.addProperty(PG.typeWord, m.createLiteral(h.typeWord(), VI));
        if (h.symbol() != null && h.symbol().value() != null && !h.numberBlank()) {
            facts.fact(doc, ELI.id_local, m.createLiteral(h.symbol().value()), span(h.symbol()));
        }
        String number = number(h, analysis.key());
        if (number != null) facts.fact(doc, ELI.number, m.createLiteral(number), span(h.symbol()));
        if (h.numberBlank()) doc.addLiteral(PG.numberBlank, m.createTypedLiteral(true));
        mapDate(h.date(), doc, m, facts);
        if (issuer != null) facts.fact(doc, ELI.passed_by, m.createResource(iris.body(issuer.id())), span(h.issuer()));
        else if (h.issuer() != null && h.issuer().value() != null)
            facts.fact(doc, ELI.passed_by, m.createResource(iris.body(h.issuer().value())), span(h.issuer()));
        if (h.level() != null) doc.addProperty(PG.level, m.createResource(iris.concept("level", h.level().slug())));
        if (h.unit() != null) doc.addProperty(PG.jurisdiction, m.createResource(iris.unit(h.unit())));
        String termSlug = h.term() == null || h.term().value() == null ? null
                : "khoa-" + h.term().value().toLowerCase(java.util.Locale.ROOT);
        String register = issuer != null ? issuer.register() : null;
        if (termSlug != null && register != null)
            facts.fact(doc, PG.term, m.createResource(iris.term(register, termSlug)), span(h.term()));
        if (h.conference() != null && h.conference().value() != null) {
            if (termSlug != null && register != null) {
                Resource conf = conference(ctx, register, h.term().value(), termSlug, h.conference().value());
                facts.fact(doc, PG.conference, conf, span(h.conference()));
                doc.addProperty(PG.passedAt, conf);
            } else {
                facts.fact(doc, PG.conference, m.createTypedLiteral(h.conference().value(), XSDDatatype.XSDinteger), span(h.conference()));
            }
        }
        if (h.planYear() != null && h.planYear().value() != null)
            facts.fact(doc, PG.planYear, year(m, h.planYear().value()), span(h.planYear()));
        text(facts, m, doc, PG.theme, h.theme());
        text(facts, m, doc, ELI.title, h.title());
        if (h.signer() != null && h.signer().value() != null)
            facts.fact(doc, PG.signer, m.createLiteral(h.signer().value()), span(h.signer()));
        if (h.signerRole() != null) doc.addProperty(PG.signerRole, m.createLiteral(h.signerRole(), VI));
        if (h.place() != null && h.place().value() != null)
            facts.fact(doc, PG.place, m.createLiteral(h.place().value(), VI), span(h.place()));
    }

    private static void mapDate(Located<PartialDate> located, Resource doc, Model m, FactWriter facts) {
        if (located == null || located.value() == null) return;
        PartialDate d = located.value();
        doc.addProperty(PG.datePrecision, d.isFull() ? "day" : d.month() != null ? "month" : "year");
        if (d.isFull()) {
            facts.fact(doc, ELI.date_document, m.createTypedLiteral(d.iso(), XSDDatatype.XSDdate), located.span());
            return;
        }
        if (d.year() != null) facts.fact(doc, PG.yearIssued, year(m, d.year()), located.span());
        if (d.month() != null)
            facts.fact(doc, PG.monthIssued, m.createTypedLiteral(d.iso(), XSDDatatype.XSDgYearMonth), located.span());
    }

    /**
     * The numbered conference of the register's full committee in a term, described where it is first named:
     * {@code a pg:Conference; pg:ordinal n; pg:term <term>; pg:heldBy <committee>; skos:prefLabel @vi, @en}.
     */
    private static Resource conference(MappingContext ctx, String register, String roman, String termSlug, int n) {
        Model m = ctx.model();
        Resource conf = m.createResource(ctx.iris().conference(register, termSlug, n))
                .addProperty(RDF.type, PG.Conference)
                .addLiteral(PG.ordinal, m.createTypedLiteral(n, XSDDatatype.XSDinteger))
                .addProperty(PG.term, m.createResource(ctx.iris().term(register, termSlug)));
        Body committee = ctx.reference().bodies().values().stream()
                .filter(b -> b.register().equals(register) && b.kind().equals("party-committee")).findFirst().orElse(null);
        String term = roman.toUpperCase(java.util.Locale.ROOT);
        if (committee != null) conf.addProperty(PG.heldBy, m.createResource(ctx.iris().body(committee.id())));
        ReferenceConcepts.labels(conf,
                "Hội nghị lần thứ " + n + (committee != null ? " " + committee.nameVi() : "") + " khóa " + term,
                BodyMapper.englishOrdinal(n) + " Conference" + (committee != null ? " of the " + committee.nameEn() : "") + ", term " + term);
        return conf;
    }

    /** The number as printed at the head of the symbol ("06"), else the key's number; null when unknown. */
    private static String number(DocumentHeader h, DocumentKey key) {
        if (h.numberBlank()) return null;
        if (h.symbol() != null && h.symbol().value() != null && !h.numberBlank()) {
            java.util.regex.Matcher mt = java.util.regex.Pattern.compile("^\\d+").matcher(h.symbol().value());
            if (mt.find()) return mt.group();
        }
        return key != null ? key.number() : null;
    }

    private static void text(FactWriter facts, Model m, Resource doc, org.apache.jena.rdf.model.Property p, Located<String> l) {
        if (l != null && l.value() != null && !l.value().isBlank()) facts.fact(doc, p, m.createLiteral(l.value(), VI), l.span());
    }

    private static Literal year(Model m, int year) {
        return m.createTypedLiteral(String.format("%04d", year), XSDDatatype.XSDgYear);
    }

    private static Span span(Located<?> l) { return l == null ? null : l.span(); }
}
