package org.policygraph.resolve;

import java.util.List;
import java.util.Locale;
import org.policygraph.model.DocSystem;
import org.policygraph.model.DocType;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.DocumentKey;
import org.policygraph.model.PartialDate;

/**
 * Builds a document's identity key from what its header says (see {@link DocumentKey}).
 *
 * <ul>
 *   <li>Party: the issuer's register, the type, the term ("khoa-vi" from the printed term, else from the date
 *       when exactly one term of the register contains its year), and the number from the symbol;</li>
 *   <li>State: the issuer's register, the type, the year (printed in the symbol, else from the date) and the number;</li>
 *   <li>without a number: the qualifier "hoi-nghi-14" (the conference that passed it) or, failing that, the
 *       date ("2024-03"); without either there is no key.</li>
 * </ul>
 */
public final class DocumentIdentifier {
    private final ReferenceData reference;

    public DocumentIdentifier(ReferenceData reference) { this.reference = reference; }

    /** The key, or null when the header does not say enough (no issuer, or no type, or neither number nor qualifier). */
    public DocumentKey identify(DocumentHeader header) {
        DocType type = DocumentHeader.valueOf(header.type());
        Body body = reference.body(DocumentHeader.valueOf(header.issuer())).orElse(null);
        if (type == null || body == null) return null;
        DocSystem system = header.system() != null ? header.system() : body.isParty() ? DocSystem.PARTY : DocSystem.STATE;
        DocumentSymbol symbol = symbol(header);
        PartialDate date = DocumentHeader.valueOf(header.date());
        String number = symbol == null ? null : symbol.number();
        String qualifier = number != null ? null : qualifier(header, date);
        if (number == null && qualifier == null) return null;
        String period = system == DocSystem.PARTY ? term(body.register(), header, date) : year(symbol, date);
        return new DocumentKey(system, body.register(), type, period, number, qualifier);
    }

    /** The term slug: printed ("VI" -> "khoa-vi"), else the only term of the register the date can fall in. */
    private String term(String register, DocumentHeader header, PartialDate date) {
        String printed = DocumentHeader.valueOf(header.term());
        if (printed != null) return "khoa-" + printed.toLowerCase(Locale.ROOT);
        if (date == null || date.year() == null) return null;
        List<PartyTerm> terms = reference.termsContaining(register, date);
        return terms.size() == 1 ? terms.get(0).slug() : null;
    }

    private static String year(DocumentSymbol symbol, PartialDate date) {
        if (symbol != null && symbol.year() != null) return String.valueOf(symbol.year());
        return date != null && date.year() != null ? String.valueOf(date.year()) : null;
    }

    private static String qualifier(DocumentHeader header, PartialDate date) {
        Integer conference = DocumentHeader.valueOf(header.conference());
        if (conference != null) return "hoi-nghi-" + conference;
        return date != null && date.year() != null ? date.iso() : null;
    }

    private static DocumentSymbol symbol(DocumentHeader header) {
        String printed = DocumentHeader.valueOf(header.symbol());
        return printed == null ? null : DocumentSymbol.parse(printed).orElse(null);
    }
}
