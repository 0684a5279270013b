package org.policygraph.model;

/** How a target's value is to be read. Symbols follow the evaluation schema. */
public enum Comparator {
    EQ("=", "Bằng", "Equal to"),
    GE(">=", "Từ ... trở lên", "At least"),
    GT(">", "Trên", "Above"),
    LE("<=", "Không quá / đứng thứ ... trở lên", "At most"),
    RANGE("range", "Trong khoảng", "Range"),
    INCREASE_BY("increase_by", "Tăng", "Increase by"),
    INCREASE_BY_RANGE("increase_by_range", "Tăng trong khoảng", "Increase by a range"),
    DECREASE_BY("decrease_by", "Giảm", "Decrease by"),
    DECREASE_BY_RANGE("decrease_by_range", "Giảm trong khoảng", "Decrease by a range"),
    QUALITATIVE("qualitative", "Định tính", "Qualitative");

    private final String symbol;
    private final String vi;
    private final String en;

    Comparator(String symbol, String vi, String en) {
        this.symbol = symbol;
        this.vi = vi;
        this.en = en;
    }

    public String symbol() { return symbol; }

    public String vi() { return vi; }

    public String en() { return en; }

    public String slug() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }
}
