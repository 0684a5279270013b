package org.policygraph.model;

/**
 * What a document says about itself. Every field may be null: a value the text does not give stays unknown.
 *
 * @param type           document type, with the span of the type word or symbol it was read from
 * @param typeWord       the type word as printed ("NGHỊ QUYẾT", "Báo cáo")
 * @param system         Party or State
 * @param issuer         id of the issuing body in the reference data ("kien-an-qu-bch"), with the span naming it
 * @param level          level of the issuing body
 * @param unit           id of the administrative unit the issuer belongs to (reference data)
 * @param date           date of the document, full or partial
 * @param symbol         own symbol as printed, whitespace removed ("06-NQ/QU"); null when not printed
 * @param numberBlank    true when the symbol is printed with a blank number ("Số: /BC-UBND")
 * @param conference     number of the committee conference that passed it ("lần thứ 15")
 * @param term           committee term as printed, upper-case Roman ("VI", "XXIII")
 * @param planYear       the year the document plans for ("năm 2024")
 * @param theme          theme of the year (chủ đề năm), without quotes
 * @param title          subject line ("về chủ đề, chỉ tiêu, nhiệm vụ, giải pháp năm 2024")
 * @param signer         name of the signatory
 * @param signerRole     role printed above the name ("BÍ THƯ", "CHỦ TỊCH")
 * @param place          place printed before the date ("Kiến An")
 * @param printedIssuer  the issuing body as printed when the reference data does not hold it (then {@code issuer} is null)
 */
public record DocumentHeader(
        Located<DocType> type,
        String typeWord,
        DocSystem system,
        Located<String> issuer,
        Level level,
        String unit,
        Located<PartialDate> date,
        Located<String> symbol,
        boolean numberBlank,
        Located<Integer> conference,
        Located<String> term,
        Located<Integer> planYear,
        Located<String> theme,
        Located<String> title,
        Located<String> signer,
        String signerRole,
        Located<String> place,
        Located<PrintedBody> printedIssuer) implements java.io.Serializable {

    /** A header whose issuer, if any, is a body of the reference data. */
    public DocumentHeader(Located<DocType> type, String typeWord, DocSystem system, Located<String> issuer, Level level, String unit,
                          Located<PartialDate> date, Located<String> symbol, boolean numberBlank, Located<Integer> conference,
                          Located<String> term, Located<Integer> planYear, Located<String> theme, Located<String> title,
                          Located<String> signer, String signerRole, Located<String> place) {
        this(type, typeWord, system, issuer, level, unit, date, symbol, numberBlank, conference, term, planYear, theme, title,
                signer, signerRole, place, null);
    }

    /** Value of a located field or null. */
    public static <T> T valueOf(Located<T> l) { return l == null ? null : l.value(); }
}
