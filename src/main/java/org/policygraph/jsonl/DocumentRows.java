package org.policygraph.jsonl;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.policygraph.model.DocType;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.Level;
import org.policygraph.model.Located;
import org.policygraph.model.PartialDate;
import org.policygraph.model.PrintedBody;
import org.policygraph.resolve.Body;
import org.policygraph.resolve.DocumentSymbol;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.text.Span;

/**
 * JSONL rows of kind {@code document} ({@code extract --jsonl document}): one row per source document, what it
 * says about itself. Unknown values are JSON null; nothing is filled in.
 *
 * <table>
 *   <caption>fields</caption>
 *   <tr><th>field</th><th>meaning</th></tr>
 *   <tr><td>seed</td><td>source file name</td></tr>
 *   <tr><td>doc_type</td><td>Vietnamese type word, sentence case ("Nghị quyết", "Báo cáo")</td></tr>
 *   <tr><td>type_word</td><td>the type word as printed ("NGHỊ QUYẾT"), or null when the type was read from the symbol or the enacting formula</td></tr>
 *   <tr><td>system</td><td>"party" or "state"</td></tr>
 *   <tr><td>symbol</td><td>own symbol as printed, white space removed ("06-NQ/QU"; "/BC-UBND" when the number is blank)</td></tr>
 *   <tr><td>number</td><td>number as printed ("06"), null when not printed or blank</td></tr>
 *   <tr><td>number_blank</td><td>true when the symbol is printed with a blank number</td></tr>
 *   <tr><td>date</td><td>ISO date, partial when the text gives only part ("2024-03")</td></tr>
 *   <tr><td>place</td><td>place printed before the date ("Kiến An")</td></tr>
 *   <tr><td>issuer</td><td>Vietnamese name of the issuing body ("Ban Chấp hành Đảng bộ quận Kiến An"), as printed ("CỤC HẢI QUAN") when the reference does not hold it</td></tr>
 *   <tr><td>issuer_id</td><td>id of the body in {@code data/reference/bodies.csv} ("kien-an-qu-bch"), null for a body known only as printed</td></tr>
 *   <tr><td>issuer_parent</td><td>the issuer's parent: its reference id, or the name printed above it</td></tr>
 *   <tr><td>issuer_level</td><td>central, city, district, ward (known even when the body is not)</td></tr>
 *   <tr><td>unit</td><td>id of the issuer's administrative unit ("quan-kien-an")</td></tr>
 *   <tr><td>conference</td><td>number of the committee conference (integer)</td></tr>
 *   <tr><td>term</td><td>committee term, upper-case Roman ("VI")</td></tr>
 *   <tr><td>plan_year</td><td>the year the document plans for (integer)</td></tr>
 *   <tr><td>theme</td><td>theme of the year, without quotes</td></tr>
 *   <tr><td>title</td><td>subject line ("về chủ đề, chỉ tiêu, nhiệm vụ, giải pháp năm 2024")</td></tr>
 *   <tr><td>signer, signer_role</td><td>signatory's name and the role printed above it ("CHỦ TỊCH")</td></tr>
 *   <tr><td>iri_path</td><td>path of the document's identity below the base IRI ({@code DocumentKey.path()}), null without a key</td></tr>
 *   <tr><td>spans</td><td>for each located field above that has a value: {"start","end"} character offsets (UTF-16) into the
 *       original text (fields doc_type, symbol, date, place, issuer, conference, term, plan_year, theme, title, signer)</td></tr>
 * </table>
 */
public final class DocumentRows implements JsonlRows {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ReferenceData reference;

    public DocumentRows() { this(ReferenceData.bundled()); }

    public DocumentRows(ReferenceData reference) { this.reference = reference; }

    @Override
    public List<ObjectNode> rows(DocumentAnalysis analysis) {
        DocumentHeader h = analysis.header();
        ObjectNode row = JSON.objectNode();
        ObjectNode spans = JSON.objectNode();
        row.put("seed", analysis.source().name());
        DocType type = DocumentHeader.valueOf(h.type());
        row.put("doc_type", type == null ? null : type.vi());
        span(spans, "doc_type", h.type());
        row.put("type_word", h.typeWord());
        row.put("system", h.system() == null ? null : h.system().slug());
        String symbol = DocumentHeader.valueOf(h.symbol());
        row.put("symbol", symbol);
        span(spans, "symbol", h.symbol());
        row.put("number", symbol == null ? null : DocumentSymbol.parse(symbol).map(DocumentSymbol::number).orElse(null));
        row.put("number_blank", h.numberBlank());
        PartialDate date = DocumentHeader.valueOf(h.date());
        row.put("date", date == null ? null : date.iso());
        span(spans, "date", h.date());
        text(row, spans, "place", h.place());
        Body body = reference.body(DocumentHeader.valueOf(h.issuer())).orElse(null);
        PrintedBody printed = DocumentHeader.valueOf(h.printedIssuer());
        row.put("issuer", body != null ? body.nameVi() : printed != null ? printed.name() : null);
        row.put("issuer_id", body == null ? null : body.id());
        row.put("issuer_parent", body != null ? body.parent() : printed != null ? (printed.parentId() != null ? printed.parentId() : printed.parentName()) : null);
        span(spans, "issuer", h.issuer() != null ? h.issuer() : h.printedIssuer());
        Level level = h.level();
        row.put("issuer_level", level == null ? null : level.slug());
        row.put("unit", h.unit());
        Integer conference = DocumentHeader.valueOf(h.conference());
        row.put("conference", conference);
        span(spans, "conference", h.conference());
        text(row, spans, "term", h.term());
        row.put("plan_year", DocumentHeader.valueOf(h.planYear()));
        span(spans, "plan_year", h.planYear());
        text(row, spans, "theme", h.theme());
        text(row, spans, "title", h.title());
        text(row, spans, "signer", h.signer());
        row.put("signer_role", h.signerRole());
        row.put("iri_path", analysis.key() == null ? null : analysis.key().path());
        row.set("spans", spans);
        return List.of(row);
    }

    private static void text(ObjectNode row, ObjectNode spans, String field, Located<String> value) {
        row.put(field, DocumentHeader.valueOf(value));
        span(spans, field, value);
    }

    private static void span(ObjectNode spans, String field, Located<?> value) {
        if (value == null || value.span() == null) return;
        Span s = value.span();
        spans.set(field, JSON.objectNode().put("start", s.start()).put("end", s.end()));
    }
}
