package org.policygraph.extract.citation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.policygraph.model.CitationKind;
import org.policygraph.model.DocType;
import org.policygraph.model.Level;

/**
 * Every pattern table of citation extraction: type words, the Party and State symbol grammars, dates,
 * issuing-body phrases, named unnumbered decisions, statutes, kind triggers and the words that make a
 * reference generic. The logic classes hold no pattern strings. All patterns run on
 * {@code SourceText.normalised()}, where white space is one space or one line break.
 */
public final class CitationPatterns {
    private CitationPatterns() {}

    /** White space inside a phrase or a symbol: PDF extraction breaks lines anywhere. */
    static final String S = "[ \\n]*";
    /** At least one white space character. */
    static final String W = "[ \\n]+";

    /**
     * A Vietnamese phrase matched case-insensitively, with line breaks between words and both accent
     * placements ("ủy"/"uỷ", "hóa"/"hoá", "khóa"/"khoá").
     */
    static String words(String phrase) {
        String p = Arrays.stream(phrase.split(" ")).map(CitationPatterns::accentVariants).collect(Collectors.joining(W));
        return "(?iu:" + p + ")";
    }

    private static final Map<String, String> ACCENT_VARIANTS = Map.of(
            "ủy", "(?:ủy|uỷ)", "óa", "(?:óa|oá)", "òa", "(?:òa|oà)", "ỏa", "(?:ỏa|oả)", "ọa", "(?:ọa|oạ)", "úy", "(?:úy|uý)");

    /**
     * A look-ahead for the first letter of any of the phrases as {@link #words} matches them (either case, either
     * accent placement). Put before a pattern that starts with one of the phrases, it changes nothing that matches and
     * spares the pattern's alternation at every position where none of them can start.
     */
    static String startsWithOneOf(Stream<String> phrases) {
        java.util.TreeSet<Character> first = new java.util.TreeSet<>();
        phrases.forEach(p -> {
            first.add(p.charAt(0));
            for (var e : ACCENT_VARIANTS.entrySet()) {
                if (p.regionMatches(true, 0, e.getKey(), 0, e.getKey().length())) for (String v : placements(e.getValue())) first.add(v.charAt(0));
            }
        });
        return "(?=(?iu:[" + first.stream().map(String::valueOf).collect(Collectors.joining()) + "]))";
    }

    /**
     * The spellings of the start of a phrase ({@link PhraseScan#PREFIX} characters and one more) that {@link #words}
     * may match, as printed: each accent placement swapped for the other, in every combination.
     */
    static Set<String> spellings(String phrase) {
        Set<String> out = new java.util.LinkedHashSet<>();
        // lower case: the variants are listed in small letters, and a scan compares case-insensitively
        String head = phrase.substring(0, Math.min(phrase.length(), PhraseScan.PREFIX + 1)).toLowerCase(java.util.Locale.ROOT);
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(head));
        while (!todo.isEmpty()) {
            String s = todo.poll();
            if (!out.add(s)) continue;
            for (String variants : ACCENT_VARIANTS.values()) {
                String[] pair = placements(variants);
                for (int k = 0; k < 2; k++) {
                    for (int at = s.indexOf(pair[k]); at >= 0; at = s.indexOf(pair[k], at + 1))
                        todo.add(s.substring(0, at) + pair[1 - k] + s.substring(at + pair[k].length()));
                }
            }
        }
        return out;
    }

    /** The two spellings of an entry of {@link #ACCENT_VARIANTS}: "(?:ủy|uỷ)" gives "ủy" and "uỷ". */
    private static String[] placements(String variants) {
        return variants.substring("(?:".length(), variants.length() - 1).split("\\|");
    }

    private static String accentVariants(String word) {
        String w = Pattern.quote(word.toLowerCase(java.util.Locale.ROOT));  // within (?iu:...): "Ủy" is "ủy" with its variants
        for (var e : ACCENT_VARIANTS.entrySet()) {
            w = w.replace(e.getKey(), "\\E" + e.getValue() + "\\Q");
        }
        return w.replace("\\Q\\E", "");
    }

    // ---- type words

    /** The type words of {@link DocType}. */
    private static final List<String> TYPE_WORDS = DocType.values().stream().map(DocType::vi).toList();

    /** Type words as printed in running text; "Chương trình hành động" is a programme. */
    static final String TYPE_WORD = "(?<tw>" + TYPE_WORDS.stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(CitationPatterns::words)
            .collect(Collectors.joining("|")) + ")(?:" + W + words("hành động") + ")?";

    /** Types whose issuer the type itself names: a decree is the Government's, a law the National Assembly's. */
    static final Map<DocType, String> TYPE_ISSUERS = Map.of(DocType.NGHI_DINH, "cp", DocType.LUAT, "qh",
            DocType.HIEN_PHAP, "qh", DocType.PHAP_LENH, "ubtvqh");

    // ---- symbols

    /** Hyphens as printed: PDF text has en dashes and non-breaking hyphens inside symbols. */
    static final String DASH = "[-\u2010\u2011\u2012\u2013\u2014]";

    /** Suffixes of Party issuer codes of an office ("BTGTU": propaganda board of the city committee) and their level. */
    static final Map<String, Level> PARTY_CODE_SUFFIXES = Map.of("TW", Level.CENTRAL, "TƯ", Level.CENTRAL, "TU", Level.CITY,
            "QU", Level.DISTRICT, "HU", Level.DISTRICT, "ĐU", Level.WARD);

    /** Party issuer codes and the level they name; the full and standing committee share them. */
    static final Map<String, Level> PARTY_CODES = Map.of("TW", Level.CENTRAL, "TU", Level.CITY, "TƯ", Level.CENTRAL,
            "QU", Level.DISTRICT, "HU", Level.DISTRICT, "ĐU", Level.WARD);

    /** State issuer codes whose body is fixed: the register each names. */
    static final Map<String, String> STATE_CENTRAL_CODES = Map.of("QH", "qh", "UBTVQH", "ubtvqh", "CP", "cp", "TTg", "ttg");

    /** State issuer codes of local bodies: the body kind; the level comes from the words around. */
    static final Map<String, String> STATE_LOCAL_CODES = Map.of("HĐND", "peoples-council", "UBND", "peoples-committee",
            "VPHC", "peoples-committee");

    /** Local codes of a series of their own (administrative-violation decisions): the body is known, its register is not. */
    static final java.util.Set<String> OWN_SERIES_CODES = java.util.Set.of("VPHC");

    /** "06-NQ/QU", "02-ĐA/QU", "49-CTr/TU", "1705-TB/TU"; spaces and line breaks allowed around the marks. */
    static final String PARTY_SYMBOL = "(?<pn>\\d{1,4})" + S + DASH + S + "(?<pt>[A-ZĐ][A-Za-zĐđ]{0,3})" + S + "/" + S
            + "(?<pi>[A-ZĐ][A-ZĐƯ]{1,5})(?![\\p{L}\\d])";

    /**
     * "32/2018/NQ-HĐND", "03/CT-UBND", "22/2013/QĐ-TTg", "35/2021/QH15", "1210/2016/UBTVQH13", "06/CP"; a letter's
     * drafting unit may carry "&" or a second part ("8935/BNV-CTTN&BĐG", "123/UBND-KT.TH").
     */
    static final String STATE_SYMBOL = "(?<sn>\\d{1,5})" + S + "/" + S + "(?:(?<sy>(?:19|20)\\d{2})" + S + "/" + S + ")?"
            + "(?:(?<st>[A-ZĐ][A-Za-zĐđ]{0,5})" + S + DASH + S + "(?<si>[A-ZĐ][A-Za-zĐđ&]{1,15}\\d{0,2}(?:[-.][A-ZĐ][A-Za-zĐđ&]{1,10}\\d{0,2})?)"
            + "|(?<sc>UBTVQH\\d{1,2}|QH\\d{1,2}|CP|TTg))(?![\\p{L}\\d])";

    static final String SYMBOL = "(?:" + PARTY_SYMBOL + "|" + STATE_SYMBOL + ")";

    /** A bare number after a type word ("Nghị định 137"); not a year, a share, a count of months. */
    static final String BARE_NUMBER = "(?<bn>\\d{1,4})(?![\\d/.,%\\p{L}-])(?!" + S + "(?:-|năm|tháng|ngày|%))";

    /** Type word, "số", then a symbol or a bare number. */
    static final Pattern TYPED_MENTION = Pattern.compile(startsWithOneOf(TYPE_WORDS.stream()) + TYPE_WORD + S
            + "(?:(?<so>" + words("số") + ")" + S + ")?" + "(?:" + SYMBOL + "|" + BARE_NUMBER + ")");

    static final PhraseScan TYPED_MENTION_SCAN = new PhraseScan(TYPED_MENTION, TYPE_WORDS);

    /** A symbol printed without a type word (only symbols that carry a type code are taken alone). */
    static final Pattern SYMBOL_ALONE = Pattern.compile("(?=\\d)(?<![\\p{L}\\d/-])" + SYMBOL);

    /** Where {@link #SYMBOL_ALONE} may start: a digit after no digit, slash or hyphen (the look-behind decides the rest). */
    static boolean symbolMayStart(String text, int at) {
        char c = text.charAt(at);
        if (c < '0' || c > '9') return false;
        if (at == 0) return true;
        char before = text.charAt(at - 1);
        return !(before >= '0' && before <= '9') && before != '/' && before != '-';
    }

    /** The next symbol of a coordinated list: "464-BC/TU và 465-BC/TU", "số 32/2018/NQ-HĐND, số 52/...". */
    static final Pattern LIST_CONTINUATION = Pattern.compile("\\G" + S + "(?:,|" + words("và") + ")" + S
            + "(?:" + words("số") + S + ")?" + SYMBOL);

    // ---- dates

    /** ", ngày 01/8/2022", " ngày 15 tháng 12 năm 2023", ", 20/12/2021". */
    static final Pattern DATE = Pattern.compile("\\G" + S + ",?" + S + "(?:(?:" + words("ban hành") + S + ")?" + words("ngày") + S + ")?"
            + "(?:(?<d>\\d{1,2})" + S + "[/.-]" + S + "(?<m>\\d{1,2})" + S + "[/.-]" + S + "(?<y>(?:19|20)\\d{2})"
            + "|(?<d2>\\d{1,2})" + W + words("tháng") + W + "(?<m2>\\d{1,2})" + W + words("năm") + W + "(?<y2>(?:19|20)\\d{2}))"
            + "(?![\\d])");

    // ---- issuing bodies

    /** A proper name of up to three capitalised syllables ("Kiến An", "Hải Phòng"). */
    static final String NAME = "(?-i:\\p{Lu}\\p{Ll}+(?![\\p{L}])(?:[ \\n]\\p{Lu}\\p{Ll}+(?![\\p{L}])){0,2})";

    /** Roman numerals of terms and congresses (upper case). */
    static final String ROMAN = "(?-i:[IVXLC]{1,6})(?![\\p{L}\\d])";

    /** Ordinals of conferences: digits or words ("lần thứ Tám", "lần thứ 15"). */
    static final Map<String, Integer> ORDINAL_WORDS = Map.ofEntries(
            Map.entry("nhất", 1), Map.entry("hai", 2), Map.entry("ba", 3), Map.entry("tư", 4), Map.entry("bốn", 4),
            Map.entry("năm", 5), Map.entry("sáu", 6), Map.entry("bảy", 7), Map.entry("tám", 8), Map.entry("chín", 9),
            Map.entry("mười", 10), Map.entry("mười một", 11), Map.entry("mười hai", 12), Map.entry("mười ba", 13),
            Map.entry("mười bốn", 14), Map.entry("mười lăm", 15), Map.entry("mười sáu", 16), Map.entry("mười bảy", 17),
            Map.entry("mười tám", 18), Map.entry("mười chín", 19), Map.entry("hai mươi", 20));

    static final String ORDINAL = "(?:\\d{1,2}|" + ORDINAL_WORDS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).map(CitationPatterns::words)
            .collect(Collectors.joining("|")) + ")(?![\\p{L}\\d])";

    /** Unit words after a body word, and the level they name. */
    static final Map<String, Level> UNIT_WORDS = Map.of("thành phố", Level.CITY, "tỉnh", Level.CITY,
            "quận", Level.DISTRICT, "huyện", Level.DISTRICT, "thị xã", Level.DISTRICT,
            "phường", Level.WARD, "xã", Level.WARD, "thị trấn", Level.WARD);

    /** Committee words ("Thành ủy") and the unit word they stand for. */
    static final Map<String, String> COMMITTEE_WORDS = Map.of("thành ủy", "thành phố", "tỉnh ủy", "tỉnh",
            "quận ủy", "quận", "huyện ủy", "huyện", "đảng ủy", "phường");

    static final String UNIT_WORD = "(?:" + UNIT_WORDS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
            .map(CitationPatterns::words).collect(Collectors.joining("|")) + ")(?![\\p{L}])";

    static final String COMMITTEE_WORD = "(?:" + COMMITTEE_WORDS.keySet().stream().map(CitationPatterns::words)
            .collect(Collectors.joining("|")) + ")(?![\\p{L}])";

    /** A unit word and a name anywhere in the text ("thành phố Hải Phòng"). */
    static final Pattern UNIT_NAMED = Pattern.compile(startsWithOneOf(UNIT_WORDS.keySet().stream())
            + "(?<![\\p{L}])(?<uw>" + UNIT_WORD + ")" + W + "(?<un>" + NAME + ")");

    static final PhraseScan UNIT_NAMED_SCAN = new PhraseScan(UNIT_NAMED, UNIT_WORDS.keySet().stream().map(w -> w + " ").toList());

    /** Central bodies: group name to body id in the reference data. */
    static final Map<String, String> CENTRAL_BODIES = Map.of("bct", "tw-bct", "bbt", "tw-bbt", "bchtw", "tw-bch",
            "ttg", "ttg", "cp", "cp", "ubtvqh", "ubtvqh", "qh", "qh");

    /**
     * An issuing body as printed. Groups: standing committee (btv, btvc, btvn), full committee by its
     * congress name (bch, bchu, bchn) or by its committee word (cmt, cmtc, cmtn), People's Council
     * (hdnd, hdndu, hdndn) and Committee (ubnd, ubndu, ubndn), central bodies (see {@link #CENTRAL_BODIES}),
     * and a term ("khóa XVI", group term). {@link #ISSUER_STARTS} lists how each alternative starts.
     */
    static final String ISSUER = "(?:"
            + "(?<btv>" + words("Ban Thường vụ") + W + "(?<btvc>" + COMMITTEE_WORD + ")(?:" + W + "(?<btvn>" + NAME + "))?)"
            + "|(?<bchtw>" + words("Ban Chấp hành Trung ương") + "(?:" + W + words("Đảng") + ")?)"
            + "|(?<bch>" + words("Ban Chấp hành Đảng bộ") + W + "(?<bchu>" + UNIT_WORD + ")(?:" + W + "(?<bchn>" + NAME + "))?)"
            + "|(?<bct>" + words("Bộ Chính trị") + ")"
            + "|(?<bbt>" + words("Ban Bí thư") + "(?:" + W + words("Trung ương Đảng") + ")?)"
            + "|(?<ttg>" + words("Thủ tướng Chính phủ") + "|" + words("Thủ tướng") + ")"
            + "|(?<cp>" + words("Chính phủ") + ")"
            + "|(?<ubtvqh>" + words("Ủy ban Thường vụ Quốc hội") + "|UBTVQH)"
            + "|(?<qh>" + words("Quốc hội") + ")"
            + "|(?<hdnd>(?:" + words("Hội đồng nhân dân") + "|HĐND)(?:" + W + "(?<hdndu>" + UNIT_WORD + "))?(?:" + W + "(?<hdndn>" + NAME + "))?)"
            + "|(?<ubnd>(?:" + words("Ủy ban nhân dân") + "|UBND)(?:" + W + "(?<ubndu>" + UNIT_WORD + "))?(?:" + W + "(?<ubndn>" + NAME + "))?)"
            + "|(?<cmt>(?<cmtc>" + COMMITTEE_WORD + ")(?:" + W + "(?<cmtn>" + NAME + "))?)"
            + ")";

    /** How each alternative of {@link #ISSUER} starts. */
    static final List<String> ISSUER_STARTS = Stream.concat(Stream.of("Ban Thường vụ", "Ban Chấp hành", "Bộ Chính trị", "Ban Bí thư",
            "Thủ tướng", "Chính phủ", "Ủy ban", "UBTVQH", "Quốc hội", "Hội đồng", "HĐND", "UBND"), COMMITTEE_WORDS.keySet().stream()).toList();

    /** What may follow a body: the conference number, the term, the congress period. */
    static final String ISSUER_TAIL = "(?:" + W + words("lần thứ") + W + "(?<conf2>" + ORDINAL + "))?"
            + "(?:" + S + ",?" + S + words("khóa") + W + "(?<term>" + ROMAN + "))?"
            + "(?:" + S + ",?" + S + words("nhiệm kỳ") + W + "\\d{4}" + S + DASH + S + "\\d{4})?";

    /** A body attached to a mention: ", của Ban Thường vụ Thành ủy", " Hội nghị lần thứ 15 Ban Chấp hành ...". */
    static final Pattern ATTACHED_ISSUER = Pattern.compile("\\G" + S + "(?<comma>,)?" + S + "(?:(?<cua>" + words("của") + ")" + W + ")?"
            + "(?:(?<hn>" + words("Hội nghị") + ")" + W + "(?:" + words("lần thứ") + W + "(?<conf>" + ORDINAL + ")" + W + ")?(?:" + words("của") + W + ")?)?"
            + ISSUER + ISSUER_TAIL);

    /** Any body phrase, for reading the words before a mention ("Quận ủy Hồng Bàng đã xây dựng ..."). */
    static final Pattern ISSUER_ANYWHERE = Pattern.compile(startsWithOneOf(ISSUER_STARTS.stream()) + "(?<![\\p{L}])" + ISSUER + ISSUER_TAIL);

    static final PhraseScan ISSUER_SCAN = new PhraseScan(ISSUER_ANYWHERE, ISSUER_STARTS);

    /** A subject phrase: " về ...". Its end is found by {@link #TITLE_END}. */
    static final Pattern TITLE_START = Pattern.compile("\\G" + S + ",?" + S + "(?<ve>" + words("về") + ")" + W);

    /** Where a subject phrase ends: a clause mark, a following type word after a conjunction, a link word. */
    static final Pattern TITLE_END = Pattern.compile(";|:|\\.(?=[\\s\"”]|$)|\\)|\\((?!\\d)"
            + "|(?:,|" + W + words("và") + "|" + W + words("gắn với") + "|" + W + words("nhằm") + ")" + S + TYPE_WORD.replace("?<tw>", "?:")
            + "|" + W + words("gắn với") + W
            + "|," + S + "(?=" + ISSUER + ")"
            + "|" + W + words("và") + W + "(?:" + words("thực hiện") + "|" + words("ban hành") + "|" + words("triển khai") + ")(?![\\p{L}])"
            + "|" + W + "(?:" + words("theo") + "|" + words("đã") + ")" + W);

    static final int TITLE_MAX = 300;

    // ---- named unnumbered decisions

    /** "Nghị quyết" as cited in running text; a heading in capitals is the document's own title, not a citation. */
    static final String RUNNING_NQ = "(?=[Nn])(?:Nghị|nghị)" + W + "quyết";

    /** "Nghị quyết Đại hội XIII của Đảng", "Nghị quyết Đại hội lần thứ XVI Đảng bộ thành phố", "... Đảng bộ quận lần thứ VI". */
    static final Pattern CONGRESS = Pattern.compile(RUNNING_NQ + W + words("Đại hội") + W
            + "(?:(?<nat3>" + words("Đảng") + W + words("toàn quốc") + W + words("lần thứ") + W + "(?<r3>" + ROMAN + "))"
            + "|(?:" + words("đại biểu") + W + ")?(?:(?<tq>" + words("toàn quốc") + ")" + W + ")?"
            + "(?:(?:" + words("lần thứ") + W + ")?(?<r1>" + ROMAN + ")(?:" + W + "(?:" + words("của") + W + ")?"
            + "(?:" + words("Đảng bộ") + W + "(?<u1>" + UNIT_WORD + ")(?:" + W + "(?<n1>" + NAME + "))?|(?<nat>" + words("Đảng") + ")(?!" + W + words("bộ") + ")))?"
            + "|" + words("Đảng bộ") + W + "(?<u2>" + UNIT_WORD + ")(?:" + W + "(?<n2>" + NAME + "))?" + W + words("lần thứ") + W + "(?<r2>" + ROMAN + ")))"
            + "(?:" + S + ",?" + S + words("nhiệm kỳ") + W + "\\d{4}" + S + DASH + S + "\\d{4})?");

    /** "Nghị quyết Hội nghị lần thứ Tám của Ban Chấp hành Trung ương Đảng khóa XIII". */
    static final Pattern CONFERENCE = Pattern.compile(RUNNING_NQ + W + words("Hội nghị") + W
            + "(?:" + words("lần thứ") + W + ")?(?<conf>" + ORDINAL + ")" + W + "(?:" + words("của") + W + ")?"
            + ISSUER + ISSUER_TAIL);

    /** "Nghị quyết Trung ương 4 khóa XII", "Nghị quyết Hội nghị Trung ương 8 (khóa XIII)": a central plenum by number. */
    static final Pattern CENTRAL_CONFERENCE = Pattern.compile(RUNNING_NQ + W + "(?:" + words("Hội nghị") + W + ")?"
            + words("Trung ương") + W + "(?:" + words("lần thứ") + W + ")?(?<conf>" + ORDINAL + ")"
            + "(?:" + S + ",?" + S + "\\(?" + S + words("khóa") + W + "(?<term>" + ROMAN + ")" + S + "\\)?)?");

    /** The type word at the start of a named decision, any case. */
    static final Pattern RESOLUTION_WORD = Pattern.compile(words("Nghị quyết"));

    /** How {@link #RUNNING_NQ} starts. */
    static final List<String> RUNNING_NQ_STARTS = List.of("Nghị quyết", "nghị quyết");

    static final PhraseScan CONGRESS_SCAN = new PhraseScan(CONGRESS, RUNNING_NQ_STARTS);
    static final PhraseScan CONFERENCE_SCAN = new PhraseScan(CONFERENCE, RUNNING_NQ_STARTS);
    static final PhraseScan CENTRAL_CONFERENCE_SCAN = new PhraseScan(CENTRAL_CONFERENCE, RUNNING_NQ_STARTS);

    /**
     * Words that end a statute's name where no clause mark does: the clause going on ("về", "theo", "được", "như sau",
     * "năm 2014"), another document or article ("và Điều 77", "và các văn bản"), a type word.
     */
    private static final String STATUTE_NAME_END = "(?<=[ \\n])(?:(?iu:về|theo|được|đã|thì|để|nhằm|như sau|có liên quan|đối với"
            + "|hướng dẫn|quy định|năm\\s+\\d{4}|và[ \\n]+các)(?![\\p{L}])|(?iu:và)[ \\n]+\\p{Lu}|(?-i:" + TYPE_WORDS.stream()
            .filter(w -> !w.equals("Luật") && !w.equals("Pháp lệnh")).map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}]))";

    /**
     * A statute's name as printed, possibly broken over lines: words up to a clause mark, where a comma followed by a
     * small letter stays in the name ("Luật Phòng, chống ma túy", "Luật Thi đua, khen thưởng") and a comma before a
     * capital ends it ("Luật Ngân sách nhà nước, Luật Đầu tư công").
     */
    private static final String STATUTE_NAME = "(?<sname>(?:(?!Luật|Pháp lệnh|" + words("ngày") + W + "\\d|" + words("số") + W + "\\d|"
            + STATUTE_NAME_END + ")(?:[^;:.(),]|,(?=[ \\n]*\\p{Ll}))){2,120}?)";

    /** Words that cannot open a statute's name ("Pháp lệnh và ...", "Luật này", "Luật hiện hành"). */
    static final Pattern NOT_A_NAME = Pattern.compile("(?:và|hoặc|này|đó|nêu trên|hiện hành|các|của|theo|về|được|có|thì)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A statute by name and number: "Luật Doanh nghiệp số 59/2020/QH14", "Luật Thi đua, khen thưởng số 06/2022/QH15". */
    static final Pattern NUMBERED_STATUTE = Pattern.compile("(?=[LBP])(?<![\\p{L}])(?<sw>(?-i:Luật|Bộ luật|Pháp lệnh))" + W
            + STATUTE_NAME + W + words("số") + S + SYMBOL);

    /**
     * The head of an amending statute's name that ends where a statute's name begins ("Luật sửa đổi, bổ sung một số điều
     * của " before "Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15"): the number then is the amending law's.
     * Matched against the text before a numbered statute; no comma or clause mark between its "bổ sung" and the end
     * (line breaks are allowed: web and PDF text breaks names over lines).
     */
    static final Pattern AMENDING_HEAD = Pattern.compile("(?<![\\p{L}])(?:Luật|Bộ luật|Pháp lệnh)" + W + "(?iu:sửa)" + W + "đổi,?" + W
            + "bổ" + W + "sung[^;:(),]{0,160}$");

    static final PhraseScan NUMBERED_STATUTE_SCAN = new PhraseScan(NUMBERED_STATUTE, List.of("Luật", "Bộ luật", "Pháp lệnh"));

    /** A statute by name: "Luật Đất đai năm 2013", "Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn". */
    static final Pattern STATUTE = Pattern.compile("(?=[LBPH])(?<![\\p{L}])(?<sw>(?-i:Luật|Bộ luật|Pháp lệnh|Hiến pháp))" + W
            + STATUTE_NAME
            + "(?:" + W + words("ngày") + W + "(?<sd>\\d{1,2})" + W + words("tháng") + W + "(?<sm>\\d{1,2}))?"
            + "(?:" + W + words("năm") + W + "(?<syear>(?:19|20)\\d{2}))?"
            + "(?=" + S + "(?:[;:.()]|$|,(?=" + S + "\\p{Lu})|" + words("và") + W + "(?-i:Luật|Pháp lệnh)|" + STATUTE_NAME_END + "))");

    static final PhraseScan STATUTE_SCAN = new PhraseScan(STATUTE, List.of("Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp"));

    // ---- context words

    /** Words before a mention and the kind they give; the nearest one wins. */
    static final Map<CitationKind, Pattern> KIND_TRIGGERS = Map.of(
            CitationKind.LEGAL_BASIS, Pattern.compile(words("căn cứ") + "(?![\\p{L}])"),
            CitationKind.IMPLEMENTATION, Pattern.compile("(?<![\\p{L}])(?:" + words("thực hiện") + "|" + words("cụ thể hóa") + "|"
                    + words("quán triệt") + "|" + words("triển khai") + "|" + words("thể chế hóa") + ")(?![\\p{L}])"),
            CitationKind.SUBMISSION, Pattern.compile("(?<![\\p{L}])(?:" + words("xem xét") + "|" + words("xét") + "|" + words("thảo luận")
                    + ")(?![\\p{L}])"));

    /** Types that a decision can rest on when "xem xét" precedes them. */
    static final List<DocType> SUBMISSION_TYPES = List.of(DocType.TO_TRINH, DocType.BAO_CAO);

    /** The words that put a mention in the document's own appendix heading: it is the document itself. */
    static final Pattern SELF_MARK = Pattern.compile("(?:" + words("kèm theo") + "|(?<![\\p{L}])" + words("Số") + S + ":|(?<line>(?:^|\\n)[ ]*Số))" + S + "$");

    /** A recipient line ("Kính gửi: ..."): the bodies on it do not pass the document. */
    static final Pattern RECIPIENT_LINE = Pattern.compile(words("Kính gửi") + "[^\\n]*");

    /** Where a clause starts, looking back from a mention. */
    static final Pattern CLAUSE_MARK = Pattern.compile("[;:!?]|\\.(?=\\s)");

    /** Where a sentence ends: a body named before a list ("các Nghị quyết của HĐND thành phố: A; B") covers its items. */
    static final Pattern SENTENCE_END = Pattern.compile("[!?]|\\.(?=\\s)");

    /** Where a sentence starts: items of one sentence joined by ";" share its verb ("Tiếp tục thực hiện A; B"). */
    static final Pattern SENTENCE_MARK = Pattern.compile("[:!?]|\\.(?=\\s)");

    /** Maximum look-back for a mention's context (kind words, an issuer named before it). */
    static final int CONTEXT_CHARS = 220;

    static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
