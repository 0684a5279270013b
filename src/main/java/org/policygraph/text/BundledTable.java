package org.policygraph.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The rows of a CSV table bundled on the class path (the tables of {@code data/reference/} are under {@code /reference/}). */
public final class BundledTable {
    private BundledTable() {}

    /** The rows of {@code resource}, read by its header line; a missing table is a packaging error. */
    public static List<CSVRecord> rows(String resource) {
        try (InputStream in = BundledTable.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
