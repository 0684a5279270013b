package org.policygraph.read;

import java.io.IOException;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.MoveText;
import org.apache.pdfbox.contentstream.operator.text.MoveTextSetLeading;
import org.apache.pdfbox.contentstream.operator.text.NextLine;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.contentstream.operator.text.SetTextLeading;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLine;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLineAndSpace;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The text an annotation draws in its appearance (a signing service's stamped number or date is text in a font,
 * drawn in a signature widget over the blank of the page's own text layer): its glyphs in drawing order, through
 * each font's Unicode map. Empty when the appearance draws no text, or a glyph has no Unicode value (then the drawing
 * has to be read by OCR).
 */
final class AppearanceText extends PDFStreamEngine {
    private final StringBuilder text = new StringBuilder();
    private boolean unmapped;

    private AppearanceText() {
        addOperator(new BeginText(this));
        addOperator(new EndText(this));
        addOperator(new SetFontAndSize(this));
        addOperator(new ShowText(this));
        addOperator(new ShowTextAdjusted(this));
        addOperator(new ShowTextLine(this));
        addOperator(new ShowTextLineAndSpace(this));
        addOperator(new MoveText(this));
        addOperator(new MoveTextSetLeading(this));
        addOperator(new NextLine(this));
        addOperator(new SetTextLeading(this));
        addOperator(new SetMatrix(this));
        addOperator(new Concatenate(this));
        addOperator(new Save(this));
        addOperator(new Restore(this));
        addOperator(new DrawObject(this));
    }

    /** The text the annotation's normal appearance draws on {@code page}, stripped; "" when none can be read. */
    static String of(PDAnnotation annotation, PDPage page) {
        PDAppearanceStream appearance = annotation.getNormalAppearanceStream();
        if (appearance == null) return "";
        AppearanceText engine = new AppearanceText();
        try {
            engine.processChildStream(appearance, page);
        } catch (IOException | RuntimeException e) {
            return "";
        }
        return engine.unmapped ? "" : engine.text.toString().strip();
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
        String u = font.toUnicode(code);
        if (u == null) unmapped = true;
        else text.append(u);
    }
}
