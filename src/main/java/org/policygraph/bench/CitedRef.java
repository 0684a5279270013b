package org.policygraph.bench;

/**
 * Ground truth for one cited document in a generated file (one row per distinct document per file).
 *
 * @param symbol   canonical symbol, or null for a document cited by name or with a bare number
 * @param printed  the number as printed when only a bare number is given ("Nghị định 137"), else null
 * @param type     Vietnamese type word
 * @param date     ISO date written with a mention, or null
 * @param issuer   issuing body
 * @param level    central, city, district, ward
 * @param name     the name of a document cited without a number, or null
 * @param mentions how many times it is mentioned
 */
public record CitedRef(String symbol, String printed, String type, String date, String issuer, String level, String name, int mentions) {
    /** The same document mentioned again; a date printed with any mention is kept. */
    CitedRef again(CitedRef other) {
        return new CitedRef(symbol, printed, type, date != null ? date : other.date, issuer, level, name, mentions + 1);
    }
}
