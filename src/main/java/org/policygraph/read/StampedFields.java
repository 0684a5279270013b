package org.policygraph.read;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Signed PDFs whose number and date are stamped by the signing service into signature widgets drawn over the header:
 * the text layer has blanks there ("Số:          /2024/QĐ-UBND", "ngày        tháng"). A blank of the text layer
 * under such a widget is filled with the widget's value: the text its appearance draws ({@link AppearanceText}: the
 * service writes the number in a font), else its drawing (the page rendered with and without annotations, the
 * difference) read by OCR as one line of digits, kept when Tesseract's confidence is at least 80. Only a number is
 * taken; the rest of the layer is kept.
 * Pages without such widgets read as with {@link PDFTextStripper}.
 */
final class StampedFields extends PDFTextStripper {
    private static final Set<String> STAMPS = Set.of("Widget", "Stamp");
    private static final int MIN_BLANK = 3;
    private static final double MIN_CONFIDENCE = 80;
    /** What a stamped field holds: a document's number, a day or a month. */
    private static final String NUMBER = "\\d{1,6}";

    private final PDDocument pdf;
    private final Ocr ocr;
    private final OcrTally tally;
    private List<PDAnnotation> stamps = List.of();
    private float pageHeight;
    private int pageIndex;
    private BufferedImage rendered;
    private BufferedImage bare;
    private final Map<PDAnnotation, String> read = new HashMap<>();
    private PDPage page;

    StampedFields(PDDocument pdf, Ocr ocr, OcrTally tally) {
        this.pdf = pdf;
        this.ocr = ocr;
        this.tally = tally;
        setLineSeparator("\n");
    }

    /** The text of page {@code index} (from 0), stamped blanks filled (from the widget's text, or by OCR when installed). */
    String page(int index) throws IOException {
        page = pdf.getPage(index);
        pageIndex = index;
        pageHeight = page.getMediaBox().getHeight();
        rendered = null;
        bare = null;
        read.clear();
        stamps = new ArrayList<>();
        for (PDAnnotation a : page.getAnnotations())
            if (STAMPS.contains(a.getSubtype()) && a.getRectangle() != null && a.getNormalAppearanceStream() != null) stamps.add(a);
        setStartPage(index + 1);
        setEndPage(index + 1);
        return getText(pdf);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        if (stamps.isEmpty() || positions.size() != text.length()) {
            super.writeString(text, positions);
            return;
        }
        StringBuilder out = new StringBuilder(text);
        for (PDAnnotation a : stamps) {
            int[] blank = blankUnder(a.getRectangle(), positions);
            if (blank == null) continue;
            String value = readStamp(a);
            if (value.isEmpty()) continue;
            int shift = out.length() - text.length();
            boolean joined = blank[1] < text.length() && "/-".indexOf(text.charAt(blank[1])) >= 0; // "35/2024/QĐ-UBND"
            out.replace(blank[0] + shift, blank[1] + shift, " " + value + (joined ? "" : " "));
        }
        super.writeString(out.toString(), positions);
    }

    /** The longest run of blank characters of this line under the widget, as [start, end), or null. */
    private int[] blankUnder(PDRectangle r, List<TextPosition> positions) {
        float top = pageHeight - r.getUpperRightY();
        float bottom = pageHeight - r.getLowerLeftY();
        int[] best = null;
        int start = -1;
        for (int i = 0; i <= positions.size(); i++) {
            boolean blank = false;
            if (i < positions.size()) {
                TextPosition p = positions.get(i);
                float x = p.getXDirAdj();
                float y = p.getYDirAdj();
                String u = p.getUnicode();
                blank = y >= top && y <= bottom && x >= r.getLowerLeftX() && x <= r.getUpperRightX()
                        && (u.isBlank() || u.equals("_") || u.equals("."));
            }
            if (blank && start < 0) start = i;
            if (!blank && start >= 0) {
                if (i - start >= MIN_BLANK && (best == null || i - start > best[1] - best[0])) best = new int[] {start, i};
                start = -1;
            }
        }
        return best;
    }

    /** The widget's area with what the page itself draws there whitened: the stamp alone. */
    private BufferedImage stampOnly(int x, int y, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        for (int j = 0; j < h; j++)
            for (int i = 0; i < w; i++) {
                int with = rendered.getRGB(x + i, y + j);
                out.setRGB(i, j, with == bare.getRGB(x + i, y + j) ? 0xFFFFFFFF : with);
            }
        return out;
    }

    private String readStamp(PDAnnotation a) throws IOException {
        String cached = read.get(a);
        if (cached != null) return cached;
        String drawn = AppearanceText.of(a, page);
        String value = drawn.matches(NUMBER) ? drawn : ocr.available() ? ocrStamp(a.getRectangle()) : "";
        read.put(a, value);
        return value;
    }

    /** The widget's drawing read by OCR as one number, or "" when it is not one or doubtful. */
    private String ocrStamp(PDRectangle r) throws IOException {
        if (rendered == null) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            rendered = renderer.renderImageWithDPI(pageIndex, PdfReader.DPI, ImageType.GRAY);
            renderer.setAnnotationsFilter(a -> false);
            bare = renderer.renderImageWithDPI(pageIndex, PdfReader.DPI, ImageType.GRAY);
        }
        double scale = rendered.getHeight() / (double) pageHeight;
        int x = Math.max(0, (int) Math.floor(r.getLowerLeftX() * scale));
        int y = Math.max(0, (int) Math.floor((pageHeight - r.getUpperRightY()) * scale));
        int w = Math.min(rendered.getWidth() - x, (int) Math.ceil(r.getWidth() * scale));
        int h = Math.min(rendered.getHeight() - y, (int) Math.ceil(r.getHeight() * scale));
        Ocr.Result number = w <= 0 || h <= 0 ? null : ocr.recogniseNumber(stampOnly(x, y, w, h));
        String value = number == null ? "" : number.text().strip();
        // a signature or its banner is not a number; a doubtful digit is left blank rather than guessed
        if (!value.matches(NUMBER) || number.meanConfidence() < MIN_CONFIDENCE) value = "";
        else tally.add(number);
        return value;
    }
}
