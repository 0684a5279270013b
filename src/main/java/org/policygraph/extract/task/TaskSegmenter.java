package org.policygraph.extract.task;

import java.util.List;
import org.policygraph.model.Citation;
import org.policygraph.model.Section;
import org.policygraph.model.Task;
import org.policygraph.text.SourceText;

/** Segments the tasks and solutions (nhiệm vụ, giải pháp) into items following the printed numbering. */
public final class TaskSegmenter {
    public List<Task> segment(SourceText text, List<Section> sections, List<Citation> citations) { return List.of(); }
}
