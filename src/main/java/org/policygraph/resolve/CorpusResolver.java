package org.policygraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.policygraph.model.Citation;
import org.policygraph.model.DocSystem;
import org.policygraph.model.DocType;
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
 *
 * <p>Two steps, so that a large load need not hold every analysis at once: {@link #identify} each document (its own
 * identity), collect the identities in an {@link Index}, then {@link #resolve(DocumentAnalysis, Index, Consumer)}
 * each document's citations against the index.
 */
public final class CorpusResolver {

    /**
     * One link made: the citation {@code citation} of document {@code document} now has key {@code to}.
     *
     * @param reason  "unique-loaded-match", "unnumbered-loaded-document", "own-appendix-symbol"
     */
    public record Link(String document, int citation, DocumentKey from, DocumentKey to, String reason) {}

    public record Result(List<DocumentAnalysis> analyses, List<Link> links) {}

    /** A loaded document's identity and date: all that resolution needs to know of it. */
    public record Loaded(DocumentKey key, PartialDate date) {}

    /** The identities of the documents of one load, by register (system, register, type). */
    public static final class Index {
        private final Set<DocumentKey> keys = new HashSet<>();
        private final Map<Register, List<Loaded>> byRegister = new HashMap<>();

        /** Adds a document's identity; a second document of the same identity (a copy of the file) adds nothing. */
        public void add(Loaded l) {
            if (keys.add(l.key())) byRegister.computeIfAbsent(Register.of(l.key()), r -> new ArrayList<>()).add(l);
        }

        boolean contains(DocumentKey k) { return keys.contains(k); }

        List<Loaded> inRegister(DocumentKey k) { return byRegister.getOrDefault(Register.of(k), List.of()); }

        public int size() { return keys.size(); }
    }

    private record Register(DocSystem system, String register, DocType type) {
        static Register of(DocumentKey k) { return new Register(k.system(), k.register(), k.type()); }
    }

    public Result resolve(List<DocumentAnalysis> analyses) {
        List<Link> links = new ArrayList<>();
        List<DocumentAnalysis> own = analyses.stream().map(a -> identify(a, links::add)).toList();
        Index index = new Index();
        own.forEach(a -> loaded(a).ifPresent(index::add));
        List<DocumentAnalysis> out = own.stream().map(a -> resolve(a, index, links::add)).toList();
        return new Result(out, links);
    }

    /** Step 1: a document whose header gives no identity takes the one its own appendix heading prints. */
    public static DocumentAnalysis identify(DocumentAnalysis a, Consumer<Link> links) {
        if (a.key() != null) return a;
        for (int i = 0; i < a.citations().size(); i++) {
            Citation c = a.citations().get(i);
            if (c.self() && c.key() != null && c.key().isComplete()) {
                links.accept(new Link(a.source().name(), i, null, c.key(), "own-appendix-symbol"));
                return copy(a, c.key(), a.citations());
            }
        }
        return a;
    }

    /** The identity an identified document adds to the index, if it has one. */
    public static Optional<Loaded> loaded(DocumentAnalysis identified) {
        return identified.key() == null ? Optional.empty() : Optional.of(new Loaded(identified.key(), ownDate(identified)));
    }

    /** Step 2: the document with its citations resolved against the index of the load. */
    public static DocumentAnalysis resolve(DocumentAnalysis a, Index index, Consumer<Link> links) {
        List<Citation> cs = new ArrayList<>();
        for (int i = 0; i < a.citations().size(); i++) {
            Citation c = a.citations().get(i);
            cs.add(c.self() ? c : resolve(a, i, c, index, links));
        }
        return copy(a, a.key(), cs);
    }

    private static Citation resolve(DocumentAnalysis a, int i, Citation c, Index index, Consumer<Link> links) {
        DocumentKey k = c.key();
        if (k == null || index.contains(k)) return c;
        List<Loaded> register = index.inRegister(k);
        List<Loaded> unnumbered = register.stream().filter(l -> l.key().number() == null
                && c.date() != null && c.date().isFull() && c.date().equals(l.date())).toList();
        if (unnumbered.size() == 1) return link(a, i, c, unnumbered.get(0).key(), "unnumbered-loaded-document", links);
        if (k.isComplete() || k.number() == null) return c;
        List<Loaded> fits = register.stream().filter(l -> Objects.equals(l.key().number(), k.number())
                && (c.date() == null || l.date() == null || c.date().equals(l.date()))).toList();
        if (fits.size() == 1) return link(a, i, c, fits.get(0).key(), "unique-loaded-match", links);
        if (fits.size() > 1) return with(c, k, fits.stream().map(Loaded::key).toList());
        return c;
    }

    private static Citation link(DocumentAnalysis a, int i, Citation c, DocumentKey to, String reason, Consumer<Link> links) {
        links.accept(new Link(a.source().name(), i, c.key(), to, reason));
        return with(c, to, List.of());
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
