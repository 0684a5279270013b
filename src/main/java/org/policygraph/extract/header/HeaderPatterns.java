package org.policygraph.extract.header;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.policygraph.model.DocType;
import org.policygraph.model.Level;
import org.policygraph.resolve.DocumentSymbol;

/**
 * Every word list and pattern the header extractor uses: type words, number words, body phrases, date, symbol,
 * conference, term, theme and signature shapes. Patterns run on normalised text (NFC, markup removed,
 * white space folded, one newline between lines).
 */
final class HeaderPatterns {
    private HeaderPatterns() {}

    /** Case-insensitive over Vietnamese letters. */
    static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    /** Both spellings of the syllable "ủy" ("ủy" and "uỷ"). */
    private static final String UY = "(?:ủy|uỷ)";

    // ---- numbers -------------------------------------------------------------------------------------------

    /** Vietnamese number words used in ordinals ("lần thứ bảy", "lần thứ mười lăm"); "mười"/"mươi" are the tens. */
    static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("nhất", 1), Map.entry("một", 1), Map.entry("mốt", 1), Map.entry("hai", 2), Map.entry("ba", 3),
            Map.entry("tư", 4), Map.entry("bốn", 4), Map.entry("năm", 5), Map.entry("lăm", 5), Map.entry("sáu", 6),
            Map.entry("bảy", 7), Map.entry("bẩy", 7), Map.entry("tám", 8), Map.entry("chín", 9));

    /** An ordinal as printed after "lần thứ": digits, a Roman numeral or one to four number words. */
    private static final String ORDINAL = "(?<ord>\\d{1,3}\\b|[IVXLC]{1,6}\\b|(?:(?:mười|mươi|"
            + String.join("|", NUMBER_WORDS.keySet()) + ")\\b\\s*){1,4})";

    /** A committee conference: "Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 15", "HỘI NGHỊ LẦN THỨ BẢY". */
    static final Pattern CONFERENCE = Pattern.compile("hội nghị\\b[^.;:()\\n]{0,90}?\\blần thứ\\s+" + ORDINAL, CI);

    /** A committee term: "khóa VI", "KHÓA XVI", "khoá XXIII". */
    static final Pattern TERM = Pattern.compile("\\bkh(?:óa|oá)\\s+(?<term>[IVXLC]{1,7})\\b", CI);

    // ---- type words ----------------------------------------------------------------------------------------

    /** Type words of {@link DocType}, longest first, as a regex alternation. */
    private static final String TYPE_WORDS = DocType.values().stream().map(DocType::vi)
            .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).collect(Collectors.joining("|"));

    /** A title-block line starting with a type word in capitals: "NGHỊ QUYẾT", "BÁO CÁO". */
    static final Pattern TITLE_TYPE = Pattern.compile("^[ \\t]*(?<word>" + DocType.values().stream()
            .map(t -> t.vi().toUpperCase(Locale.ROOT)).sorted((a, b) -> b.length() - a.length())
            .map(w -> Arrays.stream(w.split(" ")).map(Pattern::quote).collect(Collectors.joining("[ \\t]*\\n?[ \\t]*")))
            .collect(Collectors.joining("|")) + ")(?![\\p{L}])");

    /**
     * A line that is a type name alone, in any case: old files typed in a capitals font (TCVN3 .VnTimeH) come out in
     * small letters ("thông tư"), and a line holding only the type word is the type name whatever its case.
     */
    static final Pattern TYPE_LINE_ANY_CASE = Pattern.compile("^[ \\t|]*(?<word>" + DocType.values().stream().map(DocType::vi)
            .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).collect(Collectors.joining("|")) + ")[ \\t|]*$", CI);

    /** The document naming itself in its closing: "Nghị quyết này". */
    static final Pattern SELF_REFERENCE = Pattern.compile("(?<word>" + TYPE_WORDS + ")\\s+này\\b", CI);

    /** The enacting words of a resolution's preamble ("..., Ban Chấp hành Đảng bộ quận quyết nghị:"). */
    static final Pattern RESOLVES = Pattern.compile("\\bquyết nghị\\s*:", CI);

    // ---- symbol, date, place -------------------------------------------------------------------------------

    /**
     * The header's number line: "Số: 06-NQ/QU", "Số: /BC-UBND", "Số 06-NQ/QU" (the Party's, without a colon), a law's
     * or ordinance's "Luật số: 100/2015/QH13", "Pháp lệnh số: ..." (the forms of the Law on legal documents), the symbol
     * possibly on the next line; at the start of a line or of a flattened table cell ("CHÍNH PHỦ____ Số: ..."), and
     * ending its line or cell (a symbol followed by running text is a mention, not the number line).
     */
    static final Pattern NUMBER_LINE = Pattern.compile("(?m)(?:^[ \\t|]*|(?<=[|_]\\s{0,3}))(?:(?:bộ\\s+)?luật\\s+|pháp\\s+lệnh\\s+)?số\\s*[:.]?\\s*(?<sym>" + DocumentSymbol.FORM + ")"
            + "(?=[ \\t]*(?:$|\\||[-_]{3,}|\\p{Lu}[\\p{L} .]{0,30},\\s*ngày))", CI);

    /** The document's own appendix heading: "(kèm theo Nghị quyết số 06-NQ/QU, ngày 15/12/2023 của ...)". */
    static final Pattern OWN_APPENDIX = Pattern.compile("(?m)^[ \\t]*\\(\\s*(?:ban hành\\s+)?kèm theo\\s+(?<word>"
            + TYPE_WORDS + ")\\s+số\\s*:?\\s*(?<sym>" + DocumentSymbol.FORM + ")(?<rest>[^()]{0,200})\\)", CI);

    /** A date in words: "ngày 15 tháng 12 năm 2023", with the day or month possibly left blank. */
    static final String WORD_DATE = "ngày[\\s.…]*(?<wd>\\d{1,2})?[\\s.…]*tháng[\\s.…]*(?<wm>\\d{1,2})?[\\s.…]*năm\\s*(?<wy>\\d{4})";

    /** A numeric date: "15/12/2023", "01-12-2023". */
    static final String NUMERIC_DATE = "(?<!\\d)(?<nd>\\d{1,2})\\s*[/-]\\s*(?<nm>\\d{1,2})\\s*[/-]\\s*(?<ny>\\d{4})(?!\\d)";

    /** Either date form. */
    static final Pattern DATE = Pattern.compile(WORD_DATE + "|" + NUMERIC_DATE, CI);

    /** The place-and-date line: "Kiến An, ngày 15 tháng 12 năm 2023". */
    static final Pattern PLACE_DATE = Pattern.compile(
            "(?m)^[ \\t]*(?<place>\\p{L}[\\p{L} .'-]{0,40}?|\\p{L}+(?:[ ]\\p{L}+)?\\n\\p{L}[\\p{L} .'-]{0,30}?)\\s*,\\s*(?<date>" + WORD_DATE + "|ngày\\s*" + NUMERIC_DATE + ")", CI);

    /**
     * The place and date printed beside the number when the two header columns were merged into one line
     * ("Số: 04-NQ/QU Kiến An, ngày 12 tháng 12 năm 2022"): the place is the capitalised words before the comma.
     */
    static final Pattern INLINE_PLACE_DATE = Pattern.compile(
            "(?<![\\p{L}])(?<place>(?-i:\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,3}))\\s*,\\s*(?<date>" + WORD_DATE
            + "|ngày\\s*" + NUMERIC_DATE + ")", CI);

    /** The place and date printed without their comma ("Hà Nội ngày 01 tháng 12 năm 2025"): a line of capitalised words, then the date in words. */
    static final Pattern PLACE_DATE_WITHOUT_COMMA = Pattern.compile(
            "(?m)^[ \\t|]*(?<place>(?-i:\\p{Lu}\\p{Ll}*(?:[ ]\\p{Lu}\\p{Ll}*){0,4}))[ ]+(?<date>" + WORD_DATE + ")", CI);

    /** The meeting date in a resolution's preamble: "(họp ngày 15/12/2023)". */
    static final Pattern MEETING_DATE = Pattern.compile(
            "\\bhọp\\s+(?:vào\\s+)?(?<date>" + WORD_DATE + "|ngày\\s*" + NUMERIC_DATE + ")", CI);

    // ---- plan year, theme, title ---------------------------------------------------------------------------

    /** Words of an annual plan's subject, before "năm 2024". */
    private static final String PLAN_WORD = "(?:chủ đề|mục tiêu|chỉ tiêu|nhiệm vụ|giải pháp)";

    /** "chủ đề, chỉ tiêu, nhiệm vụ, giải pháp năm 2024", "MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP NĂM 2024". */
    static final Pattern PLAN_YEAR = Pattern.compile(PLAN_WORD + "(?:\\s*,\\s*" + PLAN_WORD + ")*\\s+năm\\s+(?<year>\\d{4})\\b", CI);

    /** Plan words in a subject line: what makes "Về nhiệm vụ kinh tế - xã hội năm 2024" a plan for 2024. */
    static final Pattern PLAN_SUBJECT = Pattern.compile("\\b(?:nhiệm vụ|kế hoạch|mục tiêu|chỉ tiêu|giải pháp|chủ đề|phương hướng)\\b", CI);

    /** "năm 2024". */
    static final Pattern YEAR = Pattern.compile("\\bnăm\\s+(?<year>\\d{4})\\b", CI);

    /** The theme of the year as a numbered heading: "1. Chủ đề năm 2024: “...”". */
    static final Pattern THEME = Pattern.compile("(?m)^[ \\t]*(?:(?:\\d{1,2}|[IVX]{1,4}|[a-z])[.)]\\s*|-\\s*)?chủ đề(?: của)?"
            + " năm(?:\\s+\\d{4})?[^“\"«\\n:]{0,40}?(?:\\s+là)?\\s*:?\\s*(?:[“\"«](?<theme>[^”\"»]{3,500})[”\"»]"
            + "|(?<bare>(?-i:\\p{Lu})[^\\n]{10,300}))", CI);

    /** A subject line: "về chủ đề, chỉ tiêu, nhiệm vụ, giải pháp năm 2024". */
    static final Pattern SUBJECT_LINE = Pattern.compile("^[ \\t]*về\\s+\\S", CI);

    /** A subject on the type word's own line, when the title block was run into one line ("NGHỊ QUYẾT ... về ..."). */
    static final Pattern INLINE_SUBJECT = Pattern.compile("(?<![\\p{L}])về\\s+\\S", CI);

    /** Lines of the national motto and the Party's name above a title. */
    static final Pattern MOTTO = Pattern.compile("(?:cộng hòa xã hội|cộng hoà xã hội|độc lập\\s*-\\s*tự do|"
            + "đảng cộng sản việt nam)", CI);

    /** A line that is the national motto or the Party's name (zone 1 of both formats), possibly broken after "XÃ". */
    static final Pattern MOTTO_LINE = Pattern.compile("(?m)^[ \\t|]*(?:cộng h(?:òa|oà) xã(?:\\s+hội)?|độc lập\\s*[-–]\\s*tự do|đảng cộng sản việt nam)", CI);

    /** The first line of a document's body: legal bases, recitals, an article, chapter or part, the enacting words. */
    static final Pattern BODY_START = Pattern.compile("^(?:căn cứ\\b|xét đề nghị|theo đề nghị|thực hiện\\b|tại hội nghị|trên cơ sở\\b"
            + "|điều\\s+\\d+\\s*[.:]|chương\\s+[IVX\\d]+\\b|phần\\s+(?:thứ\\s+)?[IVX\\d]+\\b|quyết nghị\\s*:|quyết định\\s*:"
            + "|[IVX]{1,4}\\.\\s+\\S|\\d{1,2}\\.\\s+\\p{Lu}\\p{Ll})", CI);

    /** A summary line under the number or the type ("V/v ...", "Về việc ..."). */
    static final Pattern SUMMARY_LINE = Pattern.compile("^(?:v/v\\b|về\\s)", CI);

    /** Title-block lines that are not part of the subject: motto, conference, body, "của ...". */
    static final Pattern NOT_SUBJECT = Pattern.compile("^[ \\t]*(?:cộng hòa xã hội|cộng hoà xã hội|độc lập\\s*-|"
            + "đảng cộng sản việt nam|kính gửi|số\\s*:|hội nghị\\b|ban chấp hành|ban thường vụ|của\\s)", CI);

    /** The recipients line that ends a title block. */
    static final Pattern RECIPIENT = Pattern.compile("^[ \\t]*kính\\s+gửi\\b", CI);

    /** A top-level part heading ("I. KẾT QUẢ ..."), which ends the opening of a document. */
    static final Pattern TOP_HEADING = Pattern.compile("(?m)^[ \\t]*[IVX]{1,4}\\.\\s+\\S");

    // ---- signature -----------------------------------------------------------------------------------------

    /**
     * The first line of a signature block: on behalf of a body ("T/M BAN CHẤP HÀNH", "TM. ỦY BAN NHÂN DÂN"), for
     * a head ("KT. CHỦ TỊCH"), by order or authorisation. Role lines in capitals and the name follow.
     */
    static final Pattern SIGNATURE = Pattern.compile("(?m)^[ \\t]*(?<auth>T/M|T\\.M\\.?|TM\\.?|K/T|KT\\.?|Q\\.|T/L|TL\\.?|TUQ\\.?)"
            + "[ \\t]*(?<body>[^\\n]+)$");

    /** The recipients' heading beside the signature block: "Nơi nhận:". */
    static final Pattern RECIPIENTS_HEADING = Pattern.compile("^[ \\t|]*nơi\\s+nhận\\s*:?", CI);

    /** An appendix heading: "PHỤ LỤC", "Phụ lục I". */
    static final Pattern APPENDIX_HEADING = Pattern.compile("^[ \\t|]*phụ\\s+lục\\b", CI);

    /** Lines inside a signature block that are neither role nor name: "(Đã ký)", "(đã ký và đóng dấu)". */
    static final Pattern SIGNED_NOTE = Pattern.compile("^\\(.*\\)$|^đã ký", CI);

    /** Words before a conference phrase that make it a cited document's ("Nghị quyết Hội nghị lần thứ 8 ..."). */
    static final Pattern CITED_BEFORE = Pattern.compile("(?:nghị quyết|kết luận|chỉ thị|quy định|thông báo)(?:\\s+số\\s+\\S+)?"
            + "(?:\\s+ngày\\s+\\S+)?\\s*$", CI);

    /** Words after a conference phrase that make it the document's own ("... khóa VI (họp ngày ...)"). */
    static final Pattern MEETING_AFTER = Pattern.compile("^[^.;]{0,40}?\\bhọp\\b", CI);

    /** A title line naming a unit below a body named on the line above ("ỦY BAN NHÂN DÂN" / "QUẬN KIẾN AN"). */
    static final Pattern UNIT_LINE = Pattern.compile("^[ \\t]*(?<uw>thành phố|thị trấn|thị xã|quận|huyện|tỉnh|phường|xã)(?![\\p{L}])", CI);

    /** Words set as a name: each a capital and small letters ("Nguyễn Thị Minh"), nothing else. */
    static final Pattern NAME_WORDS = Pattern.compile("^\\p{Lu}\\p{Ll}*(?:[ \\t]+\\p{Lu}\\p{Ll}*)*$");

    /**
     * The start of a signatory's name line: a military or police rank or an academic title that may stand before
     * it ("Thượng tướng", "Đại tá", "GS.TS."), then words set as a name to the end of the line.
     */
    static final Pattern NAME_START = Pattern.compile("[ \\t]*(?<rank>(?:(?:đại|thượng|trung|thiếu)\\s+(?:tướng|tá|úy|uý)"
            + "|(?:GS|PGS|TS|ThS|BS|KTS|NGƯT|NGND)\\.(?:\\s*(?:TS|BS|ThS|KH)\\.)*)\\s+)?(?-i:\\p{Lu}\\p{Ll}*(?:[ \\t]+\\p{Lu}\\p{Ll}*)*)[ \\t]*$", CI);

    // ---- issuing bodies ------------------------------------------------------------------------------------

    /** Unit words ("quận Kiến An") and the level they name. */
    static final Map<String, Level> UNIT_WORDS = Map.of(
            "quận", Level.DISTRICT, "huyện", Level.DISTRICT, "thị xã", Level.DISTRICT,
            "thành phố", Level.CITY, "tỉnh", Level.CITY,
            "phường", Level.WARD, "xã", Level.WARD, "thị trấn", Level.WARD);

    /** Committee words ("Quận ủy") and the level of the committee. */
    static final Map<String, Level> COMMITTEE_WORDS = Map.of(
            "quận ủy", Level.DISTRICT, "huyện ủy", Level.DISTRICT, "thị ủy", Level.DISTRICT,
            "thành ủy", Level.CITY, "tỉnh ủy", Level.CITY, "đảng ủy", Level.WARD);

    /** Party issuer codes in symbols and the level they name. */
    static final Map<String, Level> PARTY_CODES = Map.of(
            "TW", Level.CENTRAL, "TU", Level.CITY, "QU", Level.DISTRICT, "HU", Level.DISTRICT, "ĐU", Level.WARD);

    /** Abbreviations of body and unit words printed in headers, and their full words. */
    private static final Map<Pattern, String> ABBREVIATIONS = Map.of(
            Pattern.compile("(?<![\\p{L}])UBND(?![\\p{L}])", CI), "Ủy ban nhân dân",
            Pattern.compile("(?<![\\p{L}])HĐND(?![\\p{L}])", CI), "Hội đồng nhân dân",
            Pattern.compile("(?<![\\p{L}])TP\\.\\s*", CI), "thành phố ");

    /** A printed body name with its abbreviations written out ("UBND TỈNH HÀ TĨNH" -> "Ủy ban nhân dân TỈNH HÀ TĨNH"). */
    static String expandAbbreviations(String printed) {
        String s = printed;
        for (Map.Entry<Pattern, String> e : ABBREVIATIONS.entrySet()) s = e.getKey().matcher(s).replaceAll(e.getValue());
        return s.replaceAll("\\s+", " ").strip();
    }

    /** The level a unit word ("quận") or committee word ("Quận uỷ") names, or null. */
    static Level levelOfWord(String word) {
        if (word == null) return null;
        String w = word.toLowerCase(Locale.ROOT).replace("uỷ", "ủy").replaceAll("\\s+", " ").strip();
        Level l = UNIT_WORDS.get(w);
        return l != null ? l : COMMITTEE_WORDS.get(w);
    }

    /** The reference unit kind of each level. */
    static final Map<Level, String> UNIT_KIND = Map.of(
            Level.CENTRAL, "country", Level.CITY, "city", Level.DISTRICT, "district", Level.WARD, "ward");

    private static final String UNIT_WORD = "(?<uw>thành phố|thị trấn|thị xã|quận|huyện|tỉnh|phường|xã)";
    private static final String COMMITTEE_WORD = "(?<cw>(?:quận|huyện|thị|thành|tỉnh|đảng)\\s+" + UY + ")";

    /**
     * A phrase naming an issuing body. {@code level} is fixed, or null when the unit or committee word of the
     * match gives it; a phrase without either leaves the level open ("T/M BAN CHẤP HÀNH").
     */
    record BodyPhrase(Pattern pattern, String kind, Level level) {}

    /** Body phrases, more specific first; the first to match at a position wins. */
    static final List<BodyPhrase> BODY_PHRASES = List.of(
            phrase("ban chấp hành trung ương(?:\\s+đảng)?", "party-committee", Level.CENTRAL),
            phrase("bộ chính trị", "politburo", Level.CENTRAL),
            phrase("ban bí thư(?:\\s+trung ương(?:\\s+đảng)?)?", "secretariat", Level.CENTRAL),
            phrase(UY + " ban thường vụ quốc hội", "na-standing-committee", Level.CENTRAL),
            phrase("quốc hội", "national-assembly", Level.CENTRAL),
            phrase("thủ tướng chính phủ", "prime-minister", Level.CENTRAL),
            phrase("chính phủ", "government", Level.CENTRAL),
            phrase("ban chấp hành đảng bộ\\s+" + UNIT_WORD, "party-committee", null),
            phrase("ban thường vụ\\s+" + COMMITTEE_WORD, "standing-committee", null),
            phrase("ban thường vụ", "standing-committee", null),
            phrase("ban chấp hành", "party-committee", null),
            phrase("(?:" + UY + " ban nhân dân|ubnd)\\s+" + UNIT_WORD, "peoples-committee", null),
            phrase("(?:" + UY + " ban nhân dân|ubnd)", "peoples-committee", null),
            phrase("(?:hội đồng nhân dân|hđnd)\\s+" + UNIT_WORD, "peoples-council", null),
            phrase("(?:hội đồng nhân dân|hđnd)", "peoples-council", null),
            phrase(COMMITTEE_WORD, "party-committee", null));

    private static BodyPhrase phrase(String regex, String kind, Level level) {
        return new BodyPhrase(Pattern.compile("(?<![\\p{L}])" + regex + "(?![\\p{L}])", CI), kind, level);
    }

    /** A capitalised place name after a unit or committee word ("Kiến An" in "quận Kiến An"). */
    private static final String PLACE_NAME = "\\s+(?<name>(?-i:\\p{Lu}\\p{Ll}+(?![\\p{L}])(?:[ \\t]+\\p{Lu}\\p{Ll}+(?![\\p{L}])){0,3}))";

    /**
     * Mentions of a unit by name at each level ("quận Kiến An", "Quận uỷ Hồng Bàng"; "thành phố Hải Phòng"), for
     * counting which unit a text is about. Any capitalised name counts, so that a unit missing from the reference
     * data outweighs a neighbour that is in it. Each starts with a look-ahead for the first letters of its words.
     */
    static final Map<Level, Pattern> UNIT_MENTIONS = Map.of(
            Level.DISTRICT, Pattern.compile("(?=[qht])(?<![\\p{L}])(?:quận|huyện|thị xã)(?:\\s+" + UY + ")?" + PLACE_NAME, CI),
            Level.CITY, Pattern.compile("(?=t)(?<![\\p{L}])(?:thành phố|tỉnh|thành\\s+" + UY + "|tỉnh\\s+" + UY + ")" + PLACE_NAME, CI),
            Level.WARD, Pattern.compile("(?=[đpxt])(?<![\\p{L}])(?:đảng\\s+" + UY + "\\s+)?(?:phường|xã|thị trấn)" + PLACE_NAME, CI));

    /** Syllables of an unknown place name counted as one name ("Lê Chân" of "quận Lê Chân Báo cáo"). */
    static final int UNKNOWN_NAME_WORDS = 2;
}
