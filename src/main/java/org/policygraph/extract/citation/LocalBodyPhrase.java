package org.policygraph.extract.citation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policygraph.model.Level;
import org.policygraph.resolve.AdminUnit;
import org.policygraph.resolve.ReferenceData;

/**
 * A local body named after a mention by its own words, when it is none of the bodies the issuer patterns know: a
 * department, office or board of a unit ("... của Thuế tỉnh Nghệ An", "... của Văn phòng UBND thành phố", "... của Ban
 * Pháp chế Hội đồng nhân dân Thành phố"). Its level is the unit word's; its unit the one named, else the citing
 * document's own unit of that level; its name is kept as printed (it has no reference id).
 */
final class LocalBodyPhrase {
    /** "của", up to eight words of the body's name, a unit word, and the unit's name when printed. */
    private static final Pattern AFTER = Pattern.compile("\\G" + CitationPatterns.S + ",?" + CitationPatterns.S
            + CitationPatterns.words("của") + CitationPatterns.W
            + "(?<body>(?-i:\\p{Lu})\\p{L}*(?:" + CitationPatterns.W + "(?!" + CitationPatterns.words("về") + "(?![\\p{L}]))\\p{L}+){0,8}?)"
            + CitationPatterns.W + "(?<uw>" + CitationPatterns.UNIT_WORD + ")(?:" + CitationPatterns.W + "(?<un>" + CitationPatterns.NAME + "))?");

    private final ReferenceData reference;

    LocalBodyPhrase(ReferenceData reference) { this.reference = reference; }

    /** The body named after {@code at}, resolved against the citing document's home; null when none is named there. */
    Found attached(String text, int at, Home home) {
        Matcher m = AFTER.matcher(text).region(at, text.length());
        if (!m.lookingAt()) return null;
        Level level = CitationPatterns.UNIT_WORDS.get(IssuerReader.fold(m.group("uw")));
        if (level == null) return null;
        AdminUnit unit = null;
        if (m.group("un") != null) {
            List<AdminUnit> named = IssuerReader.unitsNamed(reference, m.group("un"), level);
            if (named.size() == 1) unit = named.get(0);
        } else if (home != null) {
            unit = home.unitAt(level);
        }
        String name = text.substring(m.start("body"), m.end()).replaceAll("\\s+", " ").strip();
        return new Found(new IssuerReader.Issuer(null, name, level, null, unit == null ? null : unit.id()), m.end());
    }

    /** A body read, and where its phrase ends. */
    record Found(IssuerReader.Issuer issuer, int end) {}
}
