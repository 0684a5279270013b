package org.policygraph.derive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.policygraph.model.Citation;
import org.policygraph.model.CitationKind;
import org.policygraph.model.DocType;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.DocumentKey;
import org.policygraph.model.Mention;
import org.policygraph.model.Task;
import org.policygraph.resolve.Body;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.text.Span;

/**
 * Document- and task-level links from the words and from structure.
 * <ul>
 *   <li>explicit: a document or task implements a document it cites with implementation words ("thực hiện",
 *       "cụ thể hóa", "triển khai", "tiếp tục thực hiện"); a report reports on the document it cites so;
 *       high confidence, the mention as evidence;</li>
 *   <li>structure: an annual resolution for year Y derives from the annual resolution for year Y of the body
 *       its issuer answers to (the issuer's parent bodies, from the reference data); a People's Council or
 *       People's Committee document for year Y implements the Party resolution of its own unit for year Y;
 *       a report of a unit for year Y reports on that unit's resolution for the year; medium or low confidence.</li>
 * </ul>
 */
final class DocumentLinker {
    private final ReferenceData reference;
    private final String version;

    DocumentLinker(ReferenceData reference, String version) {
        this.reference = reference;
        this.version = version;
    }

    /**
     * The explicit links of one document; {@code loaded} gives the loaded document of a cited key, or null. A citation
     * nested in another's subject phrase ({@link ImplementationChain}) is implemented by the document of that other
     * citation, loaded or not, with this document's words as evidence; the rest by this document and its tasks.
     */
    List<Link> explicit(DocumentAnalysis a, Function<DocumentKey, LinkEnd> loaded) {
        List<Link> out = new ArrayList<>();
        boolean report = type(a) == DocType.BAO_CAO;
        LinkEnd self = LinkEnd.document(a);
        Map<Mention, ImplementationChain.Governor> governors = ImplementationChain.governors(a);
        for (int i = 0; i < a.citations().size(); i++) {
            Citation c = a.citations().get(i);
            if (c.self() || c.key() == null || c.key().equals(a.key())) continue;
            LinkEnd cited = end(c.nodeKey(), loaded);
            List<Mention> implementing = new ArrayList<>();
            for (Mention m : c.mentions()) {
                if (m.kind() != CitationKind.IMPLEMENTATION && m.kind() != CitationKind.REPORTS_ON) continue;
                ImplementationChain.Governor g = governors.get(m);
                DocumentKey by = g == null ? null : a.citations().get(g.citation()).nodeKey();
                if (by == null || by.equals(c.nodeKey())) implementing.add(m);
                else out.add(new Link(cited, end(by, loaded), LinkKind.IMPLEMENTS, Confidence.HIGH,
                        explicitEvidence(a, new Span(g.mention().span().start(), m.span().end())), version));
            }
            if (implementing.isEmpty()) continue;
            Mention first = implementing.get(0);
            LinkKind kind = report || first.kind() == CitationKind.REPORTS_ON ? LinkKind.REPORTS_ON : LinkKind.IMPLEMENTS;
            out.add(new Link(cited, self, kind, Confidence.HIGH, explicitEvidence(a, clause(a, first.span())), version));
            for (Mention m : implementing) {
                Task t = deepestTask(a.tasks(), m.span());
                if (t == null) continue;
                LinkEnd task = LinkEnd.task(a, t.number(), t.span());
                out.add(new Link(cited, task, LinkKind.IMPLEMENTS, Confidence.HIGH, explicitEvidence(a, clause(a, m.span())), version));
            }
        }
        return dedupe(out);
    }

    private static LinkEnd end(DocumentKey key, Function<DocumentKey, LinkEnd> loaded) {
        LinkEnd found = loaded.apply(key);
        return found != null ? found : LinkEnd.cited(key, null);
    }

    /**
     * Structural links among placed documents, but for the pairs in {@code existing} ({@link #pair} of links already
     * made). Read, not copied: it can hold a whole load's pairs.
     */
    List<Link> structural(List<Placed> docs, Set<String> existing) {
        Set<String> linked = new HashSet<>();
        List<Link> out = new ArrayList<>();
        for (Placed lower : docs) {
            for (Placed upper : docs) {
                if (upper == lower || upper.year() == null || !Objects.equals(upper.year(), lower.year())) continue;
                Link l = structuralLink(upper, lower);
                if (l == null) continue;
                String pair = pair(l.from(), l.to());
                if (!existing.contains(pair) && linked.add(pair)) out.add(l);
            }
        }
        return out;
    }

    private Link structuralLink(Placed upper, Placed lower) {
        Integer upperPlan = planYear(upper), lowerPlan = planYear(lower);
        if (upperPlan == null) return null;
        LinkEnd from = LinkEnd.document(upper.analysis());
        LinkEnd to = LinkEnd.document(lower.analysis());
        if (lowerPlan != null && upper.isParty() && lower.isParty() && answersTo(lower.body(), upper.body())) {
            return structure(from, to, LinkKind.IMPLEMENTS, Confidence.MEDIUM, String.format(
                    "Both are the annual resolutions for %d; %s answers to %s, so the lower resolution adapts the higher one.",
                    upperPlan, name(lower.body()), name(upper.body())));
        }
        if (lowerPlan != null && upper.isParty() && !lower.isParty() && upper.sameUnit(lower) && type(lower.analysis()) != DocType.BAO_CAO) {
            return structure(from, to, LinkKind.IMPLEMENTS, Confidence.MEDIUM, String.format(
                    "A state body's document for %d implements the Party resolution of its own unit for the same year.", upperPlan));
        }
        if (type(lower.analysis()) == DocType.BAO_CAO && upper.sameUnit(lower) && type(upper.analysis()) != DocType.BAO_CAO) {
            return structure(from, to, LinkKind.REPORTS_ON, Confidence.LOW, String.format(
                    "A report of the same unit on %d, the year the resolution plans for.", upperPlan));
        }
        return null;
    }

    private Link structure(LinkEnd from, LinkEnd to, LinkKind kind, Confidence confidence, String note) {
        return new Link(from, to, kind, confidence, new Evidence("document-structure", null, null, Map.of(), null, note), version);
    }

    /** True when {@code upper} is above {@code lower} in the chain of parent bodies (sharing the register counts: full and standing committee). */
    private boolean answersTo(Body lower, Body upper) {
        if (lower == null || upper == null) return false;
        Set<String> seen = new HashSet<>();
        for (Body b = reference.body(lower.parent()).orElse(null); b != null && seen.add(b.id()); b = reference.body(b.parent()).orElse(null)) {
            if (b.register().equals(upper.register())) return !lower.register().equals(upper.register());
        }
        return false;
    }

    private static Integer planYear(Placed p) { return p.analysis().header() == null ? null : DocumentHeader.valueOf(p.analysis().header().planYear()); }

    private static DocType type(DocumentAnalysis a) { return a.header() == null ? null : DocumentHeader.valueOf(a.header().type()); }

    private static String name(Body b) { return b.nameEn(); }

    /**
     * The clause of a mention: from the clause's start (after "." or ":" or a blank line, at most 200 characters back;
     * ";" and single line breaks are no boundary: lists share one verb, PDF text breaks lines mid-sentence) through
     * the mention.
     */
    private static Span clause(DocumentAnalysis a, Span mention) {
        String text = a.text().original();
        int from = mention.start();
        int limit = Math.max(0, from - 200);
        while (from > limit && !isClauseBoundary(text, from - 1)) from--;
        while (from < mention.start() && Character.isWhitespace(text.charAt(from))) from++;
        return new Span(from, mention.end());
    }

    /** The evidence of an explicit link: the words that say so. */
    private static Evidence explicitEvidence(DocumentAnalysis a, Span words) {
        Quote said = Quote.of(a, words);
        return new Evidence("explicit-citation", null, said, Map.of(), null, "The text says so: \"" + said.folded() + "\".");
    }

    private static boolean isClauseBoundary(String text, int i) {
        char c = text.charAt(i);
        return c == '.' && !(i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) || c == ':' || c == '\n' && blankLineBefore(text, i);
    }

    /** The line ending at {@code newline} holds no words (blank, or only table and emphasis marks of web text). */
    private static boolean blankLineBefore(String text, int newline) {
        for (int j = newline - 1; j >= 0 && text.charAt(j) != '\n'; j--) if (Character.isLetterOrDigit(text.charAt(j))) return false;
        return true;
    }

    /** The innermost task whose span holds the mention. */
    static Task deepestTask(List<Task> tasks, Span mention) {
        Task best = null;
        for (Task t : tasks) {
            if (t.span().contains(mention) && (best == null || best.span().contains(t.span()))) best = t;
        }
        return best;
    }

    private static List<Link> dedupe(List<Link> links) {
        Map<String, Link> out = new LinkedHashMap<>();
        for (Link l : links) out.putIfAbsent(pair(l.from(), l.to()) + "|" + l.kind(), l);
        return new ArrayList<>(out.values());
    }

    static String pair(LinkEnd a, LinkEnd b) { return end(a) + ">" + end(b); }

    private static String end(LinkEnd e) {
        return (e.document() == null ? e.seed() : e.document().path()) + "#" + Objects.toString(e.partPath(), "");
    }
}
