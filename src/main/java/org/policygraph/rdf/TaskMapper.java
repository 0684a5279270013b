package org.policygraph.rdf;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.policygraph.model.Citation;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.Task;

/**
 * Maps the task part of an analysis into the document's graph:
 * <pre>
 * &lt;doc&gt; pg:task &lt;doc/task/3.1&gt; .
 * &lt;doc/task/3.1&gt; a pg:Task ; eli:number "3.1" ; rdfs:label "heading"@vi ; pg:sourceText "whole text" ;
 *     pg:parentTask &lt;doc/task/3&gt; ; eli:is_part_of &lt;doc&gt; ; eli:cites &lt;cited doc&gt; ; pg:evidence [ ... span ... ] .
 * </pre>
 */
public final class TaskMapper implements PartMapper {
    @Override
    public void map(DocumentAnalysis analysis, MappingContext ctx) {
        String doc = ctx.document().getURI();
        for (Task t : analysis.tasks()) {
            Resource task = ctx.model().createResource(taskIri(ctx.iris(), doc, t.number()))
                    .addProperty(RDF.type, PG.Task)
                    .addProperty(ELI.number, t.number())
                    .addProperty(ELI.is_part_of, ctx.document())
                    .addProperty(RDFS.label, ctx.model().createLiteral(t.heading(), "vi"))
                    .addProperty(PG.sourceText, ctx.model().createLiteral(t.text(), "vi"));
            ctx.document().addProperty(PG.task, task);
            if (t.parent() != null) task.addProperty(PG.parentTask, ctx.model().createResource(taskIri(ctx.iris(), doc, t.parent())));
            for (int i : t.cites()) {
                Citation c = analysis.citations().get(i);
                if (c.key() != null) task.addProperty(ELI.cites, ctx.model().createResource(ctx.iris().document(c.key())));
            }
            ctx.evidence(task, t.span());
        }
    }

    /** IRI of a task of a document: {@code {doc}/task/3.1}. */
    public static String taskIri(IriScheme iris, String documentIri, String number) {
        return iris.part(documentIri, "task/" + number);
    }
}
