package org.policygraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * Text around a document that belongs to the web page it was saved from (portal notices, menus, "Đang tải văn
 * bản...", related-document lists, a personal-data notice): recognised by the lines of the chrome table
 * ({@code data/reference/page-chrome.csv}), so that it stays in the stored text but yields no facts.
 *
 * <p>Roles of the table's lines, each a pattern that a whole normalised line (stripped, any case) must match:
 * <ul>
 *   <li>{@code before}: this line and everything above it are chrome (a portal's loading message);</li>
 *   <li>{@code after}: this line and everything below it are chrome (a portal's notices under the document),
 *       with the {@code line} rows and blank or table-rule lines just above it;</li>
 *   <li>{@code document-start}: the first line of an official header (the national motto, the Party's name):
 *       when it stands within {@link #HEADER_REACH} characters of the top, the page text above its header zone
 *       (the body column and short capitals lines printed beside or above the motto) is chrome.</li>
 *   <li>{@code header-line}: a line that belongs to the header zone above the motto besides the short capitals
 *       lines (the number line: "Số: 3367/TTr-SNV").</li>
 * </ul>
 */
public final class PageChrome {
    /** How far from the top of the page a motto may stand for the text above its header zone to count as chrome. */
    static final int HEADER_REACH = 5000;

    /** How many lines above the motto the header zone may reach (the issuing body column, urgency marks). */
    private static final int HEADER_LINES_ABOVE = 10;

    /** Longest line that can belong to the header zone above the motto. */
    private static final int HEADER_LINE_MAX = 80;

    /** A line of a document's body ("Căn cứ ...", "Điều 1.", "I. ..."): text above it is the document's own. */
    private static final Pattern BODY_LINE = Pattern.compile("(?m)^[ \\t]*(?:căn cứ\\b|điều\\s+\\d+\\s*[.:]|[IVX]{1,4}\\.\\s+\\S)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private enum Role { BEFORE, AFTER, LINE, DOCUMENT_START, HEADER_LINE }

    /** Table borders and white space at the ends of a line. */
    private static final Pattern BORDERS = Pattern.compile("^[|\\s]+|[|\\s]+$");

    /** Longest line a marker can be (the portal's one-line title of a document is the longest kind). */
    private static final int MARKER_LINE_MAX = 400;

    private record Marker(Role role, Pattern line) {}

    private static volatile PageChrome bundled;

    private final List<Marker> markers;

    private PageChrome(List<Marker> markers) { this.markers = List.copyOf(markers); }

    /** The chrome table bundled with the product. */
    public static PageChrome bundled() {
        if (bundled == null) {
            synchronized (PageChrome.class) {
                if (bundled == null) bundled = read("/reference/page-chrome.csv");
            }
        }
        return bundled;
    }

    private static PageChrome read(String resource) {
        List<Marker> out = new ArrayList<>();
        for (CSVRecord row : BundledTable.rows(resource)) {
            Role role = Role.valueOf(row.get("role").toUpperCase(Locale.ROOT).replace('-', '_'));
            out.add(new Marker(role, Pattern.compile(row.get("pattern"),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS)));
        }
        return new PageChrome(out);
    }

    /** The chrome of a normalised text as [start, end) spans of it, in order; empty when none is recognised. */
    public List<Span> find(String t) {
        List<int[]> lines = Lines.of(t, 0, t.length());
        int start = 0;
        int end = t.length();
        for (int i = 0; i < lines.size(); i++) {
            int[] l = lines.get(i);
            if (l[0] >= HEADER_REACH && start == 0) break;
            if (matches(t, l, Role.BEFORE)) start = Math.min(t.length(), l[1] + 1);
        }
        int headerAt = headerStart(t, lines, start);
        if (headerAt > start) start = headerAt;
        for (int i = 0; i < lines.size(); i++) {
            int[] l = lines.get(i);
            if (l[0] <= start || !matches(t, l, Role.AFTER)) continue;
            int k = i - 1;
            while (k >= 0 && lines.get(k)[0] > start && (isRule(t, lines.get(k)) || matches(t, lines.get(k), Role.LINE))) k--;
            end = lines.get(k + 1)[0];
            break;
        }
        List<Span> out = new ArrayList<>();
        if (start > 0) out.add(new Span(0, start));
        if (end < t.length()) out.add(new Span(end, t.length()));
        return out;
    }

    /** The start of the header zone around the first motto line near the top, from {@code from}; -1 when none. */
    private int headerStart(String t, List<int[]> lines, int from) {
        for (int i = 0; i < lines.size(); i++) {
            int[] l = lines.get(i);
            if (l[0] < from) continue;
            if (l[0] - from > HEADER_REACH) return -1;
            int[] two = i + 1 < lines.size() ? new int[] {l[0], lines.get(i + 1)[1]} : l;
            if (!matches(t, l, Role.DOCUMENT_START) && !matches(t, two, Role.DOCUMENT_START)) continue;
            if (BODY_LINE.matcher(t).region(from, l[0]).find()) return -1;
            int k = i;
            while (k > 0 && i - k < HEADER_LINES_ABOVE && lines.get(k - 1)[0] >= from && isHeaderLine(t, lines.get(k - 1))) k--;
            return lines.get(k)[0];
        }
        return -1;
    }

    /** A line that can stand in the header zone above the motto: short, in capitals, a table rule, or a header line of the table. */
    private boolean isHeaderLine(String t, int[] l) {
        String s = t.substring(l[0], l[1]).strip();
        return isRule(t, l) || s.length() <= HEADER_LINE_MAX && (Lettering.isCapitals(s) || matches(t, l, Role.HEADER_LINE));
    }

    /** Blank, a table cell border or a rule: "|", "#", "---". */
    private static boolean isRule(String t, int[] l) { return t.substring(l[0], l[1]).strip().matches("[|#\\-_=*\\s]*"); }

    /** Whether the line (or lines) {@code l}, joined, without table borders at its ends, is one of a role's. */
    private boolean matches(String t, int[] l, Role role) {
        if (l[1] - l[0] > MARKER_LINE_MAX) return false;
        String s = BORDERS.matcher(t.substring(l[0], l[1]).replace('\n', ' ')).replaceAll("");
        for (Marker m : markers) if (m.role() == role && m.line().matcher(s).matches()) return true;
        return false;
    }

}
