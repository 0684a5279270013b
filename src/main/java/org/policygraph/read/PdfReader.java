package org.policygraph.read;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.policygraph.text.InputRejectedException;

/**
 * PDF through Apache PDFBox, page by page: the text layer in content-stream order (which keeps a header's two
 * columns apart, each in its own lines), with blanks under stamped numbers and dates filled ({@link StampedFields}),
 * legacy encodings converted per page, page chrome removed
 * ({@link PageChrome}). A page without usable text (a scan: a picture and under {@value #MIN_LETTERS} letters, or a text
 * layer whose words are mostly not Vietnamese, such as a wrong character map: "CØNG HOÀXÃ HØI") is rendered at
 * {@value #DPI} dpi and read by {@link Ocr}.
 */
final class PdfReader {
    static final int MIN_LETTERS = 80;
    static final double MIN_WELL_FORMED = 0.8;
    static final int DPI = 300;

    private final LegacyEncoding legacy;
    private final Ocr ocr;
    private final ReadLimits limits;

    PdfReader(LegacyEncoding legacy, Ocr ocr, ReadLimits limits) {
        this.legacy = legacy;
        this.ocr = ocr;
        this.limits = limits;
    }

    Extracted read(Path file, byte[] bytes) throws InputRejectedException {
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(bytes), "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            int n = pdf.getNumberOfPages();
            if (n == 0) throw new InputRejectedException(file, -1, "is a PDF without pages");
            if (n > limits.maxPages())
                throw new InputRejectedException(file, -1, "is a PDF of " + n + " pages, more than the limit of " + limits.maxPages() + " pages");
            List<String> pages = new ArrayList<>(n);
            Map<String, Integer> conversions = new LinkedHashMap<>();
            List<Integer> needOcr = new ArrayList<>();
            OcrTally tally = new OcrTally(ocr);
            StampedFields stripper = new StampedFields(pdf, ocr, tally);
            long chars = 0;
            for (int i = 1; i <= n; i++) {
                LegacyEncoding.Converted c = legacy.convert(stripper.page(i - 1));
                c.words().forEach((r, w) -> conversions.merge(r.name().toLowerCase(java.util.Locale.ROOT), w, Integer::sum));
                pages.add(c.text());
                if (!usable(c.text()) && (hasImages(pdf.getPage(i - 1)) || isGarbled(c.text()))) needOcr.add(i);
                chars += c.text().length();
                if (chars > limits.maxChars())
                    throw new InputRejectedException(file, -1, "holds more than " + limits.maxChars() + " characters of text");
            }
            if (!needOcr.isEmpty()) ocrPages(file, pdf, needOcr, pages, tally);
            List<String> clean = PageChrome.strip(pages);
            StringBuilder text = new StringBuilder();
            int[] starts = new int[n];
            for (int i = 0; i < n; i++) {
                if (i > 0) text.append("\n\n");
                starts[i] = text.length();
                text.append(clean.get(i));
            }
            String conversion = String.join(", ", conversions.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + " words)").toList());
            return new Extracted(text.toString(), "Apache PDFBox " + org.apache.pdfbox.util.Version.getVersion(), starts, tally.summary(), conversion);
        } catch (InvalidPasswordException e) {
            throw new InputRejectedException(file, -1, "is an encrypted PDF that needs a password to open");
        } catch (IOException e) {
            throw new InputRejectedException(file, -1, "is not a readable PDF (damaged or truncated): " + e.getMessage());
        }
    }

    /** Enough letters, and most words Vietnamese in some reading. */
    boolean usable(String pageText) {
        long letters = pageText.chars().filter(Character::isLetter).count();
        return letters >= MIN_LETTERS && legacy.wellFormedShare(pageText) >= MIN_WELL_FORMED;
    }

    /** A text layer with words, most of which are not Vietnamese in any reading (a wrong character map). */
    boolean isGarbled(String pageText) {
        return pageText.chars().filter(Character::isLetter).count() >= 20 && legacy.wellFormedShare(pageText) < MIN_WELL_FORMED;
    }

    /** The page draws a picture (a scanned page is one), directly or in a form. */
    private static boolean hasImages(PDPage page) throws IOException {
        PDResources res = page.getResources();
        if (res == null) return false;
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            if (x instanceof PDImageXObject) return true;
            if (x instanceof PDFormXObject f && f.getResources() != null)
                for (COSName inner : f.getResources().getXObjectNames())
                    if (f.getResources().getXObject(inner) instanceof PDImageXObject) return true;
        }
        return false;
    }

    private void ocrPages(Path file, PDDocument pdf, List<Integer> needOcr, List<String> pages, OcrTally tally)
            throws InputRejectedException, IOException {
        if (!ocr.available())
            throw new InputRejectedException(file, -1, "is a scan or has a garbled text layer on " + describe(needOcr, pages.size())
                    + ", and OCR is not installed: it needs " + Ocr.PACKAGES);
        if (needOcr.size() > limits.maxOcrPages())
            throw new InputRejectedException(file, -1, "needs OCR on " + needOcr.size() + " pages, more than the limit of "
                    + limits.maxOcrPages() + " pages");
        PDFRenderer renderer = new PDFRenderer(pdf);
        for (int page : needOcr) {
            BufferedImage image = renderer.renderImageWithDPI(page - 1, DPI, ImageType.GRAY);
            pages.set(page - 1, tally.add(ocr.recognise(image)));
        }
    }

    private static String describe(List<Integer> pages, int of) {
        return pages.size() == of ? "all " + of + " pages" : pages.size() + " of " + of + " pages (" + pages + ")";
    }
}
