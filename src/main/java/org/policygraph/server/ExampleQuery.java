package org.policygraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An example query of {@code queries/} (on the class path under {@code /queries/}), with the title and
 * description read from its leading comment lines ({@code # title: ...}, {@code # title_vi: ...},
 * {@code # description: ...}, {@code # description_vi: ...}).
 */
public record ExampleQuery(String file, String title, String titleVi, String description, String descriptionVi, String text) {

    public static ExampleQuery parse(String file, String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (!l.startsWith("#")) break;
            int colon = l.indexOf(':');
            if (colon < 0) continue;
            fields.put(l.substring(1, colon).strip().toLowerCase(java.util.Locale.ROOT), l.substring(colon + 1).strip());
        }
        return new ExampleQuery(file, fields.getOrDefault("title", file), fields.get("title_vi"),
                fields.getOrDefault("description", ""), fields.get("description_vi"), text);
    }

    /** The bundled example queries, sorted by file name. */
    public static List<ExampleQuery> bundled() {
        URL url = ExampleQuery.class.getResource("/queries");
        if (url == null) return List.of();
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(fs.getPath("/queries"));
                }
            }
            return read(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One bundled query by file name, or null. */
    public static ExampleQuery bundled(String file) {
        if (!file.matches("[A-Za-z0-9_.-]+\\.rq")) return null;
        try (InputStream in = ExampleQuery.class.getResourceAsStream("/queries/" + file)) {
            return in == null ? null : parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ExampleQuery> read(Path dir) throws IOException {
        List<ExampleQuery> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList())
                out.add(parse(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
        }
        return out;
    }
}
