package org.policygraph.model;

import java.util.Locale;

/** Administrative level of an issuing body or unit. */
public enum Level {
    CENTRAL("Trung ương", "Central"),
    CITY("Tỉnh, thành phố", "Province or city"),
    DISTRICT("Quận, huyện", "District"),
    WARD("Phường, xã", "Ward or commune");

    private final String vi;
    private final String en;

    Level(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    public String vi() { return vi; }

    public String en() { return en; }

    /** The name used in the evaluation schemas and IRIs: central, city, district, ward. */
    public String slug() { return name().toLowerCase(Locale.ROOT); }
}
