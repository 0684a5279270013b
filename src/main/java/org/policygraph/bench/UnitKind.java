package org.policygraph.bench;

/**
 * Kinds of administrative unit and how their Party and State bodies are named and coded.
 * Party codes: TW central, TU province or city committee, QU urban district, HU rural district, ĐU ward or commune.
 */
enum UnitKind {
    CENTRE("", "Trung ương", "Trung ương", "TW", "central"),
    PROVINCE("Tỉnh", "Tỉnh ủy", "tỉnh", "TU", "city"),
    CITY("Thành phố", "Thành ủy", "thành phố", "TU", "city"),
    URBAN_DISTRICT("Quận", "Quận ủy", "quận", "QU", "district"),
    RURAL_DISTRICT("Huyện", "Huyện ủy", "huyện", "HU", "district"),
    WARD("Phường", "Đảng ủy phường", "phường", "ĐU", "ward"),
    COMMUNE("Xã", "Đảng ủy xã", "xã", "ĐU", "ward");

    /** "Quận" in "Quận Kiến An". */
    final String prefix;
    /** The Party committee as named in running text: "Quận ủy". */
    final String committee;
    /** The word after "Đảng bộ" and after "Hội đồng nhân dân": "quận". */
    final String common;
    /** Party symbol issuer code. */
    final String partyCode;
    /** Level in the evaluation schema: central, city, district, ward. */
    final String level;

    UnitKind(String prefix, String committee, String common, String partyCode, String level) {
        this.prefix = prefix;
        this.committee = committee;
        this.common = common;
        this.partyCode = partyCode;
        this.level = level;
    }

    boolean isProvincial() { return this == PROVINCE || this == CITY; }

    boolean isDistrict() { return this == URBAN_DISTRICT || this == RURAL_DISTRICT; }

    boolean isWard() { return this == WARD || this == COMMUNE; }
}
