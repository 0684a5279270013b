package org.policygraph.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.policygraph.text.SourceText;
import org.policygraph.text.StartScan;

/** A {@link PhraseScan} finds what {@link Matcher#find()} finds, on real text and on spellings chosen to trip it. */
class PhraseScanTest {
    private static final Map<String, PhraseScan> SCANS = Map.of(
            "typed", CitationPatterns.TYPED_MENTION_SCAN, "issuer", CitationPatterns.ISSUER_SCAN,
            "unit", CitationPatterns.UNIT_NAMED_SCAN, "congress", CitationPatterns.CONGRESS_SCAN,
            "conference", CitationPatterns.CONFERENCE_SCAN, "central", CitationPatterns.CENTRAL_CONFERENCE_SCAN,
            "statute", CitationPatterns.STATUTE_SCAN);

    private static final Map<String, Pattern> PATTERNS = Map.of(
            "typed", CitationPatterns.TYPED_MENTION, "issuer", CitationPatterns.ISSUER_ANYWHERE,
            "unit", CitationPatterns.UNIT_NAMED, "congress", CitationPatterns.CONGRESS,
            "conference", CitationPatterns.CONFERENCE, "central", CitationPatterns.CENTRAL_CONFERENCE,
            "statute", CitationPatterns.STATUTE);

    /** Start, end and every group of each match. */
    private static List<String> found(Matcher m, java.util.function.BooleanSupplier next) {
        List<String> out = new ArrayList<>();
        while (next.getAsBoolean()) {
            StringBuilder b = new StringBuilder(m.start() + "-" + m.end());
            for (int g = 1; g <= m.groupCount(); g++) b.append('|').append(m.group(g));
            out.add(b.toString());
        }
        return out;
    }

    private static void assertSame(String text) {
        for (String name : SCANS.keySet()) {
            Matcher plain = PATTERNS.get(name).matcher(text);
            StartScan scan = SCANS.get(name).over(text);
            assertEquals(found(plain, plain::find), found(scan.matcher(), scan::next), name + " on: " + text);
        }
    }

    @Test
    void sameMatchesAsFindOnTheRealDocuments() throws IOException {
        List<Path> docs;
        try (var files = Files.list(Path.of("data", "documents", "hai-phong"))) {
            docs = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(docs.isEmpty());
        int matches = 0;
        for (Path d : docs) {
            String t = SourceText.of(Files.readString(d)).normalised();
            assertSame(t);
            StartScan s = CitationPatterns.TYPED_MENTION_SCAN.over(t);
            while (s.next()) matches++;
        }
        assertFalse(matches == 0, "the real documents cite typed documents");
    }

    @Test
    void sameMatchesOverCaseAccentPlacementLineBreaksAndTextEdges() {
        assertSame("NGHỊ QUYẾT số 06-NQ/QU của Uỷ ban nhân dân quận Kiến An; UỶ BAN NHÂN DÂN thành phố Hải Phòng");
        assertSame("Quyết định số 12/2020/QĐ-UBND của UBND\nquận Lê Chân; Thành uỷ Hải Phòng, Thành ủy Hải Phòng, thành\nphố Hải Phòng");
        assertSame("xã Đông Sơn, Xã Tây Sơn, thị\ntrấn Núi Đèo, Huyện ủy Thủy Nguyên, ĐẢNG ỦY phường Cầu Đất");
        assertSame("Nghị quyết Đại hội XIII của Đảng; nghị quyết Hội nghị lần thứ Tám Ban Chấp hành Trung ương Đảng khóa XIII; "
                + "Nghị quyết Trung ương 4 khóa XII; Luật Đất đai năm 2013; Bộ luật Lao động; Hiến pháp năm 2013");
        assertSame("Ngh");
        assertSame("Tờ trình 12");
        assertSame("");
    }

    @Test
    void symbolsAloneAreFoundAsByFind() {
        for (String text : List.of("06-NQ/QU, 32/2018/NQ-HĐND và 1-2/3; x12/CT-UBND, 5/QĐ-UBND", "7", "a-06-NQ/QU /06-NQ/QU 06-NQ/QU")) {
            Matcher plain = CitationPatterns.SYMBOL_ALONE.matcher(text);
            StartScan scan = new StartScan(CitationPatterns.SYMBOL_ALONE, text, CitationPatterns::symbolMayStart, 1);
            assertEquals(found(plain, plain::find), found(scan.matcher(), scan::next), text);
        }
    }

    @Test
    void aPhraseShorterThanThePrefixIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PhraseScan(Pattern.compile("xã"), List.of("xã")));
    }
}
