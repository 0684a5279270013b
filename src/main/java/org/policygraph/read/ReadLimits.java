package org.policygraph.read;

/**
 * Bounds on reading one file, so that a huge or hostile file is refused instead of exhausting memory or time.
 *
 * @param maxBytes     file size
 * @param maxChars     characters of extracted text
 * @param maxPages     pages of a PDF
 * @param maxOcrPages  pages or images of one file read by OCR
 * @param seconds      time to read one file (parsing and OCR)
 */
public record ReadLimits(long maxBytes, long maxChars, int maxPages, int maxOcrPages, long seconds) {
    public static final long DEFAULT_MAX_BYTES = org.policygraph.text.SourceDecoder.DEFAULT_MAX_BYTES;

    public static ReadLimits defaults() { return of(DEFAULT_MAX_BYTES); }

    /** The default limits with another file-size limit. */
    public static ReadLimits of(long maxBytes) { return new ReadLimits(maxBytes, 8_000_000, 2000, 100, 600); }
}
