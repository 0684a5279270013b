package org.policygraph.extract.citation;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.policygraph.model.Level;
import org.policygraph.resolve.Body;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.text.Slugs;

/**
 * The central bodies of the reference data that issue documents under their own name: ministries, ministry-level
 * and Government agencies, departments of a ministry, the National Assembly's bodies, courts, procuracy, audit and
 * the Party's central commissions and offices. Reads one attached to a mention ("Thông tư số 219/2013/TT-BTC ngày
 * 31/12/2013 của Bộ Tài chính", "..., của Bộ trưởng Bộ Nội vụ"): the name (or a printed variant) must follow
 * "của" or the mention itself, so that the issuer is taken from the mention's own phrase, never from the next one's.
 */
final class CentralBodyNames {
    /** Kinds read here; the Party's committees, the National Assembly and the Government have patterns of their own. */
    private static final Set<String> KINDS = Set.of("ministry", "ministry-agency", "government-agency", "general-department",
            "na-body", "court", "procuracy", "audit", "party-commission", "party-office", "president");

    /** Heads of bodies whose title stands before the body's name ("Bộ trưởng Bộ Tài chính"). */
    private static final String HEAD = "(?:" + Stream.of("Bộ trưởng", "Thủ trưởng", "Chủ nhiệm", "Tổng Giám đốc", "Cục trưởng",
            "Thống đốc", "Tổng Thanh tra", "Chánh án", "Viện trưởng", "Tổng Kiểm toán", "Trưởng ban", "Chánh Văn phòng")
            .map(CitationPatterns::words).collect(Collectors.joining("|")) + ")";

    private final Map<String, Body> byFoldedName = new LinkedHashMap<>();
    private final Map<String, List<Body>> byCode = new java.util.HashMap<>();
    private final Pattern attached;

    CentralBodyNames(ReferenceData reference) {
        for (Body b : reference.bodies().values()) {
            if (b.level() != Level.CENTRAL || !KINDS.contains(b.kind())) continue;
            if (b.symbolCode() != null && !b.symbolCode().isBlank()) byCode.computeIfAbsent(b.symbolCode(), k -> new java.util.ArrayList<>()).add(b);
            Stream.concat(Stream.of(b.nameVi()), b.altVi().stream()).filter(n -> n != null && n.length() > 3)
                    .forEach(n -> byFoldedName.putIfAbsent(key(n), b));
        }
        String names = byFoldedName.isEmpty() ? "(?!)" : reference.bodies().values().stream()
                .filter(b -> b.level() == Level.CENTRAL && KINDS.contains(b.kind()))
                .flatMap(b -> Stream.concat(Stream.of(b.nameVi()), b.altVi().stream())).filter(n -> n != null && n.length() > 3)
                .distinct().sorted(Comparator.comparingInt(String::length).reversed())
                .map(CitationPatterns::words).collect(Collectors.joining("|"));
        attached = Pattern.compile("\\G" + CitationPatterns.S + ",?" + CitationPatterns.S + "(?:" + CitationPatterns.words("của")
                + CitationPatterns.W + ")?(?:" + HEAD + "(?:" + CitationPatterns.S + "," + CitationPatterns.S + HEAD + ")*" + CitationPatterns.W + ")?"
                + "(?<name>" + names + ")(?![\\p{L}])");
    }

    /**
     * The central body whose symbol code a State symbol prints as its issuer ("219/2013/TT-BTC": Bộ Tài chính), valid
     * on the mention's date when it has one; null when no body, or more than one, has that code.
     */
    Body ofCode(String issuerCode, org.policygraph.model.PartialDate date) {
        if (issuerCode == null) return null;
        java.time.LocalDate day = date == null || !date.isFull() ? null : date.toLocalDate();
        List<Body> bodies = byCode.getOrDefault(issuerCode, List.of()).stream().filter(b -> day == null || b.validOn(day)).toList();
        return bodies.size() == 1 ? bodies.get(0) : null;
    }

    /** The central body named right after {@code at}, with the end of its name, or null. */
    Found attached(String text, int at) {
        Matcher m = attached.matcher(text).region(at, text.length());
        if (!m.lookingAt()) return null;
        Body b = byFoldedName.get(key(m.group("name")));
        return b == null ? null : new Found(b, m.end());
    }

    /** A body read, and where its name ends. */
    record Found(Body body, int end) {}

    private static String key(String name) { return Slugs.fold(name.replaceAll("\\s+", " ")).strip(); }
}
