package org.policygraph.extract.indicator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The word tables of indicator and figure extraction: comparator words, unit words, money scale words,
 * words that make a number something other than a value (years, criteria, school grades, symbols).
 * All patterns work on lower-cased normalised text (NFC, with diacritics).
 */
public final class IndicatorLexicon {
    private IndicatorLexicon() {}

    /**
     * A unit word after a number: as printed, its code, and the factor that brings the printed number to that code
     * ("nghìn tỷ đồng" is counted in VND_billion, × 1,000).
     */
    public record UnitWord(String printed, String code, double factor) {
        public UnitWord(String printed, String code) { this(printed, code, 1); }
    }

    /** Unit words, longest first; matched right after the number. */
    public static final List<UnitWord> UNITS = List.of(
            new UnitWord("điểm phần trăm", "percentage_points"),
            new UnitWord("điểm %", "percentage_points"),
            new UnitWord("%", "%"),
            new UnitWord("nghìn tỷ đồng", "VND_billion", 1000),
            new UnitWord("ngàn tỷ đồng", "VND_billion", 1000),
            new UnitWord("tỷ đồng", "VND_billion"),
            new UnitWord("tỉ đồng", "VND_billion"),
            new UnitWord("triệu đồng", "VND_million"),
            new UnitWord("nghìn đồng", "VND_thousand"),
            new UnitWord("đồng", "VND"),
            new UnitWord("tỷ usd", "USD_billion"),
            new UnitWord("tỉ usd", "USD_billion"),
            new UnitWord("tỷ đô la mỹ", "USD_billion"),
            new UnitWord("tỉ đô la mỹ", "USD_billion"),
            new UnitWord("triệu đô la mỹ", "USD_million"),
            new UnitWord("đô la mỹ", "USD"),
            new UnitWord("triệu usd", "USD_million"),
            new UnitWord("usd", "USD"),
            new UnitWord("triệu tấn", "tonnes_million"),
            new UnitWord("tấn", "tonnes"),
            new UnitWord("triệu lượt khách", "visitors_million"),
            new UnitWord("triệu lượt", "visitors_million"),
            new UnitWord("lượt", "turns"),
            new UnitWord("lần", "times"),
            new UnitWord("triệu kwh", "kWh_million"),
            new UnitWord("mw", "MW"),
            new UnitWord("con/phụ nữ", "children_per_woman"),
            new UnitWord("con/1 phụ nữ", "children_per_woman"),
            new UnitWord("ha", "hectares"),
            new UnitWord("héc-ta", "hectares"),
            new UnitWord("km", "km"));

    /**
     * A rate per inhabitants right after the number: "10 bác sĩ/vạn dân", "32 giường bệnh/10.000 dân",
     * "15/100.000 dân". Group {@code base}: "vạn", "10.000" or "100.000".
     */
    public static final Pattern PER_INHABITANTS = Pattern.compile(
            "^\\s*(?:(?:bác sĩ|bác sỹ|giường bệnh|giường|dược sĩ|dược sỹ|điều dưỡng|nhân viên y tế)\\s*)?(?:/|trên)\\s*(?:1\\s+)?"
            + "(?<base>100\\.000|10\\.000|vạn)\\s+(?:người dân|dân|người)");

    /** Nouns after a number that count persons; other nouns count things ("count"). */
    public static final List<String> PERSON_NOUNS = List.of(
            "đảng viên", "người lao động", "lao động", "người", "học sinh", "hội viên", "đoàn viên",
            "cán bộ", "công chức", "viên chức", "giáo viên", "chiến sỹ", "chiến sĩ", "công dân", "trẻ");

    /** Nouns after a number that say the number is a duration or a date part, not a value. */
    public static final Pattern TIME_NOUN = Pattern.compile("^(?:tháng|năm|ngày|tuần|giờ|quý|tuổi)(?!\\p{L})");

    /** Words right before a number that make it something other than a value. */
    public static final Pattern NOT_A_VALUE_BEFORE = Pattern.compile(
            "(?:(?<!hàng )(?<!hằng )(?<!mỗi )(?<!cả )\\bnăm|giai đoạn|giá so sánh|\\blớp|tiêu chí|\\bsố|khóa|khoá|ngày|\\btháng|\\bquý|nghị định|thông tư"
            + "|đợt|lần thứ|tổng số|nhiệm kỳ|điều|khoản|mục|phụ lục|loại|cấp độ|mức độ|đối tượng|tốc độ)\\s*$");

    /** Nouns after a number that make it a description, not a target ("chính quyền địa phương 02 cấp"). */
    public static final Pattern NOT_A_VALUE_NOUN = Pattern.compile("^(?:cấp|gbps|mbps|gb/s|mb/s|gigabit|megabit|ghz|mhz)(?!\\p{L})");
    /** A paragraph that states the present, not a target ("Hiện nay, tổng số trạm ... khoảng 180 trạm"). */
    public static final Pattern PRESENT_STATE = Pattern.compile("^(?:hiện nay|hiện tại|đến nay|tính đến)(?!\\p{L})");

    /** Characters right after a number that make it part of a symbol, date, fraction or a code ("5G", "08/16"). */
    public static final Pattern NOT_A_VALUE_AFTER = Pattern.compile("^(?:/|-[^\\d\\s]|[\\p{L}&&[^đ]])");

    /** Characters right before a number that make it part of a symbol, date or fraction. */
    public static final Pattern NOT_A_VALUE_JUST_BEFORE = Pattern.compile("(?:/|\\p{L}|-)$");

    /** Joins the two ends of a range. */
    public static final Pattern RANGE_JOIN = Pattern.compile("^\\s*(?:-|–|—|đến|tới)\\s*");

    /** "1.516 tỷ 660 triệu đồng": billions and millions as one amount. */
    public static final Pattern BILLION_MILLION = Pattern.compile("^\\s*tỷ\\s+(\\d{1,3})\\s+triệu\\s+đồng");

    /** Before the number: rank "đứng thứ 2". */
    public static final Pattern RANK_BEFORE = Pattern.compile("(?:đứng thứ|xếp thứ|xếp hạng|top|tốp|trong nhóm)\\s*$");
    /** Before the number: strictly above. */
    public static final Pattern ABOVE_BEFORE = Pattern.compile("(?:^|[\\s(])(?:đạt\\s+)?(?:trên|hơn|vượt)\\s*$");
    /** Before the number: at least. */
    public static final Pattern AT_LEAST_BEFORE = Pattern.compile("(?:tối thiểu|ít nhất|không dưới|không thấp hơn|không ít hơn|≥|>=)\\s*$");
    /** Before the number: at most. */
    public static final Pattern AT_MOST_BEFORE = Pattern.compile("(?:tối đa|không quá|không vượt quá|dưới|không cao hơn|≤|<=)\\s*$");
    /** After the number, before the next: at least. */
    public static final Pattern AT_LEAST_AFTER = Pattern.compile("trở lên");
    /** After the number, before the next: at most. */
    public static final Pattern AT_MOST_AFTER = Pattern.compile("trở xuống");
    /** Before the number: an increase, with "khoảng"/"từ"/... between. */
    public static final Pattern INCREASE_BEFORE = Pattern.compile(
            "\\btăng(?:\\s+(?:thêm|khoảng|từ|trên|tối thiểu|ít nhất|bình quân|được|gấp|hàng năm|hằng năm|mỗi năm))*\\s*$");
    /**
     * Before the number: a decrease of an amount ("số vụ tai nạn giảm 5%"); not "giảm còn", a level. A rate that falls
     * ("tỷ lệ hộ nghèo giảm 0,5%", "giảm hàng năm 1%-1,5%") is a value or range in percentage points instead.
     */
    public static final Pattern DECREASE_BEFORE = Pattern.compile(
            "\\bgiảm(?:\\s+(?:thêm|khoảng|từ|trên|tối thiểu|ít nhất|bình quân|được|hàng năm|hằng năm|mỗi năm))*\\s*$");
    /** What stands between two values of one listing: a few words closing the first, then a comma. */
    public static final Pattern LISTING_COMMA = Pattern.compile("[^;.\\d:]{0,40},\\s*");
    /** Before the number: "từ" opens a range or, before a single value, an at-least ("phát triển từ 05 bộ dữ liệu"). */
    public static final Pattern FROM_BEFORE = Pattern.compile("\\btừ\\s*$");
    /** A rate whose change is stated: the % is percentage points ("mức giảm tỷ lệ hộ nghèo ... là 0,38%"). */
    public static final Pattern POINTS_SUBJECT = Pattern.compile("(?:mức\\s+)?(?:giảm|tăng)\\s+tỷ lệ");
    /** A rate that falls by the value: "tỷ lệ hộ nghèo giảm 0,5%" (percentage points). */
    public static final Pattern RATE_FALLS_BY = Pattern.compile("tỷ lệ.*\\bgiảm(?:\\s+(?:khoảng|bình quân|thêm|hàng năm|hằng năm|mỗi năm))*\\s*$");
    /** The level a rate is brought to, not a change: "giảm tỷ lệ hộ nghèo xuống còn 0,5%". */
    public static final Pattern LEVEL_BEFORE = Pattern.compile("(?:còn|xuống|dưới|ở mức)\\s*$");

    /** A baseline of a relative target: "so với thực hiện năm 2023", "so với dự toán ... giao". */
    public static final Pattern BASELINE = Pattern.compile("so với\\s+[^,;.()]*?(?:năm\\s+\\d{4}|giao|cùng kỳ|kế hoạch)");

    /** A numbered heading line ("2.1. Các chỉ tiêu kinh tế", "II. ...", "a) Về xã hội"): number and text. */
    public static final Pattern CATEGORY_HEADING = Pattern.compile(
            "^\\s*((?:[IVX]+|\\d+(?:\\.\\d+)*)\\.|[a-zđ]\\))\\s+(\\p{Lu}.{0,150}?)\\s*:?\\s*$");

    /** Any numbered heading line ("3. Nhiệm vụ ...", "b) Về ..."), which ends an indicator's text. */
    public static final Pattern ANY_HEADING = Pattern.compile("^\\s*(?:(?:[IVX]+|\\d+(?:\\.\\d+)*)\\.|[a-zđ]\\))\\s+\\p{Lu}");

    /** An indicator line: "(15)", "(15).", "- (13)." at the start of a line. */
    public static final Pattern INDICATOR_START = Pattern.compile(
            "(?m)^[ \\t]*(?:[-–+][ \\t]*)?\\((\\d{1,3})\\)\\.?[ \\t]*|^[ \\t]*\\|[ \\t]*\\(?(\\d{1,3})\\)?\\.?[ \\t]*\\|[ \\t]*");

    /** A table row naming a group of indicators: "| I | Các chỉ tiêu kinh tế |", "| A | ... |". */
    public static final Pattern TABLE_CATEGORY = Pattern.compile("^\\s*\\|\\s*([IVX]+|[A-ZĐ])\\.?\\s*\\|\\s*([^|]*?\\p{L}[^|]*?)\\s*\\|");

    /** The year a list of indicators is for, in its heading ("CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024"). */
    public static final Pattern YEAR_IN_HEADING = Pattern.compile("năm\\s+(\\d{4})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    // ---- the outline of a text (lists of targets in other layouts than "(n)")

    /** A numbered heading line: "II. MỤC TIÊU", "2.1. Đến năm 2030", "Điều 1. Mục tiêu, chỉ tiêu". */
    public static final Pattern OUTLINE_HEADING = Pattern.compile(
            "\\s*(?:(?<num>[IVX]{1,5}|\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.(?!\\d)|Điều\\s+(?<article>\\d{1,3})\\.)\\s*(?=\\p{L})");
    /** A lettered line: "a) ", "đ) ". */
    public static final Pattern OUTLINE_LETTER = Pattern.compile("\\s*([a-zđ])\\)\\s+");
    /** A bullet line: "- ", "– ", "+ ", "• ". */
    public static final Pattern OUTLINE_BULLET = Pattern.compile("\\s*[-–+•]\\s+");

    /** A heading of targets: it names chỉ tiêu or mục tiêu. */
    public static final Pattern TARGET_HEADING = Pattern.compile("chỉ tiêu|mục tiêu");
    /** A heading of general aims or of the scope: not itself a list of targets, though a part of it may be. */
    public static final Pattern GENERAL_HEADING = Pattern.compile(
            "tổng quát|mục tiêu chung|quan điểm|đối tượng|phạm vi|thời gian");
    /** A heading of another part (tasks, solutions, proposals): nothing under it is a list of targets. */
    public static final Pattern OTHER_PART_HEADING = Pattern.compile(
            "nhiệm vụ|giải pháp|tổ chức thực hiện|kiến nghị|phân công|đánh giá|lộ trình|chức năng|quyền hạn|thông số");
    /** A line that ends the body of a document: its recipients, an appendix. */
    public static final Pattern BODY_END = Pattern.compile("\\s*(?:nơi nhận|phụ lục)(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A year a list or item is for: "đến năm 2030", "Đến hết năm 2035", "năm 2026", "giai đoạn 2026 - 2030" (its end). */
    public static final Pattern TARGET_YEAR = Pattern.compile(
            "(?<!so với )(?<!so )(?:giai đoạn\\s+\\d{4}\\s*[-–]\\s*(?<end>\\d{4})|năm\\s+(?<year>\\d{4})(?!\\s*[-–]\\s*\\d{4}))");
    /** The plan year in a document's title: "Kế hoạch phát triển kinh tế - xã hội năm 2025". */
    public static final Pattern PLAN_YEAR_IN_TITLE = Pattern.compile("kế hoạch[^\\n]{0,80}?năm\\s+(\\d{4})(?!\\s*[-–])");

    // ---- reported figures

    /** A period phrase before a reported value. Groups: month, months, quarter, day, dmonth, dyear. */
    public static final Pattern FIGURE_PERIOD = Pattern.compile(
            "(?=[tqđc\\d])(?:tháng\\s+(?<month>\\d{1,2})(?!\\s*tháng)(?!\\d)|(?<months>\\d{1,2})\\s+tháng(?:\\s+đầu\\s+năm)?|quý\\s+(?<quarter>I{1,3}|IV|[1-4])(?:/\\d{4})?"
            + "|đến\\s+ngày\\s+(?<day>\\d{1,2})/(?<dmonth>\\d{1,2})/(?<dyear>\\d{4})|(?<whole>cả\\s+năm))"
            + "\\s*(?<verb>(?:ước\\s+)?(?:thực hiện|đạt)|ước)?\\s*:?\\s*(?<num>" + VietnameseNumbers.NUMBER + ")\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "đạt 21,89% kế hoạch", "bằng 14,13% kế hoạch thành phố giao", "đạt 17,15 % so kế hoạch năm". */
    public static final Pattern PCT_OF_PLAN = Pattern.compile(
            "(?:đạt|bằng)\\s+(" + VietnameseNumbers.NUMBER + ")\\s*%\\s*(?:so\\s+(?:với\\s+)?)?(?:kế hoạch|dự toán|kh\\b)");

    /** "tăng 9,1% so cùng kỳ", "giảm 3% so với cùng kỳ". */
    public static final Pattern YOY_CHANGE = Pattern.compile(
            "(tăng|giảm)\\s+(" + VietnameseNumbers.NUMBER + ")\\s*%\\s*so\\s+(?:với\\s+)?cùng kỳ");

    /** "bằng 148% so với cùng kỳ", "210% so với cùng kỳ" (a ratio; not after tăng/giảm). */
    public static final Pattern YOY_RATIO = Pattern.compile(
            "(?<!tăng )(?<!giảm )(?:bằng\\s+|đạt\\s+)?(?<![\\d,.])(" + VietnameseNumbers.NUMBER + ")\\s*%\\s*so\\s+(?:với\\s+)?cùng kỳ");

    /** Estimated, not final ("Uớc" is a printed variant). */
    public static final Pattern ESTIMATED = Pattern.compile("(?<!\\p{L})(?:ước|uớc)(?!\\p{L})");

    // ---- reported figures in the assessment part of a plan, report or notice

    /** A heading of results: "I. ĐÁNH GIÁ CHUNG", "1. Về tình hình kết quả kinh tế - xã hội 10 tháng năm 2025". */
    public static final Pattern ASSESSMENT_HEADING = Pattern.compile("đánh giá|tình hình|kết quả");
    /** A part of an assessment that is not results: forecasts, tasks, shortcomings, proposals. */
    public static final Pattern NOT_ASSESSMENT_HEADING = Pattern.compile(
            "dự báo|nhiệm vụ|giải pháp|kiến nghị|tồn tại|hạn chế|khó khăn|phương hướng|kế hoạch năm");
    /** A period phrase anywhere (lower case): quarter, months from the start of the year, month, whole year, year. */
    public static final Pattern REPORT_PERIOD = Pattern.compile(
            "quý\\s+(?<quarter>iv|i{1,3}|[1-4])(?!\\p{L})"
            + "|(?<!sau )(?<!trong vòng )(?<!hơn )(?<!\\d)(?<months>\\d{1,2})\\s+tháng(?:\\s+đầu\\s+năm)?(?:\\s+(?:năm\\s+)?(?<myear>\\d{4}))?"
            + "|(?<!ngày \\d{1,2} )tháng\\s+(?<month>\\d{1,2})(?![\\d/])|(?<whole>cả\\s+năm)|năm\\s+(?<year>\\d{4})(?!\\s*[-–])");
    /** A sentence opening with the period it speaks of: "Trong 10 tháng năm 2025, ...", "Năm 2025, ...". */
    public static final Pattern CONTEXT_PERIOD = Pattern.compile(
            "(?:trong|tính chung|lũy kế)?\\s*(?:\\d{1,2}\\s+tháng(?:\\s+đầu\\s+năm)?(?:\\s+năm\\s+\\d{4})?|quý\\s+(?:iv|i{1,3})(?:\\s+năm\\s+\\d{4})?|năm\\s+\\d{4})\\s*,");
    /** The words right before a value that report it as achieved ("ước đạt", "thực hiện cả năm là", "thu hút gần"). */
    public static final Pattern FIGURE_VERB = Pattern.compile(
            "(?<!\\p{L})(?:(?:ước|uớc)(?:\\s+(?:tính|thực hiện|đạt|cả năm\\s+(?:đạt|có)|có))?|đạt(?:\\s+tỷ lệ)?|thực hiện|thu hút|thu hoạch|chiếm|được|(?:việc làm|hỗ trợ|trợ cấp) cho"
            + "|thành lập mới|hoàn thành|tăng|(?<!cắt )giảm|đăng ký)(?:\\s+(?:cả năm|năm \\d{4}|khoảng|gần|trên|hơn|là))*\\s*$");
    /** The words before a fraction "X/Y" that report X achieved of Y ("có 13/20 nguồn thu", "hoàn thành 56/93 nhiệm vụ"). */
    public static final Pattern FRACTION_VERB = Pattern.compile("(?:có|đạt|hoàn thành|được)\\s*$");
    /**
     * The words that may stand between a figure and its share of the plan or change ("đạt", "và", "dự toán Trung ương
     * giao"); any other word names a new subject, whose share is a figure of its own.
     */
    public static final Pattern ATTRIBUTE_FILLER = Pattern.compile(
            "so|với|kế|hoạch|dự|toán|cùng|kỳ|giao|trung|ương|tỉnh|thành|phố|năm|và|đạt|bằng|vượt|tăng|giảm|ước|uớc|khoảng|gần|trên|hơn"
            + "|được|hđnd|ubnd|hội|đồng|nhân|dân|quyết|định|thủ|tướng|chính|phủ|đề|ra|kh|tw|tỷ|tỉ|triệu|nghìn|usd");
    /** A fraction "X/Y" of two numbers. */
    public static final Pattern FRACTION = Pattern.compile(
            "(?<![\\d.,/])(" + VietnameseNumbers.NUMBER + ")/(" + VietnameseNumbers.NUMBER + ")(?![\\d/])");
    /** After a % value: it is a share of the plan or a change on the same period, not a value of its own. */
    public static final Pattern FIGURE_ATTRIBUTE = Pattern.compile("\\s*(?:so\\s+(?:với\\s+)?)?(?:(?<plan>kế hoạch|dự toán|kh(?!\\p{L}))|(?<yoy>cùng kỳ))");
    /** Before an attribute value: it exceeds the plan by the value ("vượt 11,69% so dự toán"). */
    public static final Pattern EXCEEDS_BEFORE = Pattern.compile("vượt\\s*$");
    /** Before an attribute value: a change ("tăng 9,1%"), a fall ("giảm 3%"). */
    public static final Pattern CHANGE_BEFORE = Pattern.compile("(?<change>tăng|giảm)(?:\\s+(?:khoảng|gần|trên|hơn))*\\s*$");
    /** A rider that goes on with the figure before ("trong đó, 131.000 lượt khách"). */
    public static final Pattern PART_BEFORE = Pattern.compile("trong đó\\s*[,:]?\\s*$");
    /** Words of a clause that make its values other than results: plans, forecasts, totals to date, national figures. */
    public static final Pattern NOT_FIGURE_CLAUSE = Pattern.compile("phấn đấu|dự kiến|lũy kế|luỹ kế");
    /** Words between two values that make the later one a national figure, not the unit's. */
    public static final Pattern NATIONAL = Pattern.compile("cả nước");

    /** The unit word of a reported amount. */
    public static Optional<UnitWord> unitAt(String lowerText, int from) {
        String rest = lowerText.substring(from).stripLeading();
        for (UnitWord u : UNITS) {
            if (rest.startsWith(u.printed())) {
                int end = u.printed().length();
                if (end < rest.length() && Character.isLetter(rest.charAt(end)) && Character.isLetter(u.printed().charAt(end - 1))) continue;
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    public static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
