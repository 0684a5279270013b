package org.policygraph.resolve;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Kinds of issuing body, the {@code kind} column of {@code bodies.csv}, with Vietnamese and English labels: the SKOS
 * concepts of {@code concept/body-kind/{slug}} are generated from this enum so that the table, the code and the
 * graph cannot drift. A table row of another kind is refused.
 */
public enum BodyKind {
    PARTY_COMMITTEE("party-committee", true, "Cấp ủy (Ban Chấp hành, đảng ủy)", "Party committee"),
    STANDING_COMMITTEE("standing-committee", true, "Ban Thường vụ cấp ủy", "Standing committee of a Party committee"),
    POLITBURO("politburo", true, "Bộ Chính trị", "Politburo"),
    SECRETARIAT("secretariat", true, "Ban Bí thư", "Secretariat"),
    PARTY_COMMISSION("party-commission", true, "Ban, ủy ban của cấp ủy", "Commission of a Party committee"),
    PARTY_OFFICE("party-office", true, "Văn phòng cấp ủy", "Office of a Party committee"),
    NATIONAL_ASSEMBLY("national-assembly", false, "Quốc hội", "National Assembly"),
    NA_STANDING_COMMITTEE("na-standing-committee", false, "Ủy ban Thường vụ Quốc hội", "Standing Committee of the National Assembly"),
    NA_BODY("na-body", false, "Cơ quan của Quốc hội", "Body of the National Assembly"),
    PRESIDENT("president", false, "Chủ tịch nước", "President of the State"),
    GOVERNMENT("government", false, "Chính phủ", "Government"),
    PRIME_MINISTER("prime-minister", false, "Thủ tướng Chính phủ", "Prime Minister"),
    MINISTRY("ministry", false, "Bộ", "Ministry"),
    MINISTRY_AGENCY("ministry-agency", false, "Cơ quan ngang bộ", "Ministry-level agency"),
    GOVERNMENT_AGENCY("government-agency", false, "Cơ quan thuộc Chính phủ", "Government agency"),
    GENERAL_DEPARTMENT("general-department", false, "Tổng cục, cục thuộc bộ", "General department or department of a ministry"),
    COURT("court", false, "Tòa án nhân dân", "People's court"),
    PROCURACY("procuracy", false, "Viện kiểm sát nhân dân", "People's procuracy"),
    AUDIT("audit", false, "Kiểm toán nhà nước", "State audit"),
    PEOPLES_COUNCIL("peoples-council", false, "Hội đồng nhân dân", "People's Council"),
    PEOPLES_COMMITTEE("peoples-committee", false, "Ủy ban nhân dân", "People's Committee"),
    DEPARTMENT("department", false, "Cơ quan chuyên môn thuộc Ủy ban nhân dân (sở, phòng)", "Department of a People's Committee");

    private static final Map<String, BodyKind> BY_SLUG = Arrays.stream(values()).collect(Collectors.toMap(BodyKind::slug, Function.identity()));

    private final String slug;
    private final boolean party;
    private final String vi;
    private final String en;

    BodyKind(String slug, boolean party, String vi, String en) {
        this.slug = slug;
        this.party = party;
        this.vi = vi;
        this.en = en;
    }

    /** The value of the table's {@code kind} column ("party-commission"). */
    public String slug() { return slug; }

    /** Whether bodies of this kind belong to the Party (their documents are Party documents). */
    public boolean isParty() { return party; }

    public String vi() { return vi; }

    public String en() { return en; }

    public static Optional<BodyKind> bySlug(String slug) { return Optional.ofNullable(slug == null ? null : BY_SLUG.get(slug)); }
}
