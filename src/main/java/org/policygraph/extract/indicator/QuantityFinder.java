package org.policygraph.extract.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the values printed in a piece of text: numbers in Vietnamese format with their unit, ranges
 * ("16 - 18%", "08-10", "2,0 đến 2,5 tỷ USD") and composite amounts ("1.516 tỷ 660 triệu đồng").
 * Years, dates, symbols, fractions, criteria and grade numbers, codes ("5G") and durations are not values.
 */
public final class QuantityFinder {
    private static final Pattern NUM = Pattern.compile("(?<![\\d.,])(" + VietnameseNumbers.NUMBER + ")(?![\\d])");
    private static final Pattern STOP_WORDS = Pattern.compile(
            "^(?:được|có|trở|trong|của|tại|từ|mới|hoạt|đạt|theo|là|và|cho|đã|thuộc|ở|với|so|trên|bằng|đối|các|đang|về|để|nhằm|gồm)$");

    /** The values in {@code text[from, to)}; offsets are into {@code text}. */
    public List<Quantity> find(String text, int from, int to) {
        String lc = lower(text);
        List<Quantity> out = new ArrayList<>();
        Matcher m = NUM.matcher(lc).region(from, to);
        int consumed = from;
        while (m.find()) {
            if (m.start() < consumed) continue;
            Quantity q = read(lc, text, m.start(), m.end(), m.group(1), to);
            if (q != null) {
                out.add(q);
                consumed = q.end();
            }
        }
        return out;
    }

    private Quantity read(String lc, String text, int s, int e, String printed, int limit) {
        String before = lc.substring(Math.max(0, s - 40), s);
        String after = lc.substring(e, limit);
        if (IndicatorLexicon.NOT_A_VALUE_JUST_BEFORE.matcher(before).find()) return null;
        Matcher per = IndicatorLexicon.PER_INHABITANTS.matcher(after);
        if (per.lookingAt() && !IndicatorLexicon.NOT_A_VALUE_BEFORE.matcher(before).find()) {
            String code = per.group("base").equals("100.000") ? "per_100000_inhabitants" : "per_10000_inhabitants";
            return new Quantity(s, e + per.end(), VietnameseNumbers.parse(printed), null, null, code, text.substring(e, e + per.end()).strip());
        }
        if (IndicatorLexicon.NOT_A_VALUE_AFTER.matcher(after).find()) return null;
        if (IndicatorLexicon.NOT_A_VALUE_BEFORE.matcher(before).find()) return null;
        double v = VietnameseNumbers.parse(printed);
        // a range: "16 - 18%", "11,5% - 12,0%", "2,0 đến 2,5"
        Double hi = null;
        int end = e;
        String rest = after;
        String afterFirst = rest.startsWith("%") ? rest.substring(1) : rest.startsWith(" %") ? rest.substring(2) : rest;
        Matcher join = IndicatorLexicon.RANGE_JOIN.matcher(afterFirst);
        if (join.lookingAt()) {
            Matcher n2 = NUM.matcher(afterFirst).region(join.end(), afterFirst.length());
            if (n2.lookingAt()) {
                String p2 = n2.group(1);
                boolean years = VietnameseNumbers.looksLikeYear(printed) && VietnameseNumbers.looksLikeYear(p2);
                if (years) return null;
                hi = VietnameseNumbers.parse(p2);
                end = e + (rest.length() - afterFirst.length()) + n2.end();
                rest = lc.substring(end, limit);
            }
        }
        // composite amount "1.516 tỷ 660 triệu đồng"
        Matcher bm = IndicatorLexicon.BILLION_MILLION.matcher(rest);
        if (hi == null && bm.lookingAt()) {
            double value = v + Integer.parseInt(bm.group(1)) / 1000.0;
            return new Quantity(s, end + bm.end(), value, null, null, "VND_billion", text.substring(end, end + bm.end()).strip());
        }
        if (IndicatorLexicon.TIME_NOUN.matcher(rest.stripLeading()).find()) return null;
        if (IndicatorLexicon.NOT_A_VALUE_NOUN.matcher(rest.stripLeading()).find()) return null;
        Optional<IndicatorLexicon.UnitWord> unit = IndicatorLexicon.unitAt(lc, end);
        String code;
        String unitText;
        int unitEnd;
        if (unit.isPresent()) {
            code = unit.get().code();
            int at = end + (rest.length() - rest.stripLeading().length());
            unitEnd = at + unit.get().printed().length();
            if (code.equals("turns")) unitEnd = nounPhraseEnd(lc, unitEnd);
            unitText = text.substring(at, unitEnd).strip();
        } else {
            String r = rest.stripLeading();
            int at = end + (rest.length() - r.length());
            if (r.isEmpty() || !Character.isLetter(r.charAt(0))) {
                if (VietnameseNumbers.looksLikeYear(printed) && hi == null) return null;
                code = "none";
                unitText = null;
                unitEnd = end;
            } else {
                unitEnd = nounPhraseEnd(lc, at);
                if (unitEnd == at) {
                    if (VietnameseNumbers.looksLikeYear(printed) && hi == null) return null;
                    code = "none";
                    unitText = null;
                    unitEnd = end;
                } else {
                    unitText = text.substring(at, unitEnd).strip();
                    code = isPerson(lc.substring(at, unitEnd)) ? "persons" : "count";
                }
            }
        }
        double f = unit.map(IndicatorLexicon.UnitWord::factor).orElse(1.0);
        if (hi != null) return new Quantity(s, unitEnd, null, v * f, hi * f, code, unitText);
        return new Quantity(s, unitEnd, v * f, null, null, code, unitText);
    }

    private static boolean isPerson(String noun) {
        for (String p : IndicatorLexicon.PERSON_NOUNS) if (noun.equals(p) || noun.startsWith(p + " ")) return true;
        return false;
    }

    /** End of the noun phrase naming what is counted: up to four words, stopping at a function word or punctuation. */
    private static int nounPhraseEnd(String lc, int at) {
        int pos = at;
        int words = 0;
        while (words < 4) {
            int i = pos;
            while (i < lc.length() && lc.charAt(i) == ' ') i++;
            int j = i;
            while (j < lc.length() && Character.isLetter(lc.charAt(j))) j++;
            if (j == i) break;
            if (STOP_WORDS.matcher(lc.substring(i, j)).matches()) break;
            pos = j;
            words++;
        }
        return pos;
    }

    static String lower(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) c[i] = Character.toLowerCase(c[i]);
        return new String(c);
    }
}
