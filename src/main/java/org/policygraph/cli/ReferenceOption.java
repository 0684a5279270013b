package org.policygraph.cli;

import java.nio.file.Path;
import org.policygraph.resolve.ReferenceData;
import picocli.CommandLine.Option;

/** The {@code --reference DIR} option: reference tables added to the bundled ones (a national deployment's, a generated corpus's). */
final class ReferenceOption {
    @Option(names = "--reference", paramLabel = "DIR",
            description = "directory of admin-units.csv, bodies.csv and terms.csv added to the bundled reference tables")
    Path dir;

    ReferenceData data() {
        if (dir == null) return ReferenceData.bundled();
        try {
            return ReferenceData.bundledWith(dir);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new UserError("the reference tables in " + dir + " cannot be used: " + e.getMessage(), e);
        }
    }
}
