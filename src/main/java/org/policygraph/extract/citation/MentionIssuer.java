package org.policygraph.extract.citation;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.policygraph.model.DocSystem;
import org.policygraph.model.Level;
import org.policygraph.resolve.AdminUnit;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.text.SpanSet;

/**
 * Finds the issuing body of a mentioned document. The full committee and its standing committee share a Party
 * code ("TU") and HĐND/UBND are city or district, so the words decide: the body attached to the mention, or the
 * nearest one before it that could have issued it; failing words, the code's level and the citing document's unit.
 */
final class MentionIssuer {
    private final ReferenceData reference;
    private final IssuerReader issuers;

    MentionIssuer(ReferenceData reference) {
        this.reference = reference;
        this.issuers = new IssuerReader(reference);
    }


    /**
     * The body that issued a mentioned document: the one attached to the mention, else the nearest fitting one named
     * before it in its sentence (outside earlier mentions), else what the symbol's code and the citing document's
     * own unit say.
     */
    IssuerReader.Issuer issuer(RawMention raw, String t, SpanSet earlier, Home home) {
        return ownSeries(raw, read(raw, t, earlier, home));
    }

    private IssuerReader.Issuer read(RawMention raw, String t, SpanSet earlier, Home home) {
        if (raw.form() == RawMention.Form.CONGRESS) return congress(raw, home);
        if (raw.issuer() != null) {
            IssuerReader.Issuer i = issuers.resolve(raw.issuer(), home);
            if (i != null) return i;
        }
        if (raw.form() == RawMention.Form.STATUTE || (raw.form() == RawMention.Form.BARE_NUMBER && raw.issuerCode() == null)) {
            String body = CitationPatterns.TYPE_ISSUERS.get(raw.type());
            return body == null ? null : central(body);
        }
        String code = raw.issuerCode();
        if (code == null) return null;
        boolean committeeCode = CitationPatterns.PARTY_CODES.containsKey(code);
        String centralState = CitationPatterns.STATE_CENTRAL_CODES.get(code.replaceAll("\\d+$", ""));
        if (raw.system() == DocSystem.STATE && centralState != null) return central(centralState);
        Level codeLevel = codeLevel(raw);
        String localRole = raw.system() == DocSystem.STATE ? CitationPatterns.STATE_LOCAL_CODES.get(code) : null;
        Predicate<IssuerPhrase> role = raw.system() == DocSystem.PARTY
                ? p -> p.level() == codeLevel && (p.central() || p.role().contains("committee") && !p.role().startsWith("peoples"))
                : p -> localRole != null && localRole.equals(p.role());
        Predicate<IssuerPhrase> fits = role.and(p -> !earlier.overlaps(p.start(), p.end()));
        if (codeLevel != null || localRole != null) {
            IssuerPhrase before = IssuerReader.before(t, ContextReader.issuerWindowStart(t, raw.start()), raw.start(), fits);
            if (before != null) {
                IssuerReader.Issuer i = issuers.resolve(before, home);
                if (i != null) return i;
            }
        }
        if (localRole != null && localRole.equals(home.role()) && home.level() != null && home.level() != Level.CENTRAL) {
            return issuers.resolve(new IssuerPhrase(localRole, null, home.level(), null, null, raw.start(), raw.start()), home);
        }
        if (codeLevel == null) return null;
        if (!committeeCode) return new IssuerReader.Issuer(null, null, codeLevel, null, null);  // an office of a committee: its own register
        if (codeLevel == Level.CENTRAL) return new IssuerReader.Issuer(null, null, Level.CENTRAL, "tw", "viet-nam");
        AdminUnit unit = home.unitAt(codeLevel);
        return new IssuerReader.Issuer(null, null, codeLevel, issuers.partyRegister(unit), unit == null ? null : unit.id());
    }

    /** The level a Party symbol's issuer code names ("QU", or an office's code ending in it, "BTGTU"), or null. */
    static Level codeLevel(RawMention raw) {
        if (raw.system() != DocSystem.PARTY || raw.issuerCode() == null) return null;
        String code = raw.issuerCode();
        Level exact = CitationPatterns.PARTY_CODES.get(code);
        if (exact != null) return exact;
        return CitationPatterns.PARTY_CODE_SUFFIXES.entrySet().stream().filter(e -> code.endsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** A code numbering its own series keeps the body but not the body's register. */
    private static IssuerReader.Issuer ownSeries(RawMention raw, IssuerReader.Issuer i) {
        if (i == null || raw.issuerCode() == null || !CitationPatterns.OWN_SERIES_CODES.contains(raw.issuerCode())) return i;
        return new IssuerReader.Issuer(i.bodyId(), i.name(), i.level(), null, i.unitId());
    }

    private IssuerReader.Issuer central(String bodyId) {
        return reference.body(bodyId).map(b -> new IssuerReader.Issuer(b.id(), b.nameVi(), Level.CENTRAL, b.register(), b.unit())).orElse(null);
    }

    /** The congress that passed a congress resolution, named in Vietnamese. */
    private IssuerReader.Issuer congress(RawMention raw, Home home) {
        IssuerPhrase p = raw.issuer();
        String roman = raw.named().ordinal();
        if (p == null) return congressByTerm(roman);
        if (p.central()) {
            return new IssuerReader.Issuer(null, "Đại hội đại biểu toàn quốc lần thứ " + roman + " của Đảng", Level.CENTRAL, "tw", "viet-nam");
        }
        IssuerReader.Issuer committee = issuers.resolve(p, home);
        AdminUnit unit = committee == null ? null : reference.unit(committee.unitId()).orElse(null);
        String place = unit != null ? unit.bareName() : p.name();
        String name = "Đại hội đại biểu Đảng bộ " + p.unitWord() + (place == null ? "" : " " + place) + " lần thứ " + roman;
        return new IssuerReader.Issuer(null, name, p.level(), committee == null ? null : committee.register(), unit == null ? null : unit.id());
    }

    /** "Nghị quyết Đại hội XIII" without a body: the one register whose terms include that congress, if only one does. */
    private IssuerReader.Issuer congressByTerm(String roman) {
        List<String> registers = reference.registersOfCongress(roman);
        if (registers.size() != 1) return null;
        String register = registers.get(0);
        if (register.equals("tw")) return new IssuerReader.Issuer(null, "Đại hội đại biểu toàn quốc lần thứ " + roman + " của Đảng", Level.CENTRAL, "tw", "viet-nam");
        return reference.bodyOfRegister(register, "party-committee")
                .flatMap(b -> reference.unit(b.unit()).map(u -> new IssuerReader.Issuer(null,
                        "Đại hội đại biểu Đảng bộ " + u.nameVi().substring(0, u.nameVi().length() - u.bareName().length()).strip().toLowerCase(java.util.Locale.ROOT)
                                + " " + u.bareName() + " lần thứ " + roman, b.level(), register, u.id()))).orElse(null);
    }

}
