package org.policygraph.derive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.policygraph.SharedEval;
import org.policygraph.extract.task.TaskSegmenter;
import org.policygraph.model.DocSystem;
import org.policygraph.model.DocType;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.DocumentKey;
import org.policygraph.model.Level;
import org.policygraph.model.Located;
import org.policygraph.model.SourceDocument;
import org.policygraph.model.Target;
import org.policygraph.text.SourceText;

/** Test fixtures: real documents with headers stated by the test and, when asked, the hand-checked targets as input. */
final class Fixtures {
    static final String KIEN_AN_2024 = "000_936183772214671c.txt";
    static final String HONG_BANG_2024 = "001_c0d8509712da7a51.txt";
    static final String KIEN_AN_2022 = "003_95cc513b1827014b.txt";
    static final String CITY_2024 = "004_a99ad02499007063.txt";

    private Fixtures() {}

    static DocumentAnalysis party(String seed, String issuer, Level level, String unit, int year, String register, String period, String number,
                                  boolean devTargets) throws Exception {
        return document(seed, DocSystem.PARTY, DocType.NGHI_QUYET, issuer, level, unit, year, register, period, number, devTargets);
    }

    static DocumentAnalysis document(String seed, DocSystem system, DocType type, String issuer, Level level, String unit, Integer year,
                                     String register, String period, String number, boolean devTargets) throws Exception {
        SourceText text = SourceText.of(Files.readString(Path.of("data/documents/hai-phong", seed)));
        DocumentHeader header = new DocumentHeader(Located.of(type, null), type.vi(), system,
                Located.of(issuer, null), level, unit, null, null, false, null, null, year == null ? null : Located.of(year, null), null, null, null, null, null);
        DocumentKey key = number == null ? null : new DocumentKey(system, register, type, period, number, null);
        List<Target> targets = devTargets ? DevTargets.read(SharedEval.eval("indicators.dev.jsonl").orElseThrow(), seed, text) : List.of();
        return new DocumentAnalysis(new SourceDocument(Path.of("data/documents/hai-phong", seed), seed, "0".repeat(64), 0), text, header, key,
                List.of(), List.of(), targets, List.of(), new TaskSegmenter().segment(text, List.of(), List.of()), List.of());
    }

    static DocumentAnalysis kienAn2024(boolean dev) throws Exception {
        return party(KIEN_AN_2024, "kien-an-qu-bch", Level.DISTRICT, "quan-kien-an", 2024, "kien-an-qu", "khoa-vi", "06", dev);
    }

    static DocumentAnalysis city2024(boolean dev) throws Exception {
        return party(CITY_2024, "hai-phong-tu-bch", Level.CITY, "thanh-pho-hai-phong", 2024, "hai-phong-tu", "khoa-xvi", null, dev);
    }

    static DocumentAnalysis hongBang2024() throws Exception {
        return party(HONG_BANG_2024, "hong-bang-qu-bch", Level.DISTRICT, "quan-hong-bang", 2024, "hong-bang-qu", "khoa-xxiii", null, false);
    }
}
