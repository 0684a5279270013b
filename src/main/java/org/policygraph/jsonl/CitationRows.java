package org.policygraph.jsonl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.policygraph.model.Citation;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.DocumentKey;

/**
 * JSONL rows of kind citations: one row per distinct cited document per file (and the file's own identity,
 * {@code self: true}), in the {@code citations} schema of the evaluation data; extra fields give the kind,
 * the identity key and the flags.
 */
public final class CitationRows implements JsonlRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public List<ObjectNode> rows(DocumentAnalysis analysis) {
        List<ObjectNode> out = new ArrayList<>();
        for (Citation c : analysis.citations()) out.add(row(analysis.source().name(), c));
        return out;
    }

    public static ObjectNode row(String seed, Citation c) {
        ObjectNode r = JSON.createObjectNode();
        r.put("seed", seed);
        r.put("surface", c.mentions().isEmpty() ? null : c.mentions().get(0).surface());
        r.put("mentions", c.mentions().size());
        r.put("doc_type", c.type() == null ? null : c.type().vi());
        r.put("symbol", c.symbol());
        r.put("number", c.number());
        r.put("year", c.year());
        r.put("date", c.date() == null || !c.date().isFull() ? null : c.date().iso());
        r.put("issuer", c.issuerName());
        r.put("issuer_level", c.level() == null ? null : c.level().slug());
        r.put("title", c.title());
        r.put("self", c.self());
        r.put("kind", c.kind().slug());
        r.put("key", c.key() == null ? null : c.key().path());
        ArrayNode candidates = r.putArray("candidates");
        for (DocumentKey k : c.candidates()) candidates.add(k.path());
        ArrayNode flags = r.putArray("flags");
        c.flags().forEach(flags::add);
        ArrayNode spans = r.putArray("spans");
        c.mentions().forEach(m -> spans.addArray().add(m.span().start()).add(m.span().end()));
        return r;
    }
}
