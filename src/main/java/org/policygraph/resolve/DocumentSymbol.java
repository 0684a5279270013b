package org.policygraph.resolve;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policygraph.model.DocSystem;
import org.policygraph.model.DocType;

/**
 * The parts of a document symbol (số, ký hiệu) as printed: Party {@code 06-NQ/QU}; State normative
 * {@code 32/2018/NQ-HĐND}, {@code 35/2021/QH15}; State administrative {@code 03/CT-UBND}. The number may be
 * blank in a draft ({@code /BC-UBND}, {@code -NQ/TU}).
 *
 * @param printed    the symbol as printed, white space removed
 * @param number     the number, or null when blank
 * @param year       the year printed in a State normative symbol, or null
 * @param typeCode   the type abbreviation ("NQ", "BC"), or null when the symbol has none ("35/2021/QH15")
 * @param issuerCode the issuer code ("QU", "HĐND", "QH15")
 * @param system     Party or State, from the shape
 */
public record DocumentSymbol(String printed, String number, Integer year, String typeCode, String issuerCode, DocSystem system) {

    private static final String CODE = "[A-ZĐ][A-Za-zĐđ]{0,4}";
    private static final String ISSUER = "[A-ZĐ][A-Za-zĐđ0-9&]{0,15}(?:[-.][A-ZĐ][A-Za-zĐđ0-9&]{0,15}){0,2}";

    /** Regex of a symbol as printed, possibly with spaces and a blank number, for use inside other patterns. */
    public static final String FORM = "(?:\\d{1,6}[a-z]?|\\.{2,}|…+|_{2,})?\\s*(?:/\\s*\\d{4}\\s*)?[-/]\\s*[A-ZĐ][A-Za-zĐđ0-9&]{0,15}"
            + "(?:\\s*[-/.]\\s*[A-ZĐ][A-Za-zĐđ0-9&]{0,15}){0,3}";

    private static final Pattern PARTY = Pattern.compile("^(\\d*)-(" + CODE + ")/(" + ISSUER + ")$");
    private static final Pattern STATE_NORMATIVE = Pattern.compile("^(\\d*)/(\\d{4})/(?:(" + CODE + ")-)?(" + ISSUER + ")$");
    private static final Pattern STATE_ADMIN = Pattern.compile("^(\\d*)/(" + CODE + ")-(" + ISSUER + ")$");

    /** Parses a printed symbol; empty when it has none of the three shapes. */
    public static Optional<DocumentSymbol> parse(String printed) {
        String s = printed.replaceAll("\\s+", "").replaceFirst("^(?:\\.{2,}|…+|_{2,})", "");
        Matcher m = PARTY.matcher(s);
        if (m.matches()) return Optional.of(new DocumentSymbol(s, blank(m.group(1)), null, m.group(2), m.group(3), DocSystem.PARTY));
        m = STATE_NORMATIVE.matcher(s);
        if (m.matches())
            return Optional.of(new DocumentSymbol(s, blank(m.group(1)), Integer.valueOf(m.group(2)), m.group(3), m.group(4), DocSystem.STATE));
        m = STATE_ADMIN.matcher(s);
        if (m.matches()) return Optional.of(new DocumentSymbol(s, blank(m.group(1)), null, m.group(2), m.group(3), DocSystem.STATE));
        return Optional.empty();
    }

    /** True when the number is left blank ("/BC-UBND"). */
    public boolean numberBlank() { return number == null; }

    /** The document type the code names, if any. */
    public Optional<DocType> type() { return typeCode == null ? Optional.empty() : DocType.byCode(typeCode, system); }

    private static String blank(String n) { return n == null || n.isEmpty() ? null : n; }
}
