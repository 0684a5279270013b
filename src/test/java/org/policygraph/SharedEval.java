package org.policygraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Locates {@code ../shared} (evaluation data and scorer) beside the project; absent in a user's clone. */
public final class SharedEval {
    private SharedEval() {}

    /** The shared folder, if present: {@code ../shared} from the project root, or {@code $POLICY_GRAPH_SHARED}. */
    public static Optional<Path> dir() {
        String env = System.getenv("POLICY_GRAPH_SHARED");
        for (Path p : new Path[] {env == null ? null : Path.of(env), Path.of("..", "shared")}) {
            if (p != null && Files.isDirectory(p.resolve("eval"))) return Optional.of(p.toAbsolutePath().normalize());
        }
        return Optional.empty();
    }

    public static Optional<Path> eval(String file) { return dir().map(d -> d.resolve("eval").resolve(file)); }
}
