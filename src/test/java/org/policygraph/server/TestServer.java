package org.policygraph.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.policygraph.pipeline.Pipeline;
import org.policygraph.rdf.IriScheme;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.store.LoadListener;
import org.policygraph.store.Loader;
import org.policygraph.store.PolicyStore;

/**
 * The five corpus documents in an in-memory store, served on a free port of 127.0.0.1 (tests); or, shared by the
 * test classes of one JVM ({@link #corpus}), the seeds and a sample of the bundled real documents.
 */
final class TestServer implements AutoCloseable {
    final PolicyStore store;
    final FusekiServer server;
    final String base;
    final HttpClient http = HttpClient.newHttpClient();

    private TestServer(PolicyStore store, FusekiServer server, String base) {
        this.store = store;
        this.server = server;
        this.base = base;
    }

    /** @param ownBase true: the IRIs' base is the server itself ({@code http://127.0.0.1:PORT/}); false: the default base */
    static TestServer start(boolean ownBase) throws IOException {
        return start(ownBase, new PolicyServer.Options("127.0.0.1", 0, Duration.ofSeconds(30), 10_000));
    }

    /** As {@link #start(boolean)}, with the server's options (the port of {@code o} is ignored: a free one is taken). */
    static TestServer start(boolean ownBase, PolicyServer.Options o) throws IOException {
        return start(ownBase, o, List.of(Path.of("data/documents/hai-phong")));
    }

    /** The real documents of the bundled corpus in the sample: every {@value #SAMPLE_EVERY}th file, in name order. */
    static final int SAMPLE_EVERY = 5;
    private static TestServer corpus;

    /**
     * The seeds and about a hundred of the bundled real documents (every {@value #SAMPLE_EVERY}th), IRIs on the
     * server's own base; started once per JVM and stopped when it exits, so the test classes share it.
     */
    static synchronized TestServer corpus() throws IOException {
        if (corpus != null) return corpus;
        List<Path> files;
        try (var s = java.nio.file.Files.list(Path.of("data/documents/thuvienphapluat"))) { files = s.sorted().toList(); }
        List<Path> inputs = new java.util.ArrayList<>(List.of(Path.of("data/documents/hai-phong")));
        for (int i = 0; i < files.size(); i += SAMPLE_EVERY) inputs.add(files.get(i));
        corpus = start(true, new PolicyServer.Options("127.0.0.1", 0, Duration.ofSeconds(30), 10_000), inputs);
        TestServer shared = corpus;
        Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "stop the corpus test server"));
        return corpus;
    }

    private static TestServer start(boolean ownBase, PolicyServer.Options o, List<Path> inputs) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) { port = s.getLocalPort(); }
        String base = ownBase ? "http://127.0.0.1:" + port + "/" : IriScheme.DEFAULT_BASE;
        PolicyStore store = PolicyStore.inMemory();
        ReferenceData ref = ReferenceData.bundled();
        new Loader(store, Pipeline.standard(), new IriScheme(base), ref, Clock.systemUTC()).load(inputs, LoadListener.SILENT);
        FusekiServer server = PolicyServer.build(store.dataset(),
                new PolicyServer.Options(o.host(), port, o.timeout(), o.maxRows(), o.federation()), base).start();
        return new TestServer(store, server, base);
    }

    String url(String path) { return "http://127.0.0.1:" + server.getHttpPort() + path; }

    HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)));
        if (accept != null) b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
