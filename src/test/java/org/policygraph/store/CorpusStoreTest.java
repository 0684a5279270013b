package org.policygraph.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Base of test classes that read a TDB2 store holding the five bundled documents, loaded once per class. */
public abstract class CorpusStoreTest {
    @TempDir protected static Path tmp;
    protected static PolicyStore store;

    @BeforeAll
    static void loadCorpus() throws Exception { store = TestStores.corpus(tmp.resolve("corpus-store")); }

    @AfterAll
    static void closeCorpus() {
        if (store != null) store.close();
        store = null;
    }
}
