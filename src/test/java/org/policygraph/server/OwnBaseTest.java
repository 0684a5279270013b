package org.policygraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.policygraph.rdf.ELI;

/** With the server's own address as base ({@code serve --base http://127.0.0.1:PORT/}) every IRI resolves as it is. */
class OwnBaseTest {
    @Test
    void iriIsItsOwnAddress() throws Exception {
        try (TestServer s = TestServer.start(true)) {
            String iri = s.base + "doc/party/kien-an-qu/nq/khoa-vi/06";
            assertEquals(s.url("/doc/party/kien-an-qu/nq/khoa-vi/06"), iri);
            HttpResponse<String> r = s.get("/doc/party/kien-an-qu/nq/khoa-vi/06", "text/turtle");
            Model m = LinkedDataTest.parse(r.body(), Lang.TURTLE);
            assertTrue(m.contains(m.createResource(iri), ELI.id_local, "06-NQ/QU"));
            // every object IRI of the document's description in the base answers too
            for (var o : m.listObjects().toList()) {
                if (!o.isURIResource() || !o.asResource().getURI().startsWith(s.base)) continue;
                String path = o.asResource().getURI().substring(s.base.length() - 1);
                if (path.contains("#")) continue;
                assertEquals(200, s.get(path, "text/turtle").statusCode(), path);
            }
        }
    }
}
