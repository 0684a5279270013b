package org.policygraph.extract.indicator;

import java.util.List;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.Target;
import org.policygraph.text.SourceText;

/** Reads the numbered indicators (chỉ tiêu) of a resolution into typed targets. */
public final class TargetExtractor {
    public List<Target> extract(SourceText text, DocumentHeader header) { return List.of(); }
}
