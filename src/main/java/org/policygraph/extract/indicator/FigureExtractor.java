package org.policygraph.extract.indicator;

import java.util.List;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.ReportedFigure;
import org.policygraph.text.SourceText;

/** Reads the figures a report gives as achieved (actuals). */
public final class FigureExtractor {
    public List<ReportedFigure> extract(SourceText text, DocumentHeader header) { return List.of(); }
}
