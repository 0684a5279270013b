package org.policygraph.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.SourceDocument;
import org.policygraph.pipeline.Pipeline;
import org.policygraph.rdf.DerivationMapper;
import org.policygraph.rdf.IriScheme;
import org.policygraph.store.TestStores;

/**
 * Derivation grows with the documents, not with their pairs: 200 near-identical copies of a district resolution
 * (each its own document number, some figures changed) beside the other corpus documents are one group, compared
 * once, each copy linked to the first by one near_duplicate link, and the whole derivation stays under 100,000
 * triples (it was 610,903 triples before grouping).
 */
class NearDuplicatesTest {
    static final int COPIES = 200;

    @Test
    void nearDuplicatesAreGroupedBeforeComparison() throws Exception {
        Pipeline pipeline = Pipeline.standard();
        String original = Files.readString(TestStores.document("000"), StandardCharsets.UTF_8);
        List<DocumentAnalysis> docs = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < COPIES; i++) {
            String t = original.replaceFirst("06-NQ/QU", (100 + i) + "-NQ/QU")
                    .replaceAll("(\\d+)%", random.nextBoolean() ? "$1%" : "$1,5%");
            docs.add(analyse(pipeline, "copy_" + (1000 + i) + ".txt", t));
        }
        for (Path f : TestStores.documents()) docs.add(analyse(pipeline, f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
        long t0 = System.nanoTime();
        List<Link> links = Linker.standard().derive(docs);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long nearDuplicates = links.stream().filter(l -> l.kind() == LinkKind.NEAR_DUPLICATE).count();
        // the copies and the original are one group: the first by file name represents the other 200
        assertEquals(COPIES, nearDuplicates, "near_duplicate links");
        long triples = new DerivationMapper().map(links, IriScheme.standard()).size();
        System.err.printf("NearDuplicatesTest: %d near-duplicates and %d other documents: %d links, %d derivation triples, derived in %.1f s%n",
                COPIES, docs.size() - COPIES, links.size(), triples, seconds);
        assertTrue(triples < 100_000, "derivation triples for " + COPIES + " near-duplicates: " + triples);
        List<Link> alone = Linker.standard().derive(docs.subList(COPIES, docs.size()));
        assertTrue(links.size() - nearDuplicates <= alone.size() + 200, "links besides the group's: " + (links.size() - nearDuplicates) + " vs " + alone.size());
    }

    private static DocumentAnalysis analyse(Pipeline p, String name, String text) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return p.analyse(new SourceDocument(Path.of(name), name, DigestUtils.sha256Hex(bytes), bytes.length), text);
    }
}
