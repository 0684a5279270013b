package org.policygraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.io.FileUtils;
import org.policygraph.bench.AdversarialBench;
import org.policygraph.bench.BenchRun;
import org.policygraph.bench.CorpusGenerator;
import org.policygraph.bench.FormatBench;
import org.policygraph.bench.LoadBench;
import org.policygraph.pipeline.Pipeline;
import org.policygraph.read.FormatReader;
import org.policygraph.text.SourceDecoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bench}: generate a synthetic corpus, or measure extraction, load and queries against baselines on one. */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {BenchCommand.Generate.class, BenchCommand.Formats.class, BenchCommand.Adversarial.class},
        description = {"Measures extraction against a regex scan, load against tdb2.tdbloader and chain queries against ASK,",
                "on a generated corpus (or --corpus DIR); prints a table and writes the figures as JSON (--json)."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--documents", defaultValue = "1000", description = "documents to generate (default: ${DEFAULT-VALUE})")
    int documents;

    @Option(names = "--seed", defaultValue = "1", description = "generator seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--corpus", paramLabel = "DIR", description = "measure this corpus instead of generating one")
    Path corpus;

    @Option(names = "--work", paramLabel = "DIR", description = {"where the corpus, stores and dump go, and stay for inspection",
            "(default: a temporary directory, deleted at the end; each store and the dump are deleted once measured)"})
    Path work;

    @Option(names = "--queries", defaultValue = "200", description = "runs of each query (default: ${DEFAULT-VALUE})")
    int queries;

    @Mixin ReferenceOption reference;

    @Option(names = "--skip-tdbloader", description = {"skip the export and the tdb2.tdbloader baseline (load_vs_tdbloader is then null):",
            "for a corpus whose store, dump and bulk-loaded store would not fit the disk together"})
    boolean skipTdbloader;

    @Option(names = "--gzip-dump", description = {"write the dump the baseline loads gzip-compressed (tdb2.tdbloader then decompresses as it parses):",
            "for a corpus whose store and plain dump would not fit the disk together"})
    boolean gzipDump;

    @Option(names = "--json", paramLabel = "FILE", description = "write the figures as JSON")
    Path json;

    @Override
    public Integer call() throws Exception {
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.fuseki", "warn"); // no request log while measuring
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("policy-graph-bench");
        Path docs = corpus;
        if (docs == null) {
            docs = dir.resolve("corpus");
            CorpusGenerator.Summary s = CorpusGenerator.generate(documents, seed, docs);
            System.err.printf("generated %d documents (%.1f MB) in %s%n", s.documents(), s.bytes() / 1e6, docs);
        }
        try {
            Map<String, Object> r = BenchRun.run(docs, dir, queries, reference.dir != null ? reference.data() : BenchRun.referenceOf(docs), work != null,
                    skipTdbloader ? LoadBench.Baseline.NONE : gzipDump ? LoadBench.Baseline.NQUADS_GZIP : LoadBench.Baseline.NQUADS);
            System.out.print(BenchRun.table(r));
            if (json != null) new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), r);
            return 0;
        } finally {
            if (work == null) FileUtils.deleteDirectory(dir.toFile());
        }
    }

    /** {@code bench formats}: the cost of reading each published format. */
    @Command(name = "formats", mixinStandardHelpOptions = true,
            description = {"Reads every file of a directory of published documents (PDF, DOC, DOCX, RTF, HTML, scans) once and reports",
                    "the cost per format: pages per second for text PDFs and for OCR'd PDFs, MB/s for Word and other files."})
    static final class Formats implements Callable<Integer> {
        @Option(names = "--dir", required = true, paramLabel = "DIR", description = "the files to read (e.g. ../shared/formats)") Path dir;
        @Option(names = "--json", paramLabel = "FILE", description = "write the figures as JSON") Path json;

        @Override
        public Integer call() throws Exception {
            Map<String, Object> r = FormatBench.run(dir, FormatReader.standard(SourceDecoder.DEFAULT_MAX_BYTES));
            System.out.print(FormatBench.table(r));
            if (json != null) new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), r);
            return 0;
        }
    }

    /** {@code bench adversarial}: extraction time of adversarial files by kind and size, under the per-file limit. */
    @Command(name = "adversarial", mixinStandardHelpOptions = true,
            description = {"Writes adversarial files (a header, then runs of symbols, dates, numbers, citations, table rows or deeply",
                    "nested numbering) of 1 and 8 MiB and analyses each once under the per-file limit, as a load does; prints the",
                    "processor seconds per kind and size, and the growth from 1 to 8 MiB (linear: about x8) or that it stopped at the limit."})
    static final class Adversarial implements Callable<Integer> {
        @Option(names = "--file-timeout", defaultValue = "60", paramLabel = "SECONDS",
                description = "per-file limit of processor time, as load --file-timeout (default: ${DEFAULT-VALUE})") long fileTimeout;
        @Option(names = "--sizes", split = ",", paramLabel = "MIB", defaultValue = "1,8", description = "sizes in MiB (default: ${DEFAULT-VALUE})")
        List<Integer> sizes;
        @Mixin ReferenceOption reference;
        @Option(names = "--json", paramLabel = "FILE", description = "write the figures as JSON") Path json;

        @Override
        public Integer call() throws Exception {
            Path dir = Files.createTempDirectory("policy-graph-adversarial");
            try {
                List<AdversarialBench.Row> rows = AdversarialBench.run(new Pipeline(reference.data(), new SourceDecoder()),
                        sizes.stream().map(m -> m << 20).toList(), Duration.ofSeconds(fileTimeout), dir);
                System.out.print(AdversarialBench.table(rows));
                if (json != null) new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), AdversarialBench.toJson(rows));
                return 0;
            } finally {
                FileUtils.deleteDirectory(dir.toFile());
            }
        }
    }

    /** {@code bench generate}: a synthetic corpus and its manifest. */
    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Writes a synthetic corpus of document texts and manifest.jsonl (ground truth), deterministic for a seed.")
    static final class Generate implements Callable<Integer> {
        @Option(names = "--documents", required = true) int documents;
        @Option(names = "--seed", defaultValue = "1") long seed;
        @Option(names = "--out", required = true, paramLabel = "DIR") Path out;

        @Override
        public Integer call() throws Exception {
            CorpusGenerator.Summary s = CorpusGenerator.generate(documents, seed, out);
            System.out.printf("%d documents, %.1f MB in %s; by kind %s; by level %s%n", s.documents(), s.bytes() / 1e6, out, s.byKind(), s.byLevel());
            return 0;
        }
    }
}
