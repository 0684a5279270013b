package org.policygraph.jsonl;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.policygraph.model.DocumentAnalysis;

/** JSONL rows of kind document. */
public final class DocumentRows implements JsonlRows {
    @Override
    public List<ObjectNode> rows(DocumentAnalysis analysis) { return List.of(); }
}
