package org.policygraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.policygraph.model.Citation;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.DocumentKey;
import org.policygraph.model.PartialDate;

/**
 * Resolves citations across the loaded corpus. A citation whose key is incomplete (its term unknown) is linked
 * to the one loaded document with the same register, type and number whose date agrees; a loaded document whose
 * own number is unknown (a resolution identified only by body, type and date) is linked to a citation giving the
 * same register, type and full date. Nothing is linked when more than one loaded document fits: the candidates
 * are narrowed to those that fit and the key stays incomplete.
 */
public final class CorpusResolver {

    /**
     * One link made: the citation {@code citation} of document {@code document} now has key {@code to}.
     *
     * @param reason  "unique-loaded-match", "unnumbered-loaded-document", "own-appendix-symbol"
     */
    public record Link(String document, int citation, DocumentKey from, DocumentKey to, String reason) {}

    public record Result(List<DocumentAnalysis> analyses, List<Link> links) {}

    /** A loaded document's identity and date. */
    private record Loaded(DocumentKey key, PartialDate date) {}

    public Result resolve(List<DocumentAnalysis> analyses) {
        List<Link> links = new ArrayList<>();
        List<DocumentAnalysis> own = analyses.stream().map(a -> withOwnKey(a, links)).toList();
        List<Loaded> loaded = own.stream().filter(a -> a.key() != null).map(a -> new Loaded(a.key(), ownDate(a))).toList();
        List<DocumentAnalysis> out = new ArrayList<>();
        for (DocumentAnalysis a : own) {
            List<Citation> cs = new ArrayList<>();
            for (int i = 0; i < a.citations().size(); i++) {
                Citation c = a.citations().get(i);
                cs.add(c.self() ? c : resolve(a, i, c, loaded, links));
            }
            out.add(copy(a, a.key(), cs));
        }
        return new Result(out, links);
    }

    private static Citation resolve(DocumentAnalysis a, int i, Citation c, List<Loaded> loaded, List<Link> links) {
        DocumentKey k = c.key();
        if (k == null) return c;
        boolean isLoaded = loaded.stream().anyMatch(l -> l.key().equals(k));
        if (isLoaded) return c;
        List<Loaded> unnumbered = loaded.stream().filter(l -> l.key().number() == null && sameRegister(l.key(), k)
                && c.date() != null && c.date().isFull() && c.date().equals(l.date())).toList();
        if (unnumbered.size() == 1) return link(a, i, c, unnumbered.get(0).key(), "unnumbered-loaded-document", links);
        if (k.isComplete() || k.number() == null) return c;
        List<Loaded> fits = loaded.stream().filter(l -> sameRegister(l.key(), k) && Objects.equals(l.key().number(), k.number())
                && (c.date() == null || l.date() == null || c.date().equals(l.date()))).toList();
        if (fits.size() == 1) return link(a, i, c, fits.get(0).key(), "unique-loaded-match", links);
        if (fits.size() > 1) return with(c, k, fits.stream().map(Loaded::key).toList());
        return c;
    }

    private static boolean sameRegister(DocumentKey a, DocumentKey b) {
        return a.system() == b.system() && a.register().equals(b.register()) && a.type() == b.type();
    }

    private static Citation link(DocumentAnalysis a, int i, Citation c, DocumentKey to, String reason, List<Link> links) {
        links.add(new Link(a.source().name(), i, c.key(), to, reason));
        return with(c, to, List.of());
    }

    /** A document whose header gives no identity takes the one its own appendix heading prints. */
    private static DocumentAnalysis withOwnKey(DocumentAnalysis a, List<Link> links) {
        if (a.key() != null) return a;
        for (int i = 0; i < a.citations().size(); i++) {
            Citation c = a.citations().get(i);
            if (c.self() && c.key() != null && c.key().isComplete()) {
                links.add(new Link(a.source().name(), i, null, c.key(), "own-appendix-symbol"));
                return copy(a, c.key(), a.citations());
            }
        }
        return a;
    }

    private static PartialDate ownDate(DocumentAnalysis a) {
        PartialDate d = a.header() == null ? null : DocumentHeader.valueOf(a.header().date());
        if (d != null) return d;
        return a.citations().stream().filter(Citation::self).map(Citation::date).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static Citation with(Citation c, DocumentKey key, List<DocumentKey> candidates) {
        return new Citation(key, candidates, c.type(), c.typeWord(), c.symbol(), c.number(), c.year(), c.date(), c.issuer(),
                c.issuerName(), c.level(), c.title(), c.kind(), c.self(), c.mentions(), c.flags());
    }

    private static DocumentAnalysis copy(DocumentAnalysis a, DocumentKey key, List<Citation> citations) {
        return new DocumentAnalysis(a.source(), a.text(), a.header(), key, a.sections(), citations, a.targets(), a.figures(),
                a.tasks(), a.warnings());
    }
}
