package org.policygraph.server;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;
import org.policygraph.store.PolicyStore;

/** The text index lives in a temporary directory for as long as its server runs, not until the JVM exits. */
class TextIndexLifecycleTest {
    @Test
    void theIndexDirectoryIsDeletedWhenTheServerStops() throws Exception {
        Set<Path> before = textDirectories();
        try (PolicyStore store = PolicyStore.inMemory()) {
            FusekiServer server = PolicyServer.build(store.dataset(), new PolicyServer.Options("127.0.0.1", 0, Duration.ofSeconds(2), 50)).start();
            Set<Path> made = new HashSet<>(textDirectories());
            made.removeAll(before);
            assertEquals(1, made.size(), "one index directory per server: " + made);
            Path dir = made.iterator().next();
            assertTrue(Files.isDirectory(dir));
            server.stop();
            assertFalse(Files.exists(dir), dir + " is left after the server stopped");
        }
    }

    private static Set<Path> textDirectories() throws Exception {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("policy-graph-text-")).collect(Collectors.toSet());
        }
    }
}
