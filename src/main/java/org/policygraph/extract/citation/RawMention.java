package org.policygraph.extract.citation;

import org.policygraph.model.DocSystem;
import org.policygraph.model.DocType;
import org.policygraph.model.PartialDate;

/**
 * One mention as found in the normalised text, before issuer, kind and identity are read.
 *
 * @param listStart   start of the first mention of its coordinated list (its own start when not in a list)
 * @param start       start of the mention (type word, or symbol when no word is printed)
 * @param end         end of the mention: symbol, date and issuer when attached, subject phrase excluded
 * @param form        which grammar found it
 * @param typeWord    type word as printed (white space folded), or null
 * @param type        type from the word, else from the symbol's code
 * @param symbol      symbol as printed, white space removed; a bare number; null for named decisions
 * @param symbolType  type named by the symbol's code, or null
 * @param system      Party or State, from the symbol's shape (null for bare numbers and named decisions)
 * @param issuerCode  issuer code of the symbol ("QU", "HĐND", "QH15"), or null
 * @param number      leading number as printed
 * @param year        year printed inside the symbol
 * @param date        date attached to the mention
 * @param issuer      body named right after the mention, or null
 * @param title       subject phrase ("về ..."), or null
 * @param named       for congress and conference resolutions and statutes: what names them
 */
record RawMention(int listStart, int start, int end, Form form, String typeWord, DocType type, String symbol, DocType symbolType,
                  DocSystem system, String issuerCode, String number, Integer year, PartialDate date,
                  IssuerPhrase issuer, String title, Named named) {

    enum Form { SYMBOL, BARE_NUMBER, CONGRESS, CONFERENCE, STATUTE }

    /**
     * What names an unnumbered decision.
     *
     * @param ordinal  congress (roman) or conference (number as digits) ordinal
     * @param term     committee term printed with it ("XIII"), or null
     * @param name     statute name, or null
     */
    record Named(String ordinal, String term, String name) {}

    boolean listMember() { return listStart < start; }

    /** The same mention reaching to {@code newEnd} (over a body named after it), with a subject phrase. */
    RawMention extendedTo(int newEnd, String newTitle) {
        return new RawMention(listStart, start, Math.max(end, newEnd), form, typeWord, type, symbol, symbolType, system, issuerCode,
                number, year, date, issuer, newTitle, named);
    }
}
