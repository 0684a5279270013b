package org.policygraph.extract.indicator;

import java.util.regex.Pattern;
import org.policygraph.model.Comparator;

/**
 * Gives a target a short Vietnamese name of what it measures, from the words around its value:
 * "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 94%" gives "Tỷ lệ dân số tham gia bảo hiểm y tế";
 * "100% các phường có mô hình ..." gives "Tỷ lệ phường có mô hình ..."; "Kết nạp mới từ 3.800 - 3.900 đảng viên"
 * gives "Số đảng viên kết nạp mới"; an increase gives "Tốc độ tăng ...".
 */
public final class MeasureNamer {
    /** Words between the subject and the value: verbs of reaching and comparator words (after a look-ahead for their first letters). */
    private static final Pattern TRAILING = Pattern.compile(
            "(?=[\\s:,pưđlởtkcbmní])(?:\\s|:|,)*(?:\\b(?:phấn đấu|ước|đạt|là|ở mức|tăng|khoảng|từ|trên|tối thiểu|ít nhất|cho|đứng thứ|trong đó|bằng|có|mới cho|năm \\d{4})\\b|:|,|\\s)+$",
            Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING = Pattern.compile("^(?:trong đó|các|có)\\b[\\s:,]*", Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER_VALUE = Pattern.compile("^(?:\\s|,)+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern BOUND_WORDS = Pattern.compile("\\s*\\btrở (?:lên|xuống)\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern BASELINE_TAIL = Pattern.compile("\\s*\\(?so với\\b.*$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern RATE_WORDS = Pattern.compile("^(?:tỷ lệ|tỉ lệ|tỷ trọng|mức|chỉ số|tốc độ|điểm)\\b", Pattern.UNICODE_CHARACTER_CLASS);

    /** Name of the measure of a target whose clause is {@code clause} with its value at [qs, qe). */
    public String name(String clause, int qs, int qe, String unit, String unitText, Comparator comparator) {
        String subject = clean(clause.substring(0, qs), true);
        String object = clean(BOUND_WORDS.matcher(AFTER_VALUE.matcher(clause.substring(qe)).replaceFirst("")).replaceAll(""), false);
        if (comparator == Comparator.QUALITATIVE) return sentenceCase(clean(clause, false));
        if (comparator == Comparator.INCREASE_BY || comparator == Comparator.INCREASE_BY_RANGE) {
            String s = subject.isEmpty() ? object : subject;
            return IndicatorLexicon.lower(s).startsWith("tốc độ") ? sentenceCase(s) : "Tốc độ tăng " + lowerFirst(s);
        }
        switch (unit) {
            case "%", "percentage_points" -> {
                String s = join(subject, object);
                return RATE_WORDS.matcher(IndicatorLexicon.lower(s)).find() ? sentenceCase(s) : "Tỷ lệ " + lowerFirst(s);
            }
            case "count", "persons", "turns" -> {
                if (unitText == null) return sentenceCase(join(subject, object));
                if (IndicatorLexicon.lower(subject).startsWith("số ")) return sentenceCase(subject);
                return "Số " + IndicatorLexicon.lower(unitText) + (subject.isEmpty() ? "" : " " + lowerFirst(subject))
                        + (object.isEmpty() ? "" : " " + object);
            }
            case "rank" -> { return sentenceCase(subject); }
            default -> {
                boolean verbOnly = subject.split("\\s+").length <= 2 && !object.isEmpty();
                return sentenceCase(subject.isEmpty() || verbOnly ? join(subject, object) : subject);
            }
        }
    }

    private static String clean(String s, boolean subject) {
        String t = s.replace('\n', ' ').replaceAll("\\s+", " ").strip();
        t = BASELINE_TAIL.matcher(t).replaceFirst("");
        if (subject) {
            String prev;
            do {
                prev = t;
                t = TRAILING.matcher(t).replaceFirst("");
            } while (!t.equals(prev));
        }
        t = LEADING.matcher(t).replaceFirst("");
        t = t.replaceAll("[\\s.;:,]+$", "");
        return t.strip();
    }

    private static String join(String a, String b) { return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b; }

    private static String lowerFirst(String s) {
        if (s.isEmpty()) return s;
        // keep acronyms ("GRDP") as printed
        if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) return s;
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String sentenceCase(String s) { return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1); }
}
