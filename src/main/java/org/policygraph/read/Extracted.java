package org.policygraph.read;

import org.policygraph.model.SourceReading;

/**
 * What one format reader got from a file.
 *
 * @param text        the text (legacy encodings converted when {@code conversion} is not null)
 * @param parser      the parser that read it
 * @param pageStarts  offsets where pages start, empty when unpaged
 * @param ocr         OCR used, or null
 * @param conversion  the legacy conversion already applied ("" none), or null when the caller is to apply it
 */
record Extracted(String text, String parser, int[] pageStarts, SourceReading.Ocr ocr, String conversion) {
    static Extracted unpaged(String text, String parser, SourceReading.Ocr ocr) {
        return new Extracted(text, parser, new int[0], ocr, null);
    }
}
