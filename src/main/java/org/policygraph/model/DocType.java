package org.policygraph.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Kinds of document, with the symbol abbreviation, the Vietnamese type word and an English label.
 * This enum is the type table of the domain notes; the slug is used in IRIs.
 */
public enum DocType {
    NGHI_QUYET("NQ", "Nghị quyết", "Resolution", "nq"),
    CHI_THI("CT", "Chỉ thị", "Directive", "ct"),
    KET_LUAN("KL", "Kết luận", "Conclusion", "kl"),
    QUYET_DINH("QĐ", "Quyết định", "Decision", "qd"),
    QUY_DINH("QĐi", "Quy định", "Regulation", "qdi"),
    NGHI_DINH("NĐ", "Nghị định", "Decree", "nd"),
    THONG_TU("TT", "Thông tư", "Circular", "tt"),
    THONG_TRI("TT", "Thông tri", "Party circular", "ttri"),
    THONG_BAO("TB", "Thông báo", "Notice", "tb"),
    BAO_CAO("BC", "Báo cáo", "Report", "bc"),
    TO_TRINH("TTr", "Tờ trình", "Submission", "ttr"),
    KE_HOACH("KH", "Kế hoạch", "Plan", "kh"),
    CHUONG_TRINH("CTr", "Chương trình", "Programme", "ctr"),
    DE_AN("ĐA", "Đề án", "Scheme", "da"),
    HUONG_DAN("HD", "Hướng dẫn", "Guidance", "hd"),
    CONG_DIEN("CĐ", "Công điện", "Official dispatch", "cd"),
    QUY_CHE("QC", "Quy chế", "Rules", "qc"),
    CONG_VAN("CV", "Công văn", "Official letter", "cv"),
    LUAT(null, "Luật", "Law", "luat"),
    PHAP_LENH(null, "Pháp lệnh", "Ordinance", "pl"),
    HIEN_PHAP(null, "Hiến pháp", "Constitution", "hp");

    private final String code;
    private final String vi;
    private final String en;
    private final String slug;

    DocType(String code, String vi, String en, String slug) {
        this.code = code;
        this.vi = vi;
        this.en = en;
        this.slug = slug;
    }

    /** Abbreviation used in symbols ("NQ"), or null for types cited by name only (laws). */
    public String code() { return code; }

    /** Vietnamese type word as printed in running text, sentence case ("Nghị quyết"). */
    public String vi() { return vi; }

    public String en() { return en; }

    /** Lower-case ASCII slug for IRIs and concept names ("nq"). */
    public String slug() { return slug; }

    /** The type whose Vietnamese word is {@code word} (case-insensitive, NFC). */
    public static Optional<DocType> byWord(String word) {
        String w = word.strip().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.vi.toLowerCase(java.util.Locale.ROOT).equals(w)).findFirst();
    }

    /** The type a symbol code names ("NQ", "QĐ"); the Party "TT" is a thông tri, the State one a thông tư. */
    public static Optional<DocType> byCode(String code, DocSystem system) {
        if ("TT".equals(code)) return Optional.of(system == DocSystem.PARTY ? THONG_TRI : THONG_TU);
        return Arrays.stream(values()).filter(t -> code.equals(t.code)).findFirst();
    }

    public static Optional<DocType> bySlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
    }
}
