package org.policygraph.extract.citation;

import java.util.Map;
import java.util.regex.Matcher;
import org.policygraph.model.CitationKind;
import org.policygraph.model.DocType;

/**
 * Reads the words before a mention: where its clause starts, the kind of citation the words give
 * ("căn cứ", "thực hiện", "xem xét ... Tờ trình") and whether the mention heads the document's own appendix.
 */
final class ContextReader {

    /** Start of the context of a mention at {@code start}: its clause, not before the previous mention's end. */
    static int windowStart(String text, int start, int previousEnd) {
        return markedStart(text, start, previousEnd, CitationPatterns.CLAUSE_MARK);
    }

    /** Start of the sentence holding a mention at {@code start}, looking back at most the context length. */
    static int sentenceStart(String text, int start) {
        return markedStart(text, start, 0, CitationPatterns.SENTENCE_MARK);
    }

    /** Start of the stretch before a mention where its issuer may be named: its sentence, across ":" and ";". */
    static int issuerWindowStart(String text, int start) {
        return markedStart(text, start, 0, CitationPatterns.SENTENCE_END);
    }

    private static int markedStart(String text, int start, int previousEnd, java.util.regex.Pattern mark) {
        int from = Math.max(Math.max(0, previousEnd), start - CitationPatterns.CONTEXT_CHARS);
        Matcher m = mark.matcher(text);
        m.region(from, start);
        int clause = from;
        while (m.find()) clause = m.end();
        return clause;
    }

    /**
     * The kind the nearest trigger word before the mention gives, in its clause, else in its sentence (items
     * joined by ";" share the verb); a submission only for reports and submissions.
     */
    static CitationKind kind(String text, int from, int start, DocType type, boolean citingIsReport) {
        CitationKind k = nearest(text, from, start, type, citingIsReport);
        return k != CitationKind.MENTION ? k : nearest(text, Math.min(from, sentenceStart(text, start)), start, type, citingIsReport);
    }

    private static CitationKind nearest(String text, int from, int start, DocType type, boolean citingIsReport) {
        CitationKind best = CitationKind.MENTION;
        int bestAt = -1;
        for (Map.Entry<CitationKind, java.util.regex.Pattern> e : CitationPatterns.KIND_TRIGGERS.entrySet()) {
            if (e.getKey() == CitationKind.SUBMISSION && !CitationPatterns.SUBMISSION_TYPES.contains(type)) continue;
            Matcher m = e.getValue().matcher(text);
            m.region(from, start);
            while (m.find()) {
                if (m.start() > bestAt) {
                    bestAt = m.start();
                    best = e.getKey();
                }
            }
        }
        if (best == CitationKind.IMPLEMENTATION && citingIsReport) return CitationKind.REPORTS_ON;
        return best;
    }

    /** True when the mention heads the document's own appendix ("kèm theo Nghị quyết số 06-NQ/QU"). */
    static boolean selfMark(String text, int start, int end) {
        int from = Math.max(0, start - 40);
        Matcher m = CitationPatterns.SELF_MARK.matcher(text.substring(from, start));
        if (!m.find()) return false;
        // "Số" opening a line marks the document's own number line only when the symbol ends that line or cell,
        // not a heading that goes on ("SỐ 55/2014/QĐ-UBND NGÀY 31/12/2014 CỦA ...")
        return m.group("line") == null || NUMBER_LINE_END.matcher(text).region(end, text.length()).lookingAt();
    }

    /** What may follow the symbol of a number line: the end of the line, a table border, the place and date. */
    private static final java.util.regex.Pattern NUMBER_LINE_END = java.util.regex.Pattern.compile("[ \\t]*(?:\\n|\\||$|\\p{Lu}[\\p{L} .]{0,30},)");
}
