package org.policygraph.jsonl;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.policygraph.model.DocumentAnalysis;

/**
 * Rows of one kind of extraction output ({@code extract --jsonl KIND}), in the schemas of the evaluation data
 * ({@code ../shared/eval/README.md}); {@code seed} is the source file's name. Built from the same analysis that
 * is loaded into the graph.
 */
public interface JsonlRows {
    List<ObjectNode> rows(DocumentAnalysis analysis);
}
