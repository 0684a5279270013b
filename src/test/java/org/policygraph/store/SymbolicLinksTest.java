package org.policygraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory is read without following symbolic links out of it ({@code load DIR}, {@code serve --data DIR}):
 * a link to a file inside the directory is read, a link to a file elsewhere and a linked directory are not. With
 * {@code --follow-links} ({@link Loader#withFollowLinks}) they are.
 */
class SymbolicLinksTest {
    @TempDir Path tmp;
    Path data;
    Path outside;

    @BeforeEach
    void layout() throws Exception {
        data = Files.createDirectories(tmp.resolve("data"));
        outside = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.copy(TestStores.documents().get(0), data.resolve("a.txt"));
        Files.createSymbolicLink(data.resolve("b-inside.txt"), data.resolve("a.txt"));
        Files.copy(TestStores.documents().get(1), outside.resolve("secret.txt"));
        Files.createSymbolicLink(data.resolve("c-outside.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(data.resolve("d-linked-dir"), outside);
    }

    @Test
    void linksOutOfTheDirectoryAreNotFollowedUnlessAsked() throws Exception {
        assertEquals(List.of(data.resolve("a.txt"), data.resolve("b-inside.txt")), Loader.expand(data));
        assertEquals(List.of(data.resolve("a.txt"), data.resolve("b-inside.txt"), data.resolve("c-outside.txt"),
                data.resolve("d-linked-dir").resolve("secret.txt")), Loader.expand(data, true));
    }

    @Test
    void aLoadFollowsThemOnlyWithTheOption() {
        try (PolicyStore store = PolicyStore.inMemory()) {
            LoadReport without = TestStores.loader(store).load(List.of(data), LoadListener.SILENT);
            assertEquals(List.of(data.resolve("a.txt"), data.resolve("b-inside.txt")), without.loaded().stream().map(LoadReport.Loaded::file).toList());
        }
        try (PolicyStore store = PolicyStore.inMemory()) {
            LoadReport with = TestStores.loader(store).withFollowLinks(true).load(List.of(data), LoadListener.SILENT);
            assertEquals(4, with.loaded().size(), with.toString());
            assertEquals(List.of(), with.failed());
        }
    }
}
