package org.policygraph.bench;

import java.util.List;

/**
 * Ground truth for one generated file, one JSON line in {@code manifest.jsonl}.
 *
 * @param file       file name
 * @param kind       party-resolution, central, council-resolution, directive, report
 * @param level      central, city, district, ward
 * @param unit       the issuing unit ("Quận Kiến An")
 * @param parent     the unit above it
 * @param issuer     the issuing body
 * @param type       Vietnamese type word
 * @param symbol     the document's own symbol, null for a draft with a blank number
 * @param symbolPrinted the text prints its own symbol (a resolution may carry it only in a lost header)
 * @param date       ISO date of issue
 * @param blankDay   the day is printed blank
 * @param year       the year the document is about
 * @param cited      distinct cited documents
 * @param indicators numbered target indicators
 * @param figures    reported figures
 * @param tasks      numbered task headings
 * @param bytes      size of the file in UTF-8
 */
public record ManifestRow(String file, String kind, String level, String unit, String parent, String issuer, String type,
                          String symbol, boolean symbolPrinted, String date, boolean blankDay, int year, List<CitedRef> cited, int indicators,
                          int figures, int tasks, int bytes) {}
