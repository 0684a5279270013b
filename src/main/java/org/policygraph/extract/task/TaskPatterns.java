package org.policygraph.extract.task;

import java.util.regex.Pattern;

/**
 * The pattern table of the task segmenter: item markers at the start of a line, the headings that open a
 * tasks-and-solutions part, and the lines that close it. Matched against normalised text; heading words
 * against diacritic-folded text ({@code Slugs.fold}).
 */
final class TaskPatterns {
    private TaskPatterns() {}

    /**
     * An item marker at the start of a line: Roman "II.", dotted arabic "3.", "3.1.", "4.2.1" (trailing dot
     * optional after two or more components), letter "a)", or a dash. The marker must be followed by a word
     * that starts a sentence (upper case letter, digit or opening quote), so "\n- xã hội" continuing a broken
     * line is not an item.
     */
    static final Pattern MARKER = Pattern.compile(
            "(?m)^[ \\t]*(?:"
            + "(?<roman>[IVXL]{1,5})\\.[ \\t]+"
            + "|(?<arabic>\\d{1,2}(?:\\.\\d{1,2}){1,3})\\.?[ \\t]+"
            + "|(?<top>\\d{1,2})\\.[ \\t]+"
            + "|(?<letter>[a-zđ])\\)[ \\t]+"
            + "|(?<dash>[-–•+])[ \\t]*"
            + ")(?=[\\p{Lu}\\d\"“'(])");

    /** Folded heading words that open a tasks-and-solutions part ("Nhiệm vụ, giải pháp trọng tâm", "PHƯƠNG HƯỚNG NHIỆM VỤ"). */
    static final Pattern TASK_HEADING = Pattern.compile(
            "^(?:mot so |cac |nhung )?(?:nhiem vu|giai phap|phuong huong)\\b");

    /** Folded heading words that disqualify a heading although it names tasks ("kết quả thực hiện nhiệm vụ"). */
    static final Pattern NOT_TASK_HEADING = Pattern.compile("\\bket qua\\b|\\bdanh gia\\b");

    /** Lines that close the document body: recipients, signature block, appendix. */
    static final Pattern BODY_END = Pattern.compile(
            "(?m)^[ \\t]*(?:Nơi nhận|T/M\\b|TM\\.|KT\\.|PHỤ LỤC|Phụ lục\\b)");

    /** Where an item's heading ends: a sentence end before a capital, or a colon or period at a line end. */
    static final Pattern SENTENCE_END = Pattern.compile("[.;:!?](?=[ \\t]*\\n)|\\.(?=[ \\t]+[\\p{Lu}\"“])");

    /** A line break followed by a word that starts a sentence (capital then lower case), not a Roman numeral. */
    static final Pattern NEW_SENTENCE_LINE = Pattern.compile("(?<![,\\-–])[ \\t]*\\n(?=[\"“]?\\p{Lu}\\p{Ll})");
}
