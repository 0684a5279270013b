package org.policygraph.bench;

import java.util.List;

/**
 * One generated text with its ground truth.
 *
 * @param kind       party-resolution, central, council-resolution, directive, report
 * @param self       the document's own identity
 * @param text       the text as written to the file
 * @param cited      distinct cited documents
 * @param indicators numbered target indicators written
 * @param figures    reported figures ("3 tháng ước thực hiện ...") written
 * @param tasks      numbered task headings written
 * @param selfPrinted the document prints its own symbol (header or appendix); a resolution whose header was lost and
 *                   that has no appendix does not
 */
record GeneratedDocument(String kind, DocId self, String text, List<CitedRef> cited, int indicators, int figures, int tasks,
                         boolean selfPrinted) {}
