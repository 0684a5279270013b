package org.policygraph.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.text.Span;

/** Splits a span of a document's original text into sentences, each with its span, for sentence-level evidence. */
final class Sentences {
    /** A sentence ends at ".", ";", "!" or "?" before white space and a capital, or before a line starting with a dash. */
    private static final Pattern END = Pattern.compile("[.;!?:](?=\\s+[\\p{Lu}\"“])|[.;:](?=\\s*\\n\\s*[-–•])");

    /** A printed item marker or markup at a sentence's start ("3.1.**", "- ", "a) "), not part of the sentence. */
    private static final Pattern LEAD = Pattern.compile("^[\\s*#]*(?:(?:[IVX]+|\\d{1,2}(?:\\.\\d{1,2})*)\\.|[a-zđ]\\)|[-–•+])?[\\s*]*");

    private Sentences() {}

    static List<Quote> of(DocumentAnalysis a, Span span) {
        String text = a.text().original();
        List<Quote> out = new ArrayList<>();
        Matcher m = END.matcher(text).region(span.start(), span.end());
        int start = span.start();
        while (m.find()) {
            add(a, text, start, m.end(), out);
            start = m.end();
        }
        add(a, text, start, span.end(), out);
        return out;
    }

    private static void add(DocumentAnalysis a, String text, int start, int end, List<Quote> out) {
        Matcher lead = LEAD.matcher(text).region(start, end);
        if (lead.lookingAt()) start = lead.end();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end - start >= 20) out.add(Quote.of(a, new Span(start, end)));
    }
}
