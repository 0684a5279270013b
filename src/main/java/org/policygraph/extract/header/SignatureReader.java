package org.policygraph.extract.header;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.policygraph.text.Lettering;
import org.policygraph.text.Lines;
import org.policygraph.text.ToneMarks;

/**
 * Reads the signature block (zone 7 of both national formats): an authority line ("TM. ỦY BAN NHÂN DÂN",
 * "T/M BAN CHẤP HÀNH", "KT. CHỦ TỊCH", "TL. CỤC TRƯỞNG"), role lines in capitals ("PHÓ CHỦ TỊCH"), notes such as
 * "(Đã ký)", and the signatory's name. Web pages and PDFs break these lines anywhere ("K/T CHÁNH" / "VĂN PHÒNG"),
 * so a block is read as a name under a run of capitals lines. Of the blocks of a text, the document's own is the
 * one beside the recipients ("Nơi nhận:", which the formats set beside it), else the last before the appendices.
 */
final class SignatureReader {
    private SignatureReader() {}

    /** Most lines above a name that a block's authority and role lines may take. */
    private static final int BLOCK_LINES = 8;

    /** How many lines from the recipients' line the document's own block may stand. */
    private static final int NEAR_RECIPIENTS = 60;

    /**
     * A signature block in the normalised text.
     *
     * @param name       the signatory's name
     * @param nameStart  start of the name
     * @param nameEnd    end of the name
     * @param role       role printed above the name, without a "KT."/"TL." prefix
     * @param bodyStart  start of the body signed for ("BAN CHẤP HÀNH"), or of the block when no authority line names one
     * @param bodyEnd    end of the body signed for
     */
    record Signature(String name, int nameStart, int nameEnd, String role, int bodyStart, int bodyEnd) {}

    /** The document's own signature block, or null. */
    static Signature read(String t) {
        List<int[]> lines = Lines.of(t, 0, t.length());
        List<Integer> at = new ArrayList<>();
        List<Signature> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Signature s = block(t, lines, i);
            if (s != null) {
                blocks.add(s);
                at.add(i);
            }
        }
        if (blocks.isEmpty()) return null;
        int recipients = recipientsLine(t, lines);
        if (recipients >= 0) {
            int best = -1;
            for (int b = 0; b < blocks.size(); b++) {
                int d = Math.abs(at.get(b) - recipients);
                if (d <= NEAR_RECIPIENTS && (best < 0 || d < Math.abs(at.get(best) - recipients))) best = b;
            }
            if (best >= 0) return blocks.get(best);
        }
        int appendix = firstAppendixAfter(t, lines, at.get(0));
        Signature last = blocks.get(0);
        for (int b = 1; b < blocks.size() && (appendix < 0 || at.get(b) < appendix); b++) last = blocks.get(b);
        return last;
    }

    /** Most words of a Vietnamese name (family name, middle names, given name). */
    private static final int NAME_WORDS = 6;

    /** The block whose name starts on line {@code i}, or null. */
    private static Signature block(String t, List<int[]> lines, int i) {
        int[] span = name(t, lines, i);
        if (span == null) return null;
        String name = ToneMarks.modern(t.substring(span[0], span[1]).replaceAll("\\s+", " "));
        int top = -1;
        String role = null;
        for (int j = i - 1; j >= 0 && i - j <= BLOCK_LINES; j--) {
            String line = t.substring(lines.get(j)[0], lines.get(j)[1]).strip();
            if (HeaderPatterns.SIGNED_NOTE.matcher(line).find()) continue;
            if (!Lettering.isCapitals(line) || line.startsWith("|") || line.endsWith(":")) break;
            if (role == null) role = line.replaceFirst("^(?:KT|K/T|Q|TL|T/L|TUQ)\\.?\\s*", "");
            top = j;
        }
        if (top < 0) return null;
        int[] authority = authority(t, lines, top, i);
        return new Signature(name, span[0], span[1], role,
                authority == null ? lines.get(top)[0] : authority[0], authority == null ? lines.get(top)[0] : authority[1]);
    }

    /**
     * The span of a name that starts on line {@code i}, after a rank or title ("Thượng tướng", "GS.TS."), possibly
     * broken over lines ("Trần" / "Chí Hùng"): two to six words set as names, capitalised; null when there is none.
     */
    private static int[] name(String t, List<int[]> lines, int i) {
        int[] first = lines.get(i);
        Matcher m = HeaderPatterns.NAME_START.matcher(t).region(first[0], first[1]);
        if (!m.lookingAt()) return null;
        String line = t.substring(first[0], first[1]);
        int start = m.end("rank") >= 0 ? m.end("rank") : first[0] + line.length() - line.stripLeading().length();
        int end = first[1];
        int words = words(t.substring(start, end));
        for (int j = i + 1; j < lines.size() && words < NAME_WORDS; j++) {
            String next = t.substring(lines.get(j)[0], lines.get(j)[1]).strip();
            // a name broken over lines: what follows a complete name is a word or two at the most
            if (!HeaderPatterns.NAME_WORDS.matcher(next).matches() || (words >= 2 && (words(next) > 2 || words + words(next) > 4))) break;
            words += words(next);
            end = lines.get(j)[0] + t.substring(lines.get(j)[0], lines.get(j)[1]).stripTrailing().length();
        }
        String name = t.substring(start, end).strip();
        if (words < 2 || words > NAME_WORDS || !HeaderPatterns.NAME_WORDS.matcher(name.replace('\n', ' ')).matches()) return null;
        return new int[] {start, start + t.substring(start, end).stripTrailing().length()};
    }

    private static int words(String s) { return s.isBlank() ? 0 : s.strip().split("\\s+").length; }

    /** The body an authority line of lines [from, to) signs for ("TM. ỦY BAN NHÂN DÂN": its name), or null. */
    private static int[] authority(String t, List<int[]> lines, int from, int to) {
        for (int j = from; j < to; j++) {
            Matcher m = HeaderPatterns.SIGNATURE.matcher(t).region(lines.get(j)[0], lines.get(j)[1]);
            if (m.find()) return new int[] {m.start("body"), m.end("body")};
        }
        return null;
    }

    /** The line of the recipients' heading ("Nơi nhận:"), or -1. */
    private static int recipientsLine(String t, List<int[]> lines) {
        for (int i = 0; i < lines.size(); i++)
            if (HeaderPatterns.RECIPIENTS_HEADING.matcher(t).region(lines.get(i)[0], lines.get(i)[1]).lookingAt()) return i;
        return -1;
    }

    /** The first appendix heading ("PHỤ LỤC") after line {@code from}, or -1. */
    private static int firstAppendixAfter(String t, List<int[]> lines, int from) {
        for (int i = from + 1; i < lines.size(); i++)
            if (HeaderPatterns.APPENDIX_HEADING.matcher(t).region(lines.get(i)[0], lines.get(i)[1]).lookingAt()) return i;
        return -1;
    }
}
