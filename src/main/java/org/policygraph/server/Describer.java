package org.policygraph.server;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/**
 * The description of one resource served at its IRI: every triple with it as subject (blank nodes followed, so
 * evidence annotations come along) and every triple with it as object (a blank-node subject followed too), from the
 * union of all graphs. A named graph's IRI that no triple mentions is described by its size. A description stops at
 * {@link Bounds#maxTriples} triples or at the time-out, and then says it is truncated: the subject's own triples come
 * first, incoming links after.
 */
final class Describer {
    /** A description and whether a limit cut it short. */
    record Description(Model model, boolean truncated) {
        boolean isEmpty() { return model.isEmpty(); }
    }

    private final DatasetGraph dsg;
    private final Bounds bounds;

    Describer(DatasetGraph dsg, Bounds bounds) {
        this.dsg = dsg;
        this.bounds = bounds;
    }

    DatasetGraph dataset() { return dsg; }

    /** The description, empty when the dataset does not mention the IRI. */
    Description describe(String iri) {
        return Txn.calculateRead(dsg, () -> {
            Graph u = dsg.getUnionGraph();
            Model out = ModelFactory.createDefaultModel();
            out.setNsPrefixes(Prefixes.MAP);
            Node n = NodeFactory.createURI(iri);
            Limit limit = new Limit(out.getGraph(), bounds);
            Deque<Node> todo = new ArrayDeque<>();
            Set<Node> seen = new HashSet<>();
            todo.add(n);
            follow(u, todo, seen, limit);
            // incoming links; a blank-node subject (a reified header fact with its evidence) comes whole
            Iterator<Triple> in = u.find(Node.ANY, Node.ANY, n);
            while (in.hasNext() && limit.add(in.next())) {
                Triple t = limit.last;
                if (t.getSubject().isBlank()) {
                    todo.add(t.getSubject());
                    follow(u, todo, seen, limit);
                }
            }
            if (out.isEmpty() && dsg.containsGraph(n)) describeGraph(out, n);
            else if (out.isEmpty() && (u.find(Node.ANY, n, Node.ANY).hasNext() || isVocabularyTerm(iri))) {
                // a term of a vocabulary the dataset or its description uses: pointed to its own definition
                out.getGraph().add(Triple.create(n, org.apache.jena.vocabulary.RDFS.seeAlso.asNode(), n));
            }
            return new Description(out, limit.truncated);
        });
    }

    private static void follow(Graph u, Deque<Node> todo, Set<Node> seen, Limit limit) {
        while (!todo.isEmpty() && !limit.truncated) {
            Node s = todo.poll();
            if (!seen.add(s)) continue;
            Iterator<Triple> it = u.find(s, Node.ANY, Node.ANY);
            while (it.hasNext() && limit.add(it.next()))
                if (limit.last.getObject().isBlank()) todo.add(limit.last.getObject());
        }
    }

    private void describeGraph(Model out, Node g) {
        long size = dsg.getGraph(g).size();
        out.getGraph().add(Triple.create(g, RDF.type.asNode(), NodeFactory.createURI(ServiceDescription.SD + "NamedGraph")));
        out.getGraph().add(Triple.create(g, NodeFactory.createURI(DatasetDescription.VOID + "triples"),
                NodeFactory.createLiteralDT(Long.toString(size), XSDDatatype.XSDinteger)));
    }

    /** A term of one of the vocabularies the pages and the dataset description use (their namespaces have prefixes). */
    static boolean isVocabularyTerm(String iri) {
        for (String ns : Prefixes.MAP.getNsPrefixMap().values()) if (iri.startsWith(ns) && iri.length() > ns.length()) return true;
        for (String ns : new String[] {DatasetDescription.VOID, DatasetDescription.DCAT, ServiceDescription.SD})
            if (iri.startsWith(ns) && iri.length() > ns.length()) return true;
        return false;
    }

    /** Adds triples until the cap or the deadline. */
    private static final class Limit {
        private final Graph g;
        private final long max;
        private final long deadline;
        Triple last;
        boolean truncated;

        Limit(Graph g, Bounds b) {
            this.g = g;
            this.max = b.maxTriples();
            this.deadline = b.deadline();
        }

        boolean add(Triple t) {
            if (g.size() >= max || ((g.size() & 0xFF) == 0 && Bounds.past(deadline))) {
                truncated = true;
                return false;
            }
            g.add(t);
            last = t;
            return true;
        }
    }

    boolean mentions(String iri) {
        Node n = NodeFactory.createURI(iri);
        return Txn.calculateRead(dsg, () -> {
            Graph u = dsg.getUnionGraph();
            return u.find(n, Node.ANY, Node.ANY).hasNext() || u.find(Node.ANY, Node.ANY, n).hasNext();
        });
    }
}
