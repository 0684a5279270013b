package org.policygraph.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * How a source file's text was obtained: its media type, the parser, the legacy-encoding conversion applied, the
 * pages (as offsets into the text) and OCR, when any.
 *
 * @param mediaType   IANA media type of the file ("application/pdf")
 * @param parser      what read it ("Apache PDFBox 3.0.7", "Apache Tika 3.3.1 OfficeParser", "UTF-8 text")
 * @param conversion  legacy encodings converted to Unicode ("tcvn3 (1203 words)"), or "" when none
 * @param pageStarts  offset in the text where each page starts (page 1 at index 0); empty for unpaged formats
 * @param ocr         OCR used on some pages or images, or null
 */
public record SourceReading(String mediaType, String parser, String conversion, int[] pageStarts, Ocr ocr)
        implements Serializable {

    /**
     * @param engine          "Tesseract"
     * @param version         the engine's version ("5.3.0")
     * @param language        its language data ("vie")
     * @param meanConfidence  mean word confidence, 0-100
     * @param units           pages or images recognised
     */
    public record Ocr(String engine, String version, String language, double meanConfidence, int units)
            implements Serializable {}

    /** A plain UTF-8 text file. */
    public static SourceReading plainText() { return new SourceReading("text/plain", "UTF-8 text", "", new int[0], null); }

    public boolean paged() { return pageStarts.length > 0; }

    /** The 1-based page holding text offset {@code offset}, or 0 for an unpaged text. */
    public int pageAt(int offset) {
        if (!paged()) return 0;
        int i = Arrays.binarySearch(pageStarts, offset);
        return i >= 0 ? i + 1 : Math.max(1, -i - 1);
    }
}
