package org.policygraph.bench;

import java.time.LocalDate;

/**
 * The identity of one synthetic document, whether it is written into the corpus or only cited.
 *
 * @param type        document type
 * @param number      leading number, null when printed blank (a draft) or when the document is cited by name only
 * @param symbol      full symbol as it should read ("06-NQ/QU", "32/2018/NQ-HĐND"), null when unnumbered
 * @param date        date of issue (null when unknown)
 * @param blankDay    the day is printed blank ("ngày   tháng 3 năm 2024")
 * @param issuer      the issuing body's full name ("Ban Chấp hành Đảng bộ quận Kiến An")
 * @param issuerShort the name as written inside the issuer's own area ("Ban Chấp hành Đảng bộ quận")
 * @param level       central, city, district, ward
 * @param unit        the unit whose body issued it
 * @param subject     the "về ..." phrase, or null
 * @param name        for documents cited without a number: the name ("Nghị quyết Đại hội XIII của Đảng")
 */
record DocId(DocType type, Integer number, String symbol, LocalDate date, boolean blankDay, String issuer,
             String issuerShort, String level, Unit unit, String subject, String name) {

    boolean numbered() { return symbol != null; }

    DocId withSubject(String s) { return new DocId(type, number, symbol, date, blankDay, issuer, issuerShort, level, unit, s, name); }
}
