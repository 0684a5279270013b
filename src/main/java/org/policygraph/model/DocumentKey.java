package org.policygraph.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The identity of a document, from which its IRI is built (never from a file name).
 *
 * <p>Party documents: (register, type, number, term), because a Party office numbers each type from 01
 * in each committee term; the full committee and its standing committee share one register.
 * State normative documents: (issuer, type, number, year printed in the symbol); administrative ones take
 * the year from the date. Unnumbered but identifiable documents (congress resolutions, resolutions of a
 * numbered conference, a report whose number is blank) carry a {@code qualifier} instead of a number.
 *
 * @param system    Party or State
 * @param register  slug of the office that numbers the document ("kien-an-qu", "hai-phong-tu", "tw", "qh", "kien-an-ubnd")
 * @param type      document type
 * @param period    Party: term slug ("khoa-vi"); State: year ("2018"); null when unknown
 * @param number    number without leading zeros, or null
 * @param qualifier for unnumbered documents: "dai-hoi-xiii", "hoi-nghi-14", "2024-03"; else null
 */
public record DocumentKey(DocSystem system, String register, DocType type, String period, String number, String qualifier) implements java.io.Serializable {
    public DocumentKey {
        Objects.requireNonNull(system);
        Objects.requireNonNull(register);
        Objects.requireNonNull(type);
        if (number != null) number = stripZeros(number);
        if (number == null && qualifier == null) throw new IllegalArgumentException("a key needs a number or a qualifier");
    }

    /** A key is complete when the period is known: only then is it safe to merge on it. */
    public boolean isComplete() { return period != null; }

    /** Path below the base IRI: doc/party/kien-an-qu/nq/khoa-vi/06. */
    public String path() {
        List<String> parts = new ArrayList<>(List.of("doc", system.slug(), register, type.slug()));
        parts.add(period == null ? "unknown-period" : period);
        parts.add(number != null ? pad(number) : qualifier);
        return String.join("/", parts);
    }

    private static String stripZeros(String n) {
        String s = n.replaceFirst("^0+(?=\\d)", "");
        return s;
    }

    private static String pad(String n) { return n.length() == 1 ? "0" + n : n; }
}
