package org.policygraph.read;

import org.policygraph.model.SourceReading;

/** Adds up the OCR of one file's pages or images into its {@link SourceReading.Ocr}. */
final class OcrTally {
    private final Ocr ocr;
    private double confidenceSum;
    private int words;
    private int units;

    OcrTally(Ocr ocr) { this.ocr = ocr; }

    String add(Ocr.Result r) {
        confidenceSum += r.meanConfidence() * r.words();
        words += r.words();
        units++;
        return r.text();
    }

    SourceReading.Ocr summary() {
        if (units == 0) return null;
        double mean = words == 0 ? 0 : Math.round(confidenceSum / words * 10) / 10.0;
        return new SourceReading.Ocr("Tesseract", ocr.version(), Ocr.LANGUAGE, mean, units);
    }
}
