package org.policygraph.extract.header;

import java.util.List;
import org.policygraph.text.Lettering;
import org.policygraph.text.Lines;

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
 * @param zoned         true when the header was read as zones around a motto or number line, false for a title block
 *                      read from the top of a text that has neither
 */
record HeaderLayout(int titleStart, int titleEnd, int preambleStart, int preambleEnd, boolean zoned) {

    /** Longest preamble considered when no top-level part follows. */
    private static final int PREAMBLE_CAP = 2500;

    /** Longest subject continuation line. */
    private static final int SUBJECT_LINE_MAX = 90;

    /** How far from the top of the text a header anchor (motto, number line) is looked for. */
    private static final int ANCHOR_REACH = 5000;

    /** How many header-zone lines above the anchor may belong to the header (the issuing body column). */
    private static final int LINES_ABOVE_ANCHOR = 12;

    /** Longest header zone after its anchor. */
    private static final int HEADER_MAX = 3000;

    /** A line of running text that cannot be part of the header zones. */
    private static final int BODY_LINE_MIN = 160;

    /**
     * The zones of a text's opening. When the national motto, the Party's name or a number line stands near the top,
     * the header is read as the zones of the national formats around it, wherever the layout put each zone, up to
     * the first line of the body ("Căn cứ ...", "Kính gửi: ...", an article or part, running text); else as a title
     * block from the top (a text whose header was lost, such as a PDF's body).
     */
    static HeaderLayout of(String t) {
        int anchor = anchor(t);
        if (anchor < 0) return titleFromTop(t);
        List<int[]> lines = Lines.of(t, 0, Math.min(t.length(), anchor + HEADER_MAX));
        int first = 0;
        while (first < lines.size() && lines.get(first)[1] < anchor) first++;
        int k = first;
        while (k > 0 && first - k < LINES_ABOVE_ANCHOR && isZoneLine(t.substring(lines.get(k - 1)[0], lines.get(k - 1)[1]).strip())) k--;
        int start = k < lines.size() ? lines.get(k)[0] : anchor;
        int titleEnd = lines.isEmpty() ? anchor : lines.get(lines.size() - 1)[1];
        int preambleStart = titleEnd;
        boolean typeSeen = false;
        boolean inSummary = false;
        boolean summarySeen = false;
        for (int i = first; i < lines.size(); i++) {
            int[] l = lines.get(i);
            String line = t.substring(l[0], l[1]).strip();
            if (HeaderPatterns.RECIPIENT.matcher(line).find()) {
                titleEnd = l[0];
                preambleStart = Math.min(t.length(), l[1] + 1);
                break;
            }
            boolean body = i > first && isBodyLine(line);
            if (!body && typeSeen && !isRule(line) && !Lettering.isCapitals(line)) {
                // under the type name only the summary (its first line whatever its words) and capitals lines (title,
                // enacting authority) belong to the header
                boolean summary = !summarySeen || HeaderPatterns.SUMMARY_LINE.matcher(line).lookingAt();
                body = !summary && !(inSummary && Character.isLowerCase(line.charAt(0)));
                inSummary = summary || inSummary;
            }
            if (typeSeen && !isRule(line) && !HeaderPatterns.TITLE_TYPE.matcher(line).lookingAt()) summarySeen = true;
            if (body) {
                titleEnd = l[0];
                preambleStart = l[0];
                break;
            }
            if (HeaderPatterns.TITLE_TYPE.matcher(line).lookingAt()) typeSeen = true;
        }
        Matcher top = HeaderPatterns.TOP_HEADING.matcher(t);
        int cap = Math.min(t.length(), preambleStart + PREAMBLE_CAP);
        int preambleEnd = top.find(preambleStart) ? Math.min(top.start(), cap) : cap;
        return new HeaderLayout(start, titleEnd, preambleStart, Math.max(preambleEnd, preambleStart), true);
    }

    /** The first motto or number line within {@link #ANCHOR_REACH} of the top, or -1. */
    private static int anchor(String t) {
        int reach = Math.min(t.length(), ANCHOR_REACH);
        Matcher motto = HeaderPatterns.MOTTO_LINE.matcher(t).region(0, reach);
        Matcher number = HeaderPatterns.NUMBER_LINE.matcher(t).region(0, reach);
        int a = motto.find() ? motto.start() : -1;
        int b = number.find() ? number.start() : -1;
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    /** A line of a header zone above the anchor: short and in capitals (a body's name, an urgency mark), or a rule. */
    private static boolean isZoneLine(String line) { return isRule(line) || (line.length() <= 80 && Lettering.isCapitals(line)); }

    /** Blank, a table border or a rule ("|", "#", "-----"). */
    private static boolean isRule(String line) { return line.matches("[|#\\-_=*\\s]*"); }

    /** The first line of a body: its legal bases, an article, a part, the enacting words, or a long line of running text. */
    private static boolean isBodyLine(String line) {
        if (HeaderPatterns.BODY_START.matcher(line).lookingAt()) return true;
        return line.length() >= BODY_LINE_MIN && !Lettering.isCapitals(line) && !HeaderPatterns.SUMMARY_LINE.matcher(line).lookingAt()
                && !HeaderPatterns.PLACE_DATE.matcher(line).find();
    }

    /** The title block from the top of the text, for a text without a header anchor. */
    private static HeaderLayout titleFromTop(String t) {
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
        return new HeaderLayout(0, titleEnd, Math.min(preambleStart, t.length()), Math.max(preambleEnd, Math.min(preambleStart, t.length())), false);
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
