package org.policygraph.extract.header;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.policygraph.text.BundledTable;
import org.policygraph.text.Lettering;
import org.policygraph.text.Lines;

/**
 * Zone 2 of both national formats: the issuing body in capitals at the top left, under its parent where it has one
 * ("BỘ TÀI CHÍNH" / "CỤC THUẾ"; "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH" / "SỞ GIÁO DỤC VÀ ĐÀO TẠO"; "ĐẢNG BỘ TỈNH
 * NGHỆ AN" / "BAN THƯỜNG VỤ TỈNH ỦY"). Pages and PDFs break a name anywhere ("ỦY BAN NHÂN" / "DÂN" / "TỈNH LAI CHÂU",
 * "BỘ NÔNG NGHIỆP" / "VÀ" / "MÔI TRƯỜNG"), so a new name starts only at a body's head word (the heads of
 * {@code body-heads.csv} and the bodies the formats name); every other capitals line continues the name above it.
 */
final class IssuerZone {
    /** A body's name as printed in the zone, folded to one line, with its span in the normalised text. */
    record Name(String printed, int start, int end) {}

    /** Head words of body names and the kind each gives, longest first. */
    private static final Map<String, String> HEADS = heads();

    /** Names of bodies that the formats print as the issuer, besides the table's heads. */
    private static final Pattern BODY_START = Pattern.compile("^(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd|hội đồng nhân dân|hđnd|chính phủ"
            + "|quốc hội|thủ tướng|ban chấp hành|ban thường vụ|(?:tỉnh|thành|huyện|quận|thị|đảng) (?:ủy|uỷ)|kiểm toán|tòa án|toà án"
            + "|viện kiểm sát|ngân hàng|" + String.join("|", HEADS.keySet()) + ")(?![\\p{L}])", HeaderPatterns.CI);

    /** Where a flattened line leaves the body column: a rule, a table border, the number line. */
    private static final Pattern COLUMN_END = Pattern.compile("_{3,}|-{3,}|\\||(?<![\\p{L}])số\\s*[:.]?\\s*\\d", HeaderPatterns.CI);

    /** Parts of the national motto and of the Party's name, which pages break over lines ("CỘNG HÒA XÃ" / "HỘI CHỦ NGHĨA VIỆT NAM"). */
    private static final Pattern MOTTO_PART = Pattern.compile("cộng\\s+h(?:òa|oà)|h(?:òa|oà)\\s+xã|chủ nghĩa việt nam|độc lập|tự do\\s*[-–]|đảng cộng|sản việt nam|^cộng$",
            HeaderPatterns.CI);

    /** Marks above the body that are not its name: urgency and secrecy ("KHẨN", "HỎA TỐC", "MẬT"). */
    private static final Pattern MARK = Pattern.compile("^(?:khẩn|thượng khẩn|hỏa tốc|hoả tốc|mật|tối mật|tuyệt mật|dự thảo)\\b.*", HeaderPatterns.CI);

    private IssuerZone() {}

    /**
     * The names of the zone in [from, to), top down (the parent before the issuer); empty when the zone is not printed.
     * {@code known} says whether a name is a body of the reference data: a head word under a known body starts the
     * next name even alone ("BAN CHẤP HÀNH TRUNG ƯƠNG" / "VĂN PHÒNG"), while under a name still incomplete it
     * continues it ("BỘ NỘI" / "VỤ").
     */
    static List<Name> read(String t, int from, int to, java.util.function.Predicate<String> known) {
        List<Name> out = new ArrayList<>();
        int start = -1;
        int end = -1;
        StringBuilder name = new StringBuilder();
        for (int[] l : Lines.of(t, from, to)) {
            String raw = t.substring(l[0], l[1]);
            Matcher cut = COLUMN_END.matcher(raw);
            int lineEnd = cut.find() ? cut.start() : raw.length();
            String line = raw.substring(0, lineEnd).strip();
            int at = l[0] + raw.indexOf(line.isEmpty() ? raw.strip() : line);
            boolean body = !line.isEmpty() && Lettering.isCapitals(line) && !MOTTO_PART.matcher(line).find()
                    && !HeaderPatterns.TITLE_TYPE.matcher(line).lookingAt() && !MARK.matcher(line).matches();
            if (!body) {
                if (name.length() > 0 && !line.isEmpty()) { flush(out, name, start, end); start = -1; }
                continue;
            }
            boolean headAlone = HEADS.containsKey(line.toLowerCase(Locale.ROOT).replace("uỷ", "ủy"));  // "VỤ" of "BỘ NỘI" / "VỤ"
            // a name starts at a head word, unless what stands above is no name yet ("ỦY" / "BAN NHÂN DÂN", "VĂN" / "PHÒNG")
            boolean above = name.length() > 0 && BODY_START.matcher(name).lookingAt();
            if (BODY_START.matcher(line).lookingAt() && above && (!headAlone || known.test(name.toString()))) {
                flush(out, name, start, end);
                start = -1;
            }
            if (start < 0) start = at;
            if (name.length() > 0) name.append(' ');
            name.append(line);
            end = at + line.length();
        }
        if (name.length() > 0) flush(out, name, start, end);
        return out;
    }

    private static void flush(List<Name> out, StringBuilder name, int start, int end) {
        String printed = name.toString().replaceAll("\\s+", " ").strip();
        if (BODY_START.matcher(printed).lookingAt()) out.add(new Name(printed, start, end));
        name.setLength(0);
    }

    /** The body kind the head word of a printed name gives ("SỞ NỘI VỤ": department), if the table lists it. */
    static Optional<String> kindOf(String printed) {
        String lower = printed.toLowerCase(Locale.ROOT).replace("uỷ", "ủy");
        return HEADS.entrySet().stream().filter(e -> lower.startsWith(e.getKey() + " ")).map(Map.Entry::getValue).findFirst();
    }

    private static Map<String, String> heads() {
        Map<String, String> out = new LinkedHashMap<>();
        BundledTable.rows("/reference/body-heads.csv").stream()
                .sorted(Comparator.comparingInt((CSVRecord r) -> r.get("head").length()).reversed())
                .forEach(r -> out.put(r.get("head").toLowerCase(Locale.ROOT), r.get("kind")));
        return out;
    }
}
