package org.policygraph.extract.citation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.policygraph.text.StartScan;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.Level;
import org.policygraph.resolve.AdminUnit;
import org.policygraph.resolve.ReferenceData;

/**
 * Finds the citing document's own district and city: from the header when it names the unit, else from the
 * text (the body that passes the document is named in its opening; the unit named most often with a name).
 */
final class HomeReader {
    /** The opening of a document names the body that passes it ("Hội nghị Ban Chấp hành Đảng bộ quận ..."). */
    private static final int OPENING_CHARS = 800;

    private final ReferenceData reference;

    HomeReader(ReferenceData reference) { this.reference = reference; }

    Home read(DocumentHeader header, String text) {
        AdminUnit unit = header == null ? null : reference.unit(header.unit()).orElse(null);
        Level level = header == null ? null : header.level();
        IssuerPhrase opening = opening(text);
        if (level == null) level = unit != null ? levelOf(unit) : opening == null ? null : opening.level();
        List<NamedUnit> named = null;
        if (unit == null && level != null && level != Level.CITY && level != Level.CENTRAL) unit = mostNamed(named = namedUnits(text), level);
        AdminUnit city = unit == null ? null : "city".equals(unit.kind()) ? unit : reference.unit(unit.parent()).orElse(null);
        if (city == null) city = mostNamed(named != null ? named : namedUnits(text), Level.CITY);
        AdminUnit district = unit != null && "district".equals(unit.kind()) ? unit : null;
        String role = header == null ? null : reference.body(DocumentHeader.valueOf(header.issuer())).map(b -> b.kind()).orElse(null);
        if (role == null && opening != null) role = opening.role();
        return new Home(level, district, city, role);
    }

    /** The first local body named in the opening lines (recipients left out): the one that passes the document. */
    private static IssuerPhrase opening(String text) {
        String opening = CitationPatterns.RECIPIENT_LINE.matcher(text.substring(0, Math.min(text.length(), OPENING_CHARS))).replaceAll("");
        Matcher m = CitationPatterns.ISSUER_ANYWHERE.matcher(opening);
        while (m.find()) {
            IssuerPhrase p = IssuerReader.phrase(m);
            if (p.level() != null && p.level() != Level.CENTRAL) return p;
        }
        return null;
    }

    /** A unit named in the text with its level: by a body phrase or a unit phrase. */
    private record NamedUnit(String name, Level level) {}

    /** The units named in body phrases ("Quận ủy Kiến An"), then those in unit phrases ("quận Kiến An"), in text order. */
    private static List<NamedUnit> namedUnits(String text) {
        List<NamedUnit> out = new ArrayList<>();
        StartScan issuers = CitationPatterns.ISSUER_SCAN.over(text);
        while (issuers.next()) {
            IssuerPhrase p = IssuerReader.phrase(issuers.matcher());
            if (p.name() != null) out.add(new NamedUnit(p.name(), p.level()));
        }
        StartScan units = CitationPatterns.UNIT_NAMED_SCAN.over(text);
        Matcher u = units.matcher();
        while (units.next()) out.add(new NamedUnit(u.group("un"), CitationPatterns.UNIT_WORDS.get(IssuerReader.fold(u.group("uw")))));
        return out;
    }

    /**
     * The unit of a level named most often, in body phrases and unit phrases ({@link #namedUnits});
     * null when the most named is not in the reference, so that a district outside it is never taken for another.
     */
    private AdminUnit mostNamed(List<NamedUnit> named, Level level) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (NamedUnit n : named) if (n.level() == level) counts.merge(n.name(), 1, Integer::sum);
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> IssuerReader.unitsNamed(reference, e.getKey(), level))
                .filter(us -> us.size() == 1).map(us -> us.get(0)).orElse(null);
    }

    static Level levelOf(AdminUnit u) {
        return switch (u.kind()) {
            case "city" -> Level.CITY;
            case "district" -> Level.DISTRICT;
            case "ward" -> Level.WARD;
            default -> Level.CENTRAL;
        };
    }

    static List<String> unitKinds(Level level) {
        return switch (level) {
            case CITY -> List.of("city");
            case DISTRICT -> List.of("district");
            case WARD -> List.of("ward");
            case CENTRAL -> List.of("country");
        };
    }
}
