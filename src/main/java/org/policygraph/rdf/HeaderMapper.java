package org.policygraph.rdf;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.policygraph.model.DocSystem;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.DocumentKey;
import org.policygraph.model.Located;
import org.policygraph.model.PartialDate;
import org.policygraph.model.PrintedBody;
import org.policygraph.resolve.Body;

/**
 * Maps what a document says about itself. The document is typed {@code eli:LegalResource} and {@code pg:Document}
 * explicitly (and {@code pg:PartyDocument} / {@code pg:StateDocument}), so queries need no inference.
 * Each fact with a span gets its evidence through {@link FactWriter} (a reified statement per fact).
 * Nothing the header does not give is written: a partial date gives {@code pg:yearIssued}/{@code pg:monthIssued}
 * only, an unprinted symbol gives no {@code eli:id_local}, and a symbol printed with a blank number
 * ("Số: /BC-UBND") gives {@code pg:numberBlank true} and no {@code eli:id_local}, since it identifies nothing.
 * An issuer that is not in the reference data gives no {@code eli:passed_by}.
 */
public final class HeaderMapper implements PartMapper {
    private static final String VI = "vi";
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d+");

    @Override
    public void map(DocumentAnalysis analysis, MappingContext ctx) {
        ctx.document().addProperty(RDF.type, ELI.LegalResource).addProperty(RDF.type, PG.Document);
        if (analysis.header() != null) new Writer(analysis, ctx).write();
    }

    /** The mapping of one header. */
    private static final class Writer {
        private final DocumentHeader h;
        private final DocumentKey key;
        private final MappingContext ctx;
        private final Model m;
        private final Resource doc;
        private final FactWriter facts;
        private final Body issuer;

        Writer(DocumentAnalysis analysis, MappingContext ctx) {
            this.h = analysis.header();
            this.key = analysis.key();
            this.ctx = ctx;
            this.m = ctx.model();
            this.doc = ctx.document();
            this.facts = new FactWriter(ctx);
            this.issuer = ctx.reference().body(DocumentHeader.valueOf(h.issuer())).orElse(null);
        }

        void write() {
            system();
            identity();
            date();
            issuer();
            meeting();
            if (h.planYear() != null && h.planYear().value() != null) fact(PG.planYear, year(h.planYear().value()), h.planYear());
            text(PG.theme, h.theme());
            text(ELI.title, h.title());
            if (h.signer() != null && h.signer().value() != null) fact(PG.signer, m.createLiteral(h.signer().value()), h.signer());
            if (h.signerRole() != null) doc.addProperty(PG.signerRole, m.createLiteral(h.signerRole(), VI));
            text(PG.place, h.place());
        }

        private void system() {
            DocSystem system = h.system() != null ? h.system()
                    : issuer != null ? (issuer.isParty() ? DocSystem.PARTY : DocSystem.STATE) : null;
            if (system != null) doc.addProperty(RDF.type, system == DocSystem.PARTY ? PG.PartyDocument : PG.StateDocument);
        }

        /** Type, symbol and number. */
        private void identity() {
            if (h.type() != null && h.type().value() != null)
                fact(ELI.type_document, m.createResource(ctx.iris().concept("doc-type", h.type().value().slug())), h.type());
            if (h.typeWord() != null) doc.addProperty(PG.typeWord, m.createLiteral(h.typeWord(), VI));
            if (h.numberBlank()) {
                doc.addLiteral(PG.numberBlank, m.createTypedLiteral(true));
                return;
            }
            String symbol = DocumentHeader.valueOf(h.symbol());
            if (symbol != null) fact(ELI.id_local, m.createLiteral(symbol), h.symbol());
            Matcher printed = LEADING_NUMBER.matcher(symbol == null ? "" : symbol);
            String number = printed.find() ? printed.group() : key != null ? key.number() : null;
            if (number != null) fact(ELI.number, m.createLiteral(number), h.symbol());
        }

        private void date() {
            Located<PartialDate> located = h.date();
            if (located == null || located.value() == null) return;
            PartialDate d = located.value();
            doc.addProperty(PG.datePrecision, d.isFull() ? "day" : d.month() != null ? "month" : "year");
            if (d.isFull()) {
                fact(ELI.date_document, m.createTypedLiteral(d.iso(), XSDDatatype.XSDdate), located);
                return;
            }
            if (d.year() != null) fact(PG.yearIssued, year(d.year()), located);
            if (d.month() != null) fact(PG.monthIssued, m.createTypedLiteral(d.iso(), XSDDatatype.XSDgYearMonth), located);
        }

        private void issuer() {
            if (issuer != null) fact(ELI.passed_by, m.createResource(ctx.iris().body(issuer.id())), h.issuer());
            if (h.printedIssuer() != null) fact(ELI.passed_by, printedBody(h.printedIssuer().value()), h.printedIssuer());
            if (h.level() != null) doc.addProperty(PG.level, m.createResource(ctx.iris().concept("level", h.level().slug())));
            if (h.unit() != null) doc.addProperty(PG.jurisdiction, m.createResource(ctx.iris().unit(h.unit())));
        }

        /**
         * A body the header prints but the reference does not hold: an org:Organization labelled as printed, with its
         * kind, level, unit and parent (org:subOrganizationOf) when the header gives them.
         */
        private Resource printedBody(PrintedBody p) {
            Resource b = m.createResource(ctx.iris().printedBody(p.parentId(), p.name()))
                    .addProperty(RDF.type, ORG.Organization)
                    .addProperty(RDFS.label, m.createLiteral(p.name(), VI))
                    .addProperty(SKOS.prefLabel, m.createLiteral(p.name(), VI));
            if (p.kind() != null) b.addProperty(PG.bodyKind, m.createResource(ctx.iris().concept("body-kind", p.kind())));
            if (p.level() != null) b.addProperty(PG.level, m.createResource(ctx.iris().concept("level", p.level().slug())));
            if (p.unit() != null) b.addProperty(PG.jurisdiction, m.createResource(ctx.iris().unit(p.unit())));
            if (p.parentId() != null) b.addProperty(ORG.subOrganizationOf, m.createResource(ctx.iris().body(p.parentId())));
            else if (p.parentName() != null) b.addProperty(PG.printedParent, m.createLiteral(p.parentName(), VI));
            return b;
        }

        /** Term and conference: resources when the register and term are known, else the bare conference number. */
        private void meeting() {
            String roman = DocumentHeader.valueOf(h.term());
            String termSlug = roman == null ? null : "khoa-" + roman.toLowerCase(Locale.ROOT);
            String register = issuer != null ? issuer.register() : null;
            boolean known = termSlug != null && register != null;
            if (known) fact(PG.term, m.createResource(ctx.iris().term(register, termSlug)), h.term());
            Integer n = DocumentHeader.valueOf(h.conference());
            if (n == null) return;
            if (!known) {
                fact(PG.conference, m.createTypedLiteral(n, XSDDatatype.XSDinteger), h.conference());
                return;
            }
            Resource conf = conference(register, roman.toUpperCase(Locale.ROOT), termSlug, n);
            fact(PG.conference, conf, h.conference());
            doc.addProperty(PG.passedAt, conf);
        }

        /**
         * The numbered conference of the register's full committee in a term, described where it is named:
         * {@code a pg:Conference; pg:ordinal n; pg:term <term>; pg:heldBy <committee>; skos:prefLabel @vi, @en}.
         */
        private Resource conference(String register, String term, String termSlug, int n) {
            Resource conf = m.createResource(ctx.iris().conference(register, termSlug, n))
                    .addProperty(RDF.type, PG.Conference)
                    .addLiteral(PG.ordinal, m.createTypedLiteral(n, XSDDatatype.XSDinteger))
                    .addProperty(PG.term, m.createResource(ctx.iris().term(register, termSlug)));
            Body committee = ctx.reference().bodyOfRegister(register, "party-committee").orElse(null);
            if (committee != null) conf.addProperty(PG.heldBy, m.createResource(ctx.iris().body(committee.id())));
            ReferenceConcepts.labels(conf,
                    "Hội nghị lần thứ " + n + (committee != null ? " " + committee.nameVi() : "") + " khóa " + term,
                    BodyMapper.englishOrdinal(n) + " Conference" + (committee != null ? " of the " + committee.nameEn() : "")
                            + ", term " + term);
            return conf;
        }

        private void text(Property p, Located<String> l) {
            if (l != null && l.value() != null && !l.value().isBlank()) fact(p, m.createLiteral(l.value(), VI), l);
        }

        private void fact(Property p, RDFNode o, Located<?> from) { facts.fact(doc, p, o, from == null ? null : from.span()); }

        private Literal year(int y) { return m.createTypedLiteral(String.format("%04d", y), XSDDatatype.XSDgYear); }
    }
}
