package org.policygraph.resolve;

import java.time.LocalDate;

/**
 * A committee term (nhiệm kỳ, khóa) of a Party register, from {@code data/reference/terms.csv}: the years it spans
 * and, where the reference records them, the days of the congress that opened it. Without those days a date inside
 * a boundary year cannot be placed in a term by itself.
 *
 * @param congressOpened first day of the congress that opened the term, or null when not recorded
 * @param congressClosed last day of that congress, or null
 */
public record PartyTerm(String register, String term, String congress, int fromYear, int toYear,
                        LocalDate congressOpened, LocalDate congressClosed) {

    /** IRI slug of the term: "khoa-vi". */
    public String slug() { return "khoa-" + term.toLowerCase(java.util.Locale.ROOT); }
}
