package org.policygraph.extract.header;

import org.policygraph.text.Lettering;

import java.util.regex.Matcher;

/**
 * Where the parts of a document's opening lie in the normalised text: the title block (number line,
 * place and date, type word, subject; empty when PDF extraction lost it), the recipients line, and the
 * preamble up to the first top-level part ("I. ...").
 *
 * @param titleStart    start of the title block
 * @param titleEnd      end of the title block (exclusive)
 * @param preambleStart start of the preamble (after a "Kính gửi" line)
 * @param preambleEnd   start of the first top-level part, or a cap
 */
record HeaderLayout(int titleStart, int titleEnd, int preambleStart, int preambleEnd) {

    /** Longest preamble considered when no top-level part follows. */
    private static final int PREAMBLE_CAP = 2500;

    /** Longest subject continuation line. */
    private static final int SUBJECT_LINE_MAX = 90;

    static HeaderLayout of(String t) {
        int pos = 0;
        int titleEnd = 0;
        int preambleStart = 0;
        boolean inSubject = false;
        boolean subjectSeen = false;
        while (pos < t.length()) {
            int eol = t.indexOf('\n', pos);
            if (eol < 0) eol = t.length();
            String line = t.substring(pos, eol).strip();
            int next = Math.min(eol + 1, t.length());
            if (HeaderPatterns.TOP_HEADING.matcher(line).lookingAt()) break;
            if (HeaderPatterns.RECIPIENT.matcher(line).find()) {
                titleEnd = pos;
                preambleStart = next;
                break;
            }
            boolean subject = !subjectSeen && HeaderPatterns.SUBJECT_LINE.matcher(line).find();
            boolean continuation = inSubject && line.length() <= SUBJECT_LINE_MAX && !line.isEmpty()
                    && Character.isLowerCase(line.charAt(0)) && !line.endsWith(":");
            if (line.isEmpty() || subject || continuation || isTitleLine(line)) {
                if (subject) subjectSeen = true;
                inSubject = subject || (continuation && !line.matches(".*[.;:]$"));
                titleEnd = eol;
                preambleStart = next;
                pos = next;
                continue;
            }
            break;
        }
        Matcher top = HeaderPatterns.TOP_HEADING.matcher(t);
        int cap = Math.min(t.length(), preambleStart + PREAMBLE_CAP);
        int preambleEnd = top.find(preambleStart) ? Math.min(top.start(), cap) : cap;
        return new HeaderLayout(0, titleEnd, Math.min(preambleStart, t.length()), Math.max(preambleEnd, Math.min(preambleStart, t.length())));
    }

    /** A title-block line: number line, place and date, a line in capitals or opening with a type word in capitals, national motto. */
    private static boolean isTitleLine(String line) {
        return HeaderPatterns.NUMBER_LINE.matcher(line).find()
                || HeaderPatterns.PLACE_DATE.matcher(line).find()
                || HeaderPatterns.MOTTO.matcher(line).find()
                || HeaderPatterns.TITLE_TYPE.matcher(line).lookingAt()
                || Lettering.isCapitals(line);
    }

    boolean hasTitle() { return titleEnd > titleStart; }
}
