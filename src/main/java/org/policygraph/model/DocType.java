package org.policygraph.model;

import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.policygraph.text.BundledTable;

/**
 * Kinds of document: every type of the national formats (Nghị định 30/2020/NĐ-CP, Appendix III), the legal
 * normative types (Luật 64/2025/QH15) and the Party's (Hướng dẫn 36-HD/VPTW), read from the reference table
 * {@code data/reference/doc-types.csv}: slug (used in IRIs), Vietnamese type word, English label, the symbol codes
 * of each system and which systems issue the type. Instances are unique per slug, so {@code ==} compares types.
 */
public final class DocType implements Serializable {
    private static final List<DocType> ALL = read("/reference/doc-types.csv");

    public static final DocType NGHI_QUYET = of("nq"), CHI_THI = of("ct"), KET_LUAN = of("kl"), QUYET_DINH = of("qd"),
            QUY_DINH = of("qdi"), NGHI_DINH = of("nd"), THONG_TU = of("tt"), THONG_TRI = of("ttri"), THONG_BAO = of("tb"),
            BAO_CAO = of("bc"), TO_TRINH = of("ttr"), KE_HOACH = of("kh"), CHUONG_TRINH = of("ctr"), DE_AN = of("da"),
            HUONG_DAN = of("hd"), CONG_DIEN = of("cd"), QUY_CHE = of("qc"), CONG_VAN = of("cv"), LUAT = of("luat"),
            PHAP_LENH = of("pl"), HIEN_PHAP = of("hp");

    private final String slug;
    private final String vi;
    private final String en;
    private final String stateCode;
    private final String partyCode;
    private final boolean state;
    private final boolean party;

    private DocType(String slug, String vi, String en, String stateCode, String partyCode, boolean state, boolean party) {
        this.slug = slug;
        this.vi = vi;
        this.en = en;
        this.stateCode = stateCode;
        this.partyCode = partyCode;
        this.state = state;
        this.party = party;
    }

    /** Every type, in the order of the table. */
    public static List<DocType> values() { return ALL; }

    /** Abbreviation used in symbols: the State's ("NQ", "QyĐ"), else the Party's ("KL"); null for types cited by name only (laws). */
    public String code() { return stateCode != null ? stateCode : partyCode; }

    /** The abbreviation in a symbol of one system, or null. */
    public String code(DocSystem system) { return system == DocSystem.PARTY ? partyCode : stateCode; }

    /** Vietnamese type word as printed in running text, sentence case ("Nghị quyết"). */
    public String vi() { return vi; }

    public String en() { return en; }

    /** Lower-case ASCII slug for IRIs and concept names ("nq"). */
    public String slug() { return slug; }

    /** Whether the State issues documents of this type. */
    public boolean isState() { return state; }

    /** Whether the Party issues documents of this type. */
    public boolean isParty() { return party; }

    /** The type whose Vietnamese word is {@code word} (case-insensitive, NFC). */
    public static Optional<DocType> byWord(String word) {
        String w = word.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return ALL.stream().filter(t -> t.vi.toLowerCase(Locale.ROOT).equals(w)).findFirst();
    }

    /**
     * The type a symbol code names ("NQ", "QĐ") in a system; the Party "TT" is a thông tri, the State one a thông tư.
     * Without a system, or when the system has no such code, the State's codes are tried first, then the Party's.
     */
    public static Optional<DocType> byCode(String code, DocSystem system) {
        if (code == null) return Optional.empty();
        if (system != null) {
            Optional<DocType> own = ALL.stream().filter(t -> code.equals(t.code(system))).findFirst();
            if (own.isPresent()) return own;
        }
        Optional<DocType> state = ALL.stream().filter(t -> code.equals(t.stateCode)).findFirst();
        return state.isPresent() ? state : ALL.stream().filter(t -> code.equals(t.partyCode)).findFirst();
    }

    public static Optional<DocType> bySlug(String slug) { return ALL.stream().filter(t -> t.slug.equals(slug)).findFirst(); }

    private static DocType of(String slug) {
        return bySlug(slug).orElseThrow(() -> new IllegalStateException("doc-types.csv has no type " + slug));
    }

    /**
     * A constant-style name, as an enum would have: the name of the constant above that holds this type
     * ("NGHI_QUYET"), else the slug in capitals ("THU_CONG").
     */
    public String name() {
        for (java.lang.reflect.Field f : DocType.class.getFields()) {
            try {
                if (f.getType() == DocType.class && f.get(null) == this) return f.getName();
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return slug.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** The type of a constant-style name ({@link #name()}), a slug or a Vietnamese type word; for tables of tests and options. */
    public static DocType valueOf(String name) {
        return ALL.stream().filter(t -> t.name().equals(name) || t.slug.equals(name)).findFirst()
                .or(() -> byWord(name)).orElseThrow(() -> new IllegalArgumentException("no document type " + name));
    }

    @Override
    public String toString() { return name(); }

    /** One instance per slug after deserialisation too. */
    private Object readResolve() throws ObjectStreamException { return of(slug); }

    private static List<DocType> read(String resource) {
        List<DocType> out = new ArrayList<>();
        for (CSVRecord r : BundledTable.rows(resource)) {
            String system = r.get("system");
            out.add(new DocType(r.get("slug"), r.get("vi"), r.get("en"), blank(r.get("state_code")), blank(r.get("party_code")),
                    !system.equals("party"), !system.equals("state")));
        }
        return List.copyOf(out);
    }

    private static String blank(String s) { return s == null || s.isBlank() ? null : s; }
}
