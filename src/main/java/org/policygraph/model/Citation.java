package org.policygraph.model;

import java.util.List;

/**
 * A distinct document cited by (or, when {@code self}, identifying) the citing document, with all its mentions.
 *
 * @param key         resolved identity; null when the mention does not say enough to identify one document
 * @param candidates  when {@code key} is null or incomplete: the identities it could be (never merged on a guess)
 * @param type        document type (from the type word, or from the symbol when no word is printed)
 * @param typeWord    the type word as printed ("Nghị quyết"), or null
 * @param symbol      symbol as printed, whitespace removed, printed errors kept; a bare number gives that number
 * @param number      leading number as printed
 * @param year        year printed inside the symbol, or null
 * @param date        date stated with the mention, or null
 * @param issuer      reference id of the issuing body, or null
 * @param issuerName  Vietnamese name of the issuing body, without the term
 * @param level       level of the issuer
 * @param title       subject phrase from "về ...", or null
 * @param kind        the strongest kind among the mentions (legal basis over implementation over mention)
 * @param self        true when this is the citing document's own identity (e.g. from its appendix heading)
 * @param mentions    every mention, in text order
 * @param flags       printed inconsistencies kept as printed ("type-word-contradicts-symbol")
 */
public record Citation(
        DocumentKey key,
        List<DocumentKey> candidates,
        DocType type,
        String typeWord,
        String symbol,
        String number,
        Integer year,
        PartialDate date,
        String issuer,
        String issuerName,
        Level level,
        String title,
        CitationKind kind,
        boolean self,
        List<Mention> mentions,
        List<String> flags) implements java.io.Serializable {

    /** This citation with another identity and candidates, all else as printed. */
    public Citation withKey(DocumentKey newKey, List<DocumentKey> newCandidates) {
        return new Citation(newKey, newCandidates, type, typeWord, symbol, number, year, date, issuer, issuerName, level, title, kind,
                self, mentions, flags);
    }

    /** This citation with one more flag. */
    public Citation withFlag(String flag) {
        List<String> more = new java.util.ArrayList<>(flags);
        more.add(flag);
        return new Citation(key, candidates, type, typeWord, symbol, number, year, date, issuer, issuerName, level, title, kind,
                self, mentions, List.copyOf(more));
    }

    /**
     * The identity of the cited document's node: the key, except that an incomplete key (term unknown) printed with a
     * full date is named by that date instead of the term ({@code period} "on-2025-08-13"): the same register, type,
     * number and day are one document. Null when the citation has no key. Citations and derivation links share it.
     */
    public DocumentKey nodeKey() {
        if (key == null || key.isComplete() || date == null || !date.isFull()) return key;
        return new DocumentKey(key.system(), key.register(), key.type(), "on-" + date.iso(), key.number(), key.qualifier());
    }
}
