package org.policygraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.policygraph.jsonl.CitationRows;
import org.policygraph.jsonl.DocumentRows;
import org.policygraph.jsonl.FigureRows;
import org.policygraph.jsonl.JsonlRows;
import org.policygraph.jsonl.LinkRows;
import org.policygraph.jsonl.TargetRows;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.pipeline.Pipeline;
import org.policygraph.text.InputRejectedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract}: extraction output as JSON lines, in the schemas of the evaluation data. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Prints what is extracted from the files as JSON lines on stdout (seed = the file name).",
                "Kinds not yet extracted print nothing. Refused files are reported on stderr."})
final class ExtractCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin ReferenceOption reference;

    /** The kinds of rows, each with the class that makes them (null: not extracted yet). */
    enum Kind {
        document(new DocumentRows()), citations(new CitationRows()), indicators(new TargetRows()),
        actuals(new FigureRows()), links(null); // links span documents: made from all files at once (LinkRows)

        final JsonlRows rows;

        Kind(JsonlRows rows) { this.rows = rows; }
    }

    @Option(names = "--jsonl", required = true, paramLabel = "KIND",
            description = "document, citations, indicators, actuals or links")
    Kind kind;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Override
    public Integer call() {
        ObjectMapper json = new ObjectMapper();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Pipeline pipeline = new Pipeline(reference.data(), new org.policygraph.text.SourceDecoder());
        int failed = 0;
        List<DocumentAnalysis> analysed = new java.util.ArrayList<>();
        for (Path f : files) {
            try {
                DocumentAnalysis a = pipeline.analyse(f);
                analysed.add(a);
                if (kind.rows == null) continue;
                for (ObjectNode row : kind.rows.rows(a)) out.println(json.writeValueAsString(row));
            } catch (InputRejectedException e) {
                failed++;
                System.err.println(e.getMessage());
            } catch (Exception e) {
                failed++;
                System.err.println(f + ": extraction failed: " + e);
            }
        }
        if (kind == Kind.links) {
            try {
                for (ObjectNode row : new LinkRows().rows(analysed)) out.println(json.writeValueAsString(row));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        out.flush();
        return failed == files.size() ? 1 : 0;
    }
}
