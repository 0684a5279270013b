package org.policygraph.model;

/** Why a document cites another. */
public enum CitationKind {
    /** "Căn cứ ...": the cited document is a legal basis. */
    LEGAL_BASIS("legal-basis", "Căn cứ pháp lý", "Legal basis"),
    /** "Thực hiện", "cụ thể hóa", "tiếp tục thực hiện", "quán triệt", "triển khai". */
    IMPLEMENTATION("implementation", "Thực hiện", "Implementation"),
    /** "Xem xét ... Tờ trình": a report or submission the decision rests on. */
    SUBMISSION("submission", "Xem xét tờ trình, báo cáo", "Submission considered"),
    /** A report reporting on a resolution or directive. */
    REPORTS_ON("reports-on", "Báo cáo việc thực hiện", "Reports on"),
    /** Any other mention. */
    MENTION("mention", "Nhắc đến", "Mention");

    private final String slug;
    private final String vi;
    private final String en;

    CitationKind(String slug, String vi, String en) {
        this.slug = slug;
        this.vi = vi;
        this.en = en;
    }

    public String slug() { return slug; }

    public String vi() { return vi; }

    public String en() { return en; }
}
