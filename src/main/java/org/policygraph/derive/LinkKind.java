package org.policygraph.derive;

/** What a derivation link says about its two ends. Slugs are the relation names of the evaluation schema. */
public enum LinkKind {
    /** The {@code to} end adopts or adapts the {@code from} end one level down (or implements the cited document). */
    IMPLEMENTS("implements", "Thực hiện, cụ thể hóa", "Implements"),
    /** The same measure at the same level in another year; {@code from} is the earlier year. */
    SAME_MEASURE_OTHER_YEAR("same_measure_other_year", "Cùng chỉ tiêu, năm khác", "Same measure, other year"),
    /** A target ({@code from}) and a figure reported on it ({@code to}). */
    REPORTED_BY("reported_by", "Được báo cáo bởi", "Reported by"),
    /** A report ({@code to}) reports on the resolution or directive ({@code from}). */
    REPORTS_ON("reports_on", "Báo cáo việc thực hiện", "Reports on"),
    /** The {@code to} document is a near-duplicate of the {@code from} document (same unit, year and type, near-identical text). */
    NEAR_DUPLICATE("near_duplicate", "Gần trùng với", "Near duplicate of");

    private final String slug;
    private final String vi;
    private final String en;

    LinkKind(String slug, String vi, String en) {
        this.slug = slug;
        this.vi = vi;
        this.en = en;
    }

    public String slug() { return slug; }

    public String vi() { return vi; }

    public String en() { return en; }
}
