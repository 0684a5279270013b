package org.policygraph.resolve;

import java.util.List;
import java.util.Locale;
import org.policygraph.model.DocSystem;
import org.policygraph.model.DocType;
import org.policygraph.model.DocumentKey;
import org.policygraph.model.PartialDate;

/**
 * Gives a cited document its identity key from what its mention says (see {@link DocumentKey}).
 * Party: (register, type, term, number); the term is the printed one, else the one the date falls in when only
 * one term of the register contains that year; otherwise the key is incomplete and the terms it could be are
 * the candidates. State: (register, type, year, number), the year printed in the symbol, else the date's.
 * Nothing is merged on a guess: an incomplete key never equals a complete one.
 */
public final class CitationResolver {
    private final ReferenceData reference;

    public CitationResolver(ReferenceData reference) { this.reference = reference; }

    /**
     * What a mention says about the cited document's identity.
     *
     * @param system      Party or State
     * @param register    numbering register ("kien-an-qu", "tw", "hai-phong-hdnd"), or null when unknown
     * @param type        type named by the symbol's code, else by the type word
     * @param number      number as printed, or null
     * @param symbolYear  year printed inside the symbol, or null
     * @param date        date stated with the mention, or null
     * @param term        committee term printed with it ("XVI"), or null
     * @param qualifier   for unnumbered documents ("dai-hoi-xiii", "hoi-nghi-8"), or null
     */
    public record Facts(DocSystem system, String register, DocType type, String number, Integer symbolYear,
                        PartialDate date, String term, String qualifier) {}

    /** A key (possibly incomplete) and, when incomplete, the complete keys it could be. */
    public record Identity(DocumentKey key, List<DocumentKey> candidates) {
        public static final Identity NONE = new Identity(null, List.of());
    }

    public Identity identify(Facts f) {
        if (f.register() == null || f.type() == null || f.system() == null || (f.number() == null && f.qualifier() == null)) {
            return Identity.NONE;
        }
        if (f.system() == DocSystem.STATE) {
            Integer year = f.symbolYear() != null ? f.symbolYear() : f.date() == null ? null : f.date().year();
            return new Identity(key(f, year == null ? null : String.valueOf(year)), List.of());
        }
        if (f.term() != null) return new Identity(key(f, termSlug(f.register(), f.term())), List.of());
        List<PartyTerm> terms = f.date() == null || f.date().year() == null
                ? reference.terms(f.register())
                : reference.termsContaining(f.register(), f.date());
        if (terms.size() == 1 && f.date() != null) return new Identity(key(f, terms.get(0).slug()), List.of());
        return new Identity(key(f, null), terms.stream().map(t -> key(f, t.slug())).toList());
    }

    /** The slug of a printed term ("XIII" -> "khoa-xiii"). */
    public String termSlug(String register, String roman) {
        return reference.term(register, roman).map(PartyTerm::slug).orElse("khoa-" + roman.toLowerCase(Locale.ROOT));
    }

    private static DocumentKey key(Facts f, String period) {
        return new DocumentKey(f.system(), f.register(), f.type(), period, f.number(), f.qualifier());
    }
}
