package org.policygraph.extract.citation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
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
        if (level == null) level = openingLevel(text);
        if (unit == null) unit = mostNamed(text, level);
        if (unit == null) return new Home(level, null, null);
        if (level == null) level = levelOf(unit);
        AdminUnit city = "city".equals(unit.kind()) ? unit : reference.unit(unit.parent()).orElse(null);
        AdminUnit district = "district".equals(unit.kind()) ? unit : null;
        return new Home(level, district, city);
    }

    /** The level of the first body named in the opening lines. */
    private static Level openingLevel(String text) {
        String opening = CitationPatterns.RECIPIENT_LINE.matcher(text.substring(0, Math.min(text.length(), OPENING_CHARS))).replaceAll("");
        Matcher m = CitationPatterns.ISSUER_ANYWHERE.matcher(opening);
        while (m.find()) {
            IssuerPhrase p = IssuerReader.phrase(m);
            if (p.level() != null && p.level() != Level.CENTRAL) return p.level();
        }
        return null;
    }

    /** The unit of the given level (district when unknown) named most often by body phrases in the text. */
    private AdminUnit mostNamed(String text, Level level) {
        Map<AdminUnit, Integer> counts = new LinkedHashMap<>();
        Matcher m = CitationPatterns.ISSUER_ANYWHERE.matcher(text);
        while (m.find()) {
            IssuerPhrase p = IssuerReader.phrase(m);
            if (p.name() == null || p.level() == null || p.level() == Level.CENTRAL) continue;
            if (level != null && p.level() != level) continue;
            for (AdminUnit u : IssuerReader.unitsNamed(reference, p.name(), p.level())) counts.merge(u, 1, Integer::sum);
        }
        if (counts.isEmpty()) {
            Matcher u = CitationPatterns.UNIT_NAMED.matcher(text);
            while (u.find()) {
                Level l = CitationPatterns.UNIT_WORDS.get(CitationPatterns.lower(u.group("uw").replaceAll("\\s+", " ")));
                if (l == null || (level != null && l != level)) continue;
                for (AdminUnit a : IssuerReader.unitsNamed(reference, u.group("un"), l)) counts.merge(a, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
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
