package org.policygraph.extract.citation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.policygraph.jsonl.CitationRows;
import org.policygraph.model.DocumentHeader;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.text.SourceText;

/** Writes the citation rows of the given documents as JSONL (for scoring by hand): args = output, files... */
public final class CitationDump {
    public static void main(String[] args) throws Exception {
        Files.write(Path.of(args[0]), rows(List.of(args).subList(1, args.length).stream().map(Path::of).toList()));
    }

    static final DocumentHeader EMPTY = new DocumentHeader(null, null, null, null, null, null, null, null, false,
            null, null, null, null, null, null, null, null);

    static List<String> rows(List<Path> files) throws Exception {
        CitationExtractor x = new CitationExtractor(ReferenceData.bundled());
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            SourceText t = SourceText.of(Files.readString(f));
            for (var c : x.extract(t, EMPTY)) out.add(CitationRows.row(f.getFileName().toString(), c).toString());
        }
        return out;
    }
}
