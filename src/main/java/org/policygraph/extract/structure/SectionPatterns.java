package org.policygraph.extract.structure;

import java.util.regex.Pattern;

/** Shapes of numbered part headings and of the lines that close the body or open an appendix (normalised text, one line each). */
final class SectionPatterns {
    private SectionPatterns() {}

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    /** "II. CHỦ ĐỀ, ..." : a Roman top-level part. */
    static final Pattern ROMAN = Pattern.compile("^(?<num>[IVX]{1,5})\\.\\s*(?<rest>\\S.*)?$");

    /** "Điều 1. Thông qua ...": an article of a State document. */
    static final Pattern ARTICLE = Pattern.compile("^(?<label>Điều\\s+(?<num>\\d{1,3}))\\s*[.:]?(?:\\s+(?<rest>\\S.*))?$");

    /** "3.1. Nâng cao ...", "4.2.1 Triển khai ...": a multi-level part. */
    static final Pattern MULTI = Pattern.compile("^(?<num>\\d{1,2}(?:\\.\\d{1,2}){1,3})\\.?(?:\\s+(?<rest>\\S.*))?$");

    /** "2. Các chỉ tiêu ...": a numbered part. */
    static final Pattern ARABIC = Pattern.compile("^(?<num>\\d{1,2})\\.(?:\\s+(?<rest>\\S.*))?$");

    /** Lines closing the body: recipients and signature block. */
    static final Pattern BODY_END = Pattern.compile("^(?:nơi nhận\\b|T/M\\s|TM\\.|KT\\.\\s|TL\\.\\s|TUQ\\.)", CI);

    /** An appendix heading: "PHỤ LỤC", "PHỤ LỤC II". */
    static final Pattern APPENDIX = Pattern.compile("^PHỤ LỤC(?:\\s+(?<num>[IVX]{1,4}|\\d{1,2}))?\\s*$");

    /** The appendix's reference to its document: "(kèm theo Nghị quyết số ...)", "(ban hành kèm theo ...)". */
    static final Pattern APPENDIX_REFERENCE = Pattern.compile("^\\(\\s*(?:ban hành\\s+)?kèm theo\\b", CI);

    /** Longest heading kept when a numbered paragraph runs on (the first sentence is kept). */
    static final int HEADING_MAX = 200;

    /** Longest line that may repeat the previous number ("II." printed twice) and still count as a heading. */
    static final int REPEATED_HEADING_MAX = 120;
}
