package org.policygraph.bench;

/**
 * One administrative unit of the synthetic geography.
 *
 * @param id        stable number, used as a randomness key
 * @param name      proper name ("Kiến An")
 * @param kind      province, district, ward...
 * @param parent    the unit above, null for the centre
 * @param afterReform true for the 2025 map (34 provinces, communes directly under them)
 * @param termBase  the Roman number of the Party committee term that began in 2015 (2020: +1, 2025: +2)
 */
record Unit(int id, String name, UnitKind kind, Unit parent, boolean afterReform, int termBase) {
    /** "Quận Kiến An". */
    String fullName() { return kind == UnitKind.CENTRE ? "Việt Nam" : kind.prefix + " " + name; }

    /** The Party committee in running text: "Quận ủy Kiến An". */
    String committee() { return kind == UnitKind.CENTRE ? "Ban Chấp hành Trung ương" : kind.committee + " " + name; }

    /** The full committee: "Ban Chấp hành Đảng bộ quận". */
    String executive() { return kind == UnitKind.CENTRE ? "Ban Chấp hành Trung ương Đảng" : "Ban Chấp hành Đảng bộ " + kind.common; }

    /** "Ban Thường vụ Quận ủy". */
    String standing() { return "Ban Thường vụ " + kind.committee; }

    String council() { return "Hội đồng nhân dân " + kind.common; }

    String committeeState() { return "Ủy ban nhân dân " + kind.common; }

    Unit province() { return kind.isProvincial() || parent == null ? this : parent.province(); }
}
