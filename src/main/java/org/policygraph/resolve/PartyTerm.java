package org.policygraph.resolve;

/**
 * A committee term (nhiệm kỳ, khóa) of a Party register, from {@code data/reference/terms.csv}.
 * Only the years are recorded: a date inside the boundary years cannot be placed in a term by itself.
 */
public record PartyTerm(String register, String term, String congress, int fromYear, int toYear) {

    /** IRI slug of the term: "khoa-vi". */
    public String slug() { return "khoa-" + term.toLowerCase(java.util.Locale.ROOT); }
}
