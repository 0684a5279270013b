package org.policygraph.server;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The description of one resource served at its IRI: every triple with it as subject (blank nodes followed, so
 * evidence annotations come along) and every triple with it as object (a blank-node subject followed too), from the union of all graphs.
 */
final class Describer {
    private final DatasetGraph dsg;

    Describer(DatasetGraph dsg) { this.dsg = dsg; }

    DatasetGraph dataset() { return dsg; }

    /** The description, empty when the dataset does not mention the IRI. */
    Model describe(String iri) {
        return Txn.calculateRead(dsg, () -> {
            Graph u = dsg.getUnionGraph();
            Model out = ModelFactory.createDefaultModel();
            Graph g = out.getGraph();
            Node n = NodeFactory.createURI(iri);
            Deque<Node> todo = new ArrayDeque<>();
            Set<Node> seen = new HashSet<>();
            todo.add(n);
            // incoming links; a blank-node subject (a reified header fact with its evidence) comes whole
            u.find(Node.ANY, Node.ANY, n).forEachRemaining(t -> {
                g.add(t);
                if (t.getSubject().isBlank()) todo.add(t.getSubject());
            });
            while (!todo.isEmpty()) {
                Node s = todo.poll();
                if (!seen.add(s)) continue;
                u.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
                    g.add(t);
                    if (t.getObject().isBlank()) todo.add(t.getObject());
                });
            }
            out.setNsPrefixes(Prefixes.MAP);
            return out;
        });
    }

    boolean mentions(String iri) {
        Node n = NodeFactory.createURI(iri);
        return Txn.calculateRead(dsg, () -> {
            Graph u = dsg.getUnionGraph();
            return u.find(n, Node.ANY, Node.ANY).hasNext() || u.find(Node.ANY, Node.ANY, n).hasNext();
        });
    }
}
