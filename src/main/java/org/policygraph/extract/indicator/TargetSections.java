package org.policygraph.extract.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.policygraph.extract.indicator.Outline.Block;
import org.policygraph.extract.indicator.Outline.Kind;

/**
 * The targets of plans that list them otherwise than "(n)": the items of the parts headed "Mục tiêu cụ thể",
 * "Các chỉ tiêu ...", "Dự báo các chỉ tiêu ..." (lettered items, bullets, or plain paragraphs under bullet
 * sub-headings), each with its label as printed ("4/a", "2/-3", "2.1/p8") and the year its heading or lead-in gives.
 * A part of general aims ("Mục tiêu tổng quát"), of tasks or of proposals is not read.
 */
final class TargetSections {
    private static final int MAX_SUBHEADING_WORDS = 10;
    /** A heading of at most this many words that names targets ("II. MỤC TIÊU") heads targets only, in all its parts. */
    private static final int MAX_PURE_HEADING_WORDS = 6;
    /** A numbered line of more words than this (up to its colon) is a paragraph, not the title of a part. */
    private static final int MAX_TITLE_WORDS = 16;

    /** One listed item: its label, the year its headings state (or null), and the normalised span of its text. */
    record Listed(String label, String heading, Integer year, int markerStart, int start, int end) {}

    List<Listed> items(String norm, List<Block> blocks) {
        List<Listed> out = new ArrayList<>();
        boolean[] taken = new boolean[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            Block h = blocks.get(i);
            if (h.kind() != Kind.HEADING || taken[i] || !isTargetHeading(norm, h) || underOtherPart(norm, blocks, i)) continue;
            int end = numberingEnd(blocks, i, Outline.sectionEnd(blocks, i));
            if (hasTargetChild(norm, blocks, i, end) && h.text(norm).split("\\s+").length > MAX_PURE_HEADING_WORDS) continue;
            for (int k = i; k < end; k++) taken[k] = true;
            read(norm, blocks, i, end, out);
        }
        return out;
    }

    /** Items of the section headed by block {@code head}, blocks (head, end). */
    private static void read(String norm, List<Block> blocks, int head, int end, List<Listed> out) {
        Integer[] years = new Integer[8];          // year stated by the heading at each level (levels 1..5; 6 = letter)
        years[Math.min(blocks.get(head).level(), 5)] = yearIn(blocks.get(head).text(norm));
        int sectionLevel = blocks.get(head).level();
        String heading = blocks.get(head).label();
        String letterHeading = null;
        int bullets = 0;
        int paragraphs = 0;
        boolean skipping = false;
        for (int k = head + 1; k < end; k++) {
            Block b = blocks.get(k);
            String text = b.text(norm);
            switch (b.kind()) {
                case HEADING -> {
                    for (int l = Math.max(b.level(), sectionLevel + 1); l < years.length; l++) years[l] = null;
                    years[Math.min(b.level(), 5)] = yearIn(text);
                    heading = b.label();
                    letterHeading = null;
                    bullets = paragraphs = 0;
                    String t = IndicatorLexicon.lower(text);
                    skipping = IndicatorLexicon.GENERAL_HEADING.matcher(t).find() || IndicatorLexicon.OTHER_PART_HEADING.matcher(t).find();
                }
                case LETTER -> {
                    skipping = isGeneralLetter(text);
                    if (skipping) continue;
                    if (k + 1 < end && blocks.get(k + 1).kind() == Kind.BULLET) {   // a lettered heading over bullets
                        letterHeading = b.label();
                        years[6] = yearIn(text);
                        bullets = 0;
                    } else {
                        letterHeading = null;
                        years[6] = null;
                        out.add(listed(heading + "/" + b.label(), heading, year(years), b));
                    }
                }
                case BULLET -> {
                    if (skipping) continue;
                    if (isSubheading(blocks, k, end, text)) continue;
                    bullets++;
                    out.add(listed((letterHeading != null ? letterHeading : heading) + "/-" + bullets, heading, year(years), b));
                }
                case PARAGRAPH -> {
                    if (skipping) continue;
                    paragraphs++;
                    if (IndicatorLexicon.PRESENT_STATE.matcher(IndicatorLexicon.lower(text)).lookingAt()) continue;
                    if (!hasDigit(text.replaceAll("\\d{4}", "")) && yearIn(text) != null) years[7] = yearIn(text);   // a lead-in
                    out.add(listed(heading + "/p" + paragraphs, heading, year(years), b));
                }
            }
        }
    }

    /** A lettered part of general aims: "a) Mục tiêu tổng quát: ...". */
    private static boolean isGeneralLetter(String text) {
        int colon = text.indexOf(':');
        String head = IndicatorLexicon.lower(colon > 0 && colon < 60 ? text.substring(0, colon) : text.substring(0, Math.min(text.length(), 30)));
        return IndicatorLexicon.GENERAL_HEADING.matcher(head).find();
    }

    private static Listed listed(String label, String heading, Integer year, Block b) {
        return new Listed(label, heading, year, b.start(), b.textStart(), b.end());
    }

    /** The most specific year stated above: the lettered heading's, a lead-in's, then the headings' from the nearest. */
    private static Integer year(Integer[] years) {
        for (int l = years.length - 1; l >= 0; l--) if (years[l] != null) return years[l];
        return null;
    }

    /** A bullet without a numeral, of a few words, followed by a plain paragraph: a sub-heading ("- Thủy sản"). */
    private static boolean isSubheading(List<Block> blocks, int k, int end, String text) {
        if (k + 1 >= end || blocks.get(k + 1).kind() != Kind.PARAGRAPH) return false;
        return !hasDigit(text) && text.split("\\s+").length <= MAX_SUBHEADING_WORDS && !text.endsWith(".") && !text.endsWith(";");
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }

    static Integer yearIn(String text) {
        Matcher m = IndicatorLexicon.TARGET_YEAR.matcher(IndicatorLexicon.lower(text));
        Integer y = null;
        while (m.find()) y = Integer.parseInt(m.group("end") != null ? m.group("end") : m.group("year"));
        return y;
    }

    /** A heading of targets: a title (up to its colon) of a few words that names targets and not another part. */
    private static boolean isTargetHeading(String norm, Block h) {
        String t = IndicatorLexicon.lower(h.text(norm));
        int colon = t.indexOf(':');
        if (colon >= 0) t = t.substring(0, colon);
        if (t.split("\\s+").length > MAX_TITLE_WORDS) return false;   // a numbered paragraph, not a heading
        return IndicatorLexicon.TARGET_HEADING.matcher(t).find() && !IndicatorLexicon.GENERAL_HEADING.matcher(t).find()
                && !IndicatorLexicon.OTHER_PART_HEADING.matcher(t).find();
    }

    /** Whether a heading above block {@code i} heads tasks, solutions or proposals. */
    private static boolean underOtherPart(String norm, List<Block> blocks, int i) {
        int level = blocks.get(i).level();
        for (int k = i - 1; k >= 0 && level > 1; k--) {
            Block b = blocks.get(k);
            if (b.kind() != Kind.HEADING || b.level() >= level) continue;
            if (IndicatorLexicon.OTHER_PART_HEADING.matcher(IndicatorLexicon.lower(b.text(norm))).find()) return true;
            level = b.level();
        }
        return false;
    }

    /**
     * Where the numbering of a section's parts starts again ("1. ... 2. ... 1. Phạm vi"): a part whose heading the page
     * lost has begun there.
     */
    private static int numberingEnd(List<Block> blocks, int i, int end) {
        int childLevel = Integer.MAX_VALUE;
        for (int k = i + 1; k < end; k++) if (blocks.get(k).kind() == Kind.HEADING) childLevel = Math.min(childLevel, blocks.get(k).level());
        String last = null;
        for (int k = i + 1; k < end; k++) {
            Block b = blocks.get(k);
            if (b.kind() != Kind.HEADING || b.level() != childLevel) continue;
            String n = b.label().replaceFirst("^.*\\.", "");
            if (last != null && n.matches("\\d+") && last.matches("\\d+") && Integer.parseInt(n) <= Integer.parseInt(last)) return k;
            last = n;
        }
        return end;
    }

    private static boolean hasTargetChild(String norm, List<Block> blocks, int i, int end) {
        for (int k = i + 1; k < end; k++) {
            Block b = blocks.get(k);
            if (b.kind() == Kind.HEADING && isTargetHeading(norm, b)) return true;
        }
        return false;
    }
}
