package org.policygraph.cli;

import java.nio.file.Path;
import org.policygraph.store.PolicyStore;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the commands that use the store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "./store",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE})")
    Path store;

    PolicyStore open() {
        try {
            return PolicyStore.open(store);
        } catch (PolicyStore.NotAStoreException e) {
            throw new UserError(e.getMessage(), e);
        } catch (org.apache.jena.dboe.DBOpEnvException e) {
            throw new UserError("the store " + store + " is in use by another process (" + e.getMessage()
                    + "); stop that process (e.g. a running serve) first", e);
        }
    }
}
