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
import org.policygraph.extract.citation.CitationExtractor;
import org.policygraph.model.Citation;
import org.policygraph.model.DocSystem;
import org.policygraph.model.DocType;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.DocumentKey;
import org.policygraph.model.PartialDate;

/**
 * Resolves citations across the loaded corpus, so that a cited document is one node whoever cites it and however it
 * is printed. The rules, each named in the {@link Link} it makes:
 * <ul>
 *   <li>{@code unique-loaded-match}: a citation whose key is incomplete (its term unknown) is linked to the one loaded
 *       document with the same register, type and number whose date agrees;</li>
 *   <li>{@code unnumbered-loaded-document}: a loaded document whose own number is unknown (a resolution identified
 *       only by body, type and date) is linked to a citation giving the same register, type and full date;</li>
 *   <li>{@code unique-cited-match}: an incomplete key that no loaded document fits is linked to the one identity with
 *       its register, type and number that the corpus's other citations give, complete or pinned by its printed day
 *       (a Party symbol printed once with its date, elsewhere without), when the dates agree;</li>
 *   <li>{@code statute-name-number}: a statute cited by its name and year alone ("Luật Đất đai năm 2024") is linked to
 *       the one statute of that type, name and year that the corpus's citations print with its number ("Luật Đất đai số
 *       31/2024/QH15"), when the dates agree.</li>
 * </ul>
 * Nothing is linked on a guess: when more than one identity fits, the candidates are narrowed to those that fit and
 * recorded, the key stays as printed, and the citations that print it alike share its node. A citation linked by
 * the corpus's other citations (the last two rules) carries the flag {@value #FLAG_FROM_CORPUS}.
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

    /**
     * The flag of a citation of a loaded document that prints another day than the document's own header: kept as
     * printed, the cited node keeps the document's own date.
     */
    public static final String FLAG_DATE_DIFFERS = "date-differs-from-loaded-document";

    /** The flag of a citation whose identity was completed from what other documents of the corpus print. */
    public static final String FLAG_FROM_CORPUS = "identity-from-corpus";

    /**
     * What one citation tells the corpus of a document it cites: its complete identity, the date printed with it, and
     * for a statute printed with name and number the slug of that name (as a name-only mention's key qualifies it).
     */
    public record Cited(DocumentKey key, PartialDate date, String statuteName) implements java.io.Serializable {}


    /**
     * The identities of the documents of one load, by register (system, register, type), and the complete identities
     * their citations give, by number and by statute name.
     */
    public static final class Index {
        private final Map<DocumentKey, Loaded> loaded = new HashMap<>();
        private final Map<Register, List<Loaded>> byRegister = new HashMap<>();
        private final Map<Slot, Map<DocumentKey, Printed>> byNumber = new HashMap<>();
        private final Map<Slot, Map<DocumentKey, Printed>> byStatuteName = new HashMap<>();

        /** Adds a document's identity; a second document of the same identity (a copy of the file) adds nothing. */
        public void add(Loaded l) {
            if (loaded.putIfAbsent(l.key(), l) == null) byRegister.computeIfAbsent(Register.of(l.key()), r -> new ArrayList<>()).add(l);
            if (l.key().isComplete() && l.key().number() != null) note(byNumber, Slot.number(l.key()), l.key(), l.date());
        }

        /** Adds what a citation of some document of the load gives of the document it cites. */
        public void add(Cited c) {
            note(byNumber, Slot.number(c.key()), c.key(), c.date());
            if (c.statuteName() == null) return;
            note(byStatuteName, Slot.name(c.key(), c.statuteName(), c.key().period()), c.key(), c.date());
            note(byStatuteName, Slot.name(c.key(), c.statuteName(), null), c.key(), c.date());
        }

        private static void note(Map<Slot, Map<DocumentKey, Printed>> map, Slot slot, DocumentKey key, PartialDate date) {
            map.computeIfAbsent(slot, s -> new HashMap<>()).computeIfAbsent(key, k -> new Printed()).add(date);
        }

        /** The complete identities given for an incomplete key's register, type and number, whose dates agree. */
        List<DocumentKey> numbered(DocumentKey k, PartialDate date) {
            return agreeing(byNumber.get(Slot.number(k)), date);
        }

        /**
         * The numbered statutes of a name-only key's type, name and year (any year when it prints none) whose dates
         * agree; of several, the one in force on {@code citingDate} when that can be told ({@link #inForce}).
         */
        List<DocumentKey> named(DocumentKey k, PartialDate date, PartialDate citingDate) {
            Map<DocumentKey, Printed> found = byStatuteName.get(Slot.name(k, k.qualifier(), k.period()));
            List<DocumentKey> fits = agreeing(found, date);
            if (fits.size() < 2) return fits;
            DocumentKey inForce = inForce(fits, found, citingDate);
            return inForce != null ? List.of(inForce) : fits;
        }

        /**
         * Of statutes of one name, the one in force on {@code day}: the latest issued on or before it, when every one
         * that counts has a printed date. A law of a name replaces the earlier law of that name (amending laws have names
         * of their own). A number printed with the name by a single document while another is printed by three or more
         * is taken as a misprint here (it stays a candidate elsewhere).
         */
        private static DocumentKey inForce(List<DocumentKey> fits, Map<DocumentKey, Printed> found, PartialDate day) {
            if (day == null || !day.isFull()) return null;
            int most = fits.stream().mapToInt(k -> found.get(k).documents).max().orElse(0);
            List<DocumentKey> counted = fits.stream().filter(k -> most < 3 || found.get(k).documents > 1).toList();
            if (counted.stream().anyMatch(k -> found.get(k).dates.size() != 1)) return null;
            java.time.LocalDate on = day.toLocalDate();
            return counted.stream().filter(k -> !found.get(k).issued().isAfter(on))
                    .max(java.util.Comparator.comparing(k -> found.get(k).issued())).orElse(null);
        }

        /** Those of the identities whose printed dates include {@code date}; when none prints it, those printed without one. */
        private static List<DocumentKey> agreeing(Map<DocumentKey, Printed> found, PartialDate date) {
            if (found == null) return List.of();
            java.util.Comparator<DocumentKey> byPath = java.util.Comparator.comparing(DocumentKey::path);
            if (date == null || !date.isFull()) return found.keySet().stream().sorted(byPath).toList();
            List<DocumentKey> same = found.entrySet().stream().filter(e -> e.getValue().dates.contains(date)).map(Map.Entry::getKey)
                    .sorted(byPath).toList();
            if (!same.isEmpty()) return same;
            return found.entrySet().stream().filter(e -> e.getValue().dates.isEmpty()).map(Map.Entry::getKey).sorted(byPath).toList();
        }

        /** The loaded document of key {@code k}, or null. */
        Loaded loaded(DocumentKey k) { return loaded.get(k); }

        List<Loaded> inRegister(DocumentKey k) { return byRegister.getOrDefault(Register.of(k), List.of()); }

        public int size() { return loaded.size(); }
    }

    private record Register(DocSystem system, String register, DocType type) {
        static Register of(DocumentKey k) { return new Register(k.system(), k.register(), k.type()); }
    }

    /** A register and type with a number (any period), or with a statute's name and year (null: any year). */
    private record Slot(DocSystem system, String register, DocType type, String name, String period) {
        static Slot number(DocumentKey k) { return new Slot(k.system(), k.register(), k.type(), k.number(), null); }

        static Slot name(DocumentKey k, String name, String year) { return new Slot(k.system(), k.register(), k.type(), name, year); }
    }

    /** How the corpus prints one identity: the full dates printed with it, and by how many citations (one per document). */
    private static final class Printed {
        final Set<PartialDate> dates = new HashSet<>();
        int documents;

        void add(PartialDate date) {
            documents++;
            if (date != null && date.isFull()) dates.add(date);
        }

        java.time.LocalDate issued() { return dates.iterator().next().toLocalDate(); }
    }

    /**
     * What {@code analysis}'s citations give the corpus: the numbered identities they cite, complete or pinned by a
     * printed day ({@link Citation#nodeKey}), so that an undated mention joins the one dated document of its symbol.
     */
    public static List<Cited> cited(DocumentAnalysis analysis) {
        List<Cited> out = new ArrayList<>();
        for (Citation c : analysis.citations()) {
            DocumentKey k = c.nodeKey();  // a key without its term but with its day is named by the day
            if (c.self() || k == null || !k.isComplete() || k.number() == null) continue;
            String name = CitationExtractor.STATUTES.contains(k.type()) && c.symbol() != null
                    ? CitationExtractor.statuteName(c.title(), c.typeWord()) : null;
            out.add(new Cited(k, c.date(), name));
        }
        return out;
    }

    public Result resolve(List<DocumentAnalysis> analyses) {
        List<Link> links = new ArrayList<>();
        List<DocumentAnalysis> own = analyses.stream().map(a -> identify(a, links::add)).toList();
        Index index = new Index();
        own.forEach(a -> loaded(a).ifPresent(index::add));
        own.forEach(a -> cited(a).forEach(index::add));
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
        if (k == null) return c;
        Loaded same = index.loaded(k);
        if (same != null) return datesAgree(c, same.date()) ? c : c.withFlag(FLAG_DATE_DIFFERS);
        List<Loaded> register = index.inRegister(k);
        List<Loaded> unnumbered = register.stream().filter(l -> l.key().number() == null
                && c.date() != null && c.date().isFull() && c.date().equals(l.date())).toList();
        if (unnumbered.size() == 1) return link(a, i, c, unnumbered.get(0).key(), "unnumbered-loaded-document", links);
        if (k.number() == null && k.qualifier() != null && CitationExtractor.STATUTES.contains(k.type()))
            return fromCorpus(a, i, c, index.named(k, c.date(), ownDate(a)), "statute-name-number", links);
        if (k.isComplete() || k.number() == null) return c;
        List<Loaded> fits = register.stream().filter(l -> Objects.equals(l.key().number(), k.number())
                && (c.date() == null || l.date() == null || c.date().equals(l.date()))).toList();
        if (fits.size() == 1) return link(a, i, c, fits.get(0).key(), "unique-loaded-match", links);
        if (fits.size() > 1) return c.withKey(k, fits.stream().map(Loaded::key).toList());
        return fromCorpus(a, i, c, index.numbered(k, c.date()), "unique-cited-match", links);
    }

    private static boolean datesAgree(Citation c, PartialDate loaded) {
        return c.date() == null || loaded == null || !c.date().isFull() || !loaded.isFull() || c.date().equals(loaded);
    }

    /** Links to the one identity the corpus's citations give, else records those that fit as candidates. */
    private static Citation fromCorpus(DocumentAnalysis a, int i, Citation c, List<DocumentKey> fits, String reason, Consumer<Link> links) {
        if (fits.size() == 1 && fits.get(0).equals(c.nodeKey())) return c;
        if (fits.size() == 1) {
            links.accept(new Link(a.source().name(), i, c.key(), fits.get(0), reason));
            return c.withKey(fits.get(0), List.of()).withFlag(FLAG_FROM_CORPUS);
        }
        return fits.isEmpty() ? c : c.withKey(c.key(), fits);
    }

    private static Citation link(DocumentAnalysis a, int i, Citation c, DocumentKey to, String reason, Consumer<Link> links) {
        links.accept(new Link(a.source().name(), i, c.key(), to, reason));
        return c.withKey(to, List.of());
    }

    private static PartialDate ownDate(DocumentAnalysis a) {
        PartialDate d = a.header() == null ? null : DocumentHeader.valueOf(a.header().date());
        if (d != null) return d;
        return a.citations().stream().filter(Citation::self).map(Citation::date).filter(Objects::nonNull).findFirst().orElse(null);
    }


    private static DocumentAnalysis copy(DocumentAnalysis a, DocumentKey key, List<Citation> citations) {
        return new DocumentAnalysis(a.source(), a.text(), a.header(), key, a.sections(), citations, a.targets(), a.figures(),
                a.tasks(), a.warnings());
    }
}
