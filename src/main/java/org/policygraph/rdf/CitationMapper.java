package org.policygraph.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.policygraph.extract.citation.CitationExtractor;
import org.policygraph.model.Citation;
import org.policygraph.model.CitationKind;
import org.policygraph.model.DocSystem;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.DocumentKey;
import org.policygraph.model.Mention;
import org.policygraph.resolve.CorpusResolver;

/**
 * Maps the citation part of an analysis into the document's graph.
 *
 * <pre>
 * &lt;doc&gt; eli:cites &lt;cited&gt; ;  eli:based_on &lt;cited&gt;          (legal basis only)
 * &lt;doc/citation/3&gt; a pg:Citation ; pg:citing &lt;doc&gt; ; pg:cited &lt;cited&gt; ;
 *     pg:citationKind &lt;concept/citation-kind/implementation&gt; ; pg:mentionCount 2 ;
 *     pg:evidence [ ... one per mention ... ] ; pg:flag "type-word-contradicts-symbol" .
 * &lt;cited&gt; a eli:LegalResource, pg:PartyDocument ; eli:id_local "06-NQ/QU" ; eli:type_document &lt;concept/doc-type/nq&gt; ;
 *     eli:date_document "2023-12-15"^^xsd:date ; eli:passed_by &lt;body/kien-an-qu-bch&gt; ; pg:level &lt;concept/level/district&gt; .
 * </pre>
 *
 * The cited document's IRI comes from its identity key, so the same document cited from several files is one
 * node, and a cited document that is loaded later is the same node as the loaded one. What a citation says about
 * a cited document lives in the citing document's graph; a loaded document is the one whose own graph holds a
 * {@code prov:wasDerivedFrom} a {@code pg:SourceFile} (a cited document is "not loaded" when no graph says so).
 * A key without its term is incomplete: the node gets {@code pg:ambiguous true} and a {@code pg:candidate} per
 * possible complete key; it is shared by the citations that print the key alike (see {@link #cited}).
 * The document's own identity ({@code self}) is the document itself, whose facts the header mapping writes; a
 * document that prints two dates for one symbol states no date for it.
 */
public final class CitationMapper implements PartMapper {
    @Override
    public void map(DocumentAnalysis analysis, MappingContext ctx) {
        Resource doc = ctx.document();
        List<Citation> citations = analysis.citations();
        Map<Resource, Set<String>> datesOf = new HashMap<>();
        List<Resource> citedNodes = new ArrayList<>();
        for (int i = 0; i < citations.size(); i++) {
            Citation c = citations.get(i);
            Resource cited = c.self() ? null : cited(c, i, ctx);
            citedNodes.add(cited);
            if (cited != null && c.date() != null && c.date().isFull())
                datesOf.computeIfAbsent(cited, k -> new TreeSet<>()).add(c.date().iso());
        }
        for (int i = 0; i < citations.size(); i++) {
            Citation c = citations.get(i);
            if (c.self()) continue;  // the document's own identity: its header facts, mapped by HeaderMapper
            Resource cited = citedNodes.get(i);
            boolean datesDisagree = datesOf.getOrDefault(cited, Set.of()).size() > 1;
            if (datesDisagree) cited.addProperty(PG.flag, CitationExtractor.FLAG_CONFLICTING_DATES);
            describe(cited, c, !datesDisagree && !c.flags().contains(CorpusResolver.FLAG_DATE_DIFFERS), ctx);
            doc.addProperty(ELI.cites, cited);
            if (c.kind() == CitationKind.LEGAL_BASIS) doc.addProperty(ELI.based_on, cited);
            citationNode(doc, cited, c, i, ctx);
        }
    }

    private static Resource citationNode(Resource doc, Resource cited, Citation c, int i, MappingContext ctx) {
        Model m = ctx.model();
        Resource node = m.createResource(ctx.iris().part(base(doc, ctx), "citation/" + (i + 1)))
                .addProperty(RDF.type, PG.Citation)
                .addProperty(PG.citing, doc)
                .addProperty(PG.cited, cited)
                .addProperty(PG.citationKind, m.createResource(ctx.iris().concept("citation-kind", c.kind().slug())))
                .addLiteral(PG.mentionCount, m.createTypedLiteral(c.mentions().size(), XSDDatatype.XSDinteger));
        for (Mention mention : c.mentions()) ctx.evidence(node, mention.span());
        for (String flag : c.flags()) node.addProperty(PG.flag, flag);
        return node;
    }

    /**
     * The cited document's node: by its key when complete. An incomplete key (term unknown) with a full date is
     * named by that date instead of the term (the same register, type, number and day are one document); without a
     * date by the key as printed ({@code unknown-period}), so that the citations printing it alike share one node.
     * Both are marked ambiguous, with the candidates; so is a complete key that the corpus left with candidates (a
     * statute cited by name and year when the corpus prints two numbers for that name and year).
     */
    private static Resource cited(Citation c, int i, MappingContext ctx) {
        Model m = ctx.model();
        DocumentKey k = c.key();
        if (k != null && k.isComplete() && c.candidates().isEmpty()) return m.createResource(ctx.iris().document(k));
        Resource r = k != null ? m.createResource(ctx.iris().document(c.nodeKey()))
                : m.createResource(ctx.iris().part(base(ctx.document(), ctx), "cited/" + (i + 1)));
        r.addLiteral(PG.ambiguous, true);
        for (DocumentKey candidate : c.candidates()) r.addProperty(PG.candidate, m.createResource(ctx.iris().document(candidate)));
        return r;
    }

    /**
     * States what the mention says of the cited document. {@code stateDate} is false when this document prints
     * different dates for the same document (one symbol, two dates): the dates stay in the quoted mentions and
     * the node is flagged, since neither can be chosen without a guess.
     */
    private static void describe(Resource r, Citation c, boolean stateDate, MappingContext ctx) {
        Model m = ctx.model();
        r.addProperty(RDF.type, ELI.LegalResource);
        DocSystem system = c.key() != null ? c.key().system() : null;
        if (system != null) r.addProperty(RDF.type, system == DocSystem.PARTY ? PG.PartyDocument : PG.StateDocument);
        if (c.symbol() != null) r.addProperty(ELI.id_local, c.symbol());
        if (c.type() != null) r.addProperty(ELI.type_document, m.createResource(ctx.iris().concept("doc-type", c.type().slug())));
        if (c.typeWord() != null) r.addProperty(PG.typeWord, c.typeWord());
        if (stateDate && c.date() != null && c.date().isFull() && !c.flags().contains(CitationExtractor.FLAG_CONFLICTING_DATES)) {
            r.addProperty(ELI.date_document, m.createTypedLiteral(c.date().iso(), XSDDatatype.XSDdate));
        }
        if (c.issuer() != null) r.addProperty(ELI.passed_by, m.createResource(ctx.iris().body(c.issuer())));
        if (c.level() != null) r.addProperty(PG.level, m.createResource(ctx.iris().concept("level", c.level().slug())));
        if (c.title() != null) r.addProperty(ELI.title, m.createLiteral(c.title(), "vi"));
        // a document cited without a symbol (a congress resolution, a statute) is named as the text names it
        if (c.symbol() == null && !c.mentions().isEmpty())
            r.addProperty(RDFS.label, m.createLiteral(c.mentions().get(0).surface(), "vi"));
    }

    /** IRI the parts of the citing document hang from: its own, or its source file's when it has no identity. */
    private static String base(Resource doc, MappingContext ctx) {
        return doc.isURIResource() ? doc.getURI() : ctx.iris().source(ctx.analysis().source().sha256());
    }
}
