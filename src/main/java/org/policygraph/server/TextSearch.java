package org.policygraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.store.FSDirectory;
import org.policygraph.rdf.ELI;
import org.policygraph.rdf.PG;

/**
 * The full-text index (jena-text, Lucene) over document titles ({@code eli:title}), the texts of tasks and
 * indicators ({@code pg:sourceText}) and their headings and names ({@code rdfs:label}), with the
 * diacritic-folding {@link FoldingAnalyzer}. It is built from the store when the server starts, so it always
 * matches the store it serves; {@code text:query} works on the SPARQL endpoint. The index is on disk (a temporary
 * directory, memory-mapped by Lucene and deleted when its server stops, or else when the JVM exits), not in the
 * heap: at 100,000 synthetic documents an in-heap index took more than 1.2 GB.
 */
public final class TextSearch {
    /** The indexed properties; all go to one Lucene field, {@code text}. */
    public static final List<Node> INDEXED = List.of(ELI.title.asNode(), PG.sourceText.asNode(), RDFS.label.asNode());

    private TextSearch() {}

    static { TextQuery.init(); }

    /**
     * A dataset with its text index and the index's directory: {@link #close} closes the index and deletes the
     * directory (the server does so when it stops).
     */
    public record Indexed(DatasetGraph dataset, TextIndex index, Path dir) implements AutoCloseable {
        @Override
        public void close() {
            index.close();
            delete(dir);
        }
    }

    /** The dataset with a text index built over the content of {@code base}. */
    public static Indexed indexed(DatasetGraph base) {
        Path dir = directory();
        EntityDefinition def = new EntityDefinition("uri", "text");
        def.setLangField("lang");
        for (Node p : INDEXED) def.set("text", p);
        TextIndexConfig cfg = new TextIndexConfig(def);
        cfg.setAnalyzer(new FoldingAnalyzer());
        cfg.setQueryAnalyzer(new FoldingAnalyzer());
        cfg.setValueStored(true);
        TextIndex index;
        try {
            index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(dir), cfg);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index in " + dir + ": " + e.getMessage(), e);
        }
        Txn.executeRead(base, () -> {
            for (Node p : INDEXED) {
                base.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    if (q.getSubject().isBlank() || !q.getObject().isLiteral()) return;
                    Entity e = TextQueryFuncs.entityFromQuad(def, q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
                    if (e != null) index.addEntity(e);
                });
            }
        });
        index.commit();
        DatasetGraph text = TextDatasetFactory.create(base, index, true);
        text.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
        return new Indexed(text, index, dir);
    }

    /** A fresh directory for one index, deleted with its files when the JVM exits if not before ({@link Indexed#close}). */
    private static Path directory() {
        try {
            Path dir = Files.createTempDirectory("policy-graph-text-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "delete " + dir));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the text index directory: " + e.getMessage(), e);
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort; the directory is in the system's temporary folder
        }
    }

    /** Words of a search that are used at most; the rest are ignored (Lucene refuses more than 1,024 clauses). */
    public static final int MAX_WORDS = 32;

    /**
     * Lucene query text for words typed by a person: the phrase first, then the words. Only letters and digits are
     * kept and they are lower-cased, so nothing the person types is read as Lucene syntax (quotes, AND, OR, NOT,
     * wildcards, ...); at most {@link #MAX_WORDS} words are used.
     */
    public static String luceneQuery(String words) {
        List<String> parts = java.util.Arrays.stream(words.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}\\p{M}]+"))
                .filter(w -> !w.isEmpty()).limit(MAX_WORDS).toList();
        if (parts.isEmpty()) return "";
        String all = String.join(" ", parts);
        return (parts.size() > 1 ? "\"" + all + "\"^4 OR " : "") + "(" + all + ")";
    }
}
