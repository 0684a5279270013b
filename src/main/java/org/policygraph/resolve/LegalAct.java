package org.policygraph.resolve;

import java.time.LocalDate;
import org.policygraph.model.DocType;

/**
 * A legal act named by the reference data itself (the legal basis of a change of administrative units), from
 * {@code data/reference/acts.csv}. Only what the reference states: symbol, type, issuing body, date, and the
 * period and number that make its identity key.
 */
public record LegalAct(String symbol, DocType type, String body, LocalDate date, String period, String number) {}
