package org.policygraph.bench;

/**
 * One document to generate: which unit's body writes which kind of document for which year.
 *
 * @param index   position in the corpus (names the file)
 * @param kind    what to write
 * @param unit    the issuing unit
 * @param year    the year the document is about (annual resolutions are adopted in December of the year before)
 * @param quarter the quarter of a report; for central documents, the document's index within its year
 */
record Slot(int index, Kind kind, Unit unit, int year, int quarter) {
    enum Kind { CENTRAL, PARTY_RESOLUTION, COUNCIL_RESOLUTION, DIRECTIVE, REPORT }
}
