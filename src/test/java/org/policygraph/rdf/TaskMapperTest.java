package org.policygraph.rdf;

import static org.junit.jupiter.api.Assertions.*;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.policygraph.derive.Corpus;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.resolve.ReferenceData;

class TaskMapperTest {
    @Test
    void tasksWithNumberParentTextCitationsAndEvidence() throws Exception {
        DocumentAnalysis a = Corpus.analyses().stream().filter(x -> x.source().name().startsWith("003")).findFirst().orElseThrow();
        IriScheme iris = IriScheme.standard();
        Model m = ModelFactory.createDefaultModel();
        Resource doc = m.createResource(iris.document(a.key()));
        MappingContext ctx = new MappingContext(m, iris, ReferenceData.bundled(), a, doc, m.createResource(iris.source(a.source().sha256())),
                m.createResource(iris.base() + "extraction"));
        new TaskMapper().map(a, ctx);
        Resource task = m.getResource(TaskMapper.taskIri(iris, doc.getURI(), "3.4-d1"));
        assertTrue(task.hasProperty(RDF.type, PG.Task));
        assertTrue(doc.hasProperty(PG.task, task));
        assertEquals("3.4-d1", task.getProperty(ELI.number).getString());
        assertEquals(m.getResource(TaskMapper.taskIri(iris, doc.getURI(), "3.4")), task.getPropertyResourceValue(PG.parentTask));
        assertTrue(task.getProperty(RDFS.label).getString().startsWith("Tiếp tục tập trung đầu tư phát triển giáo dục"));
        assertTrue(task.listProperties(ELI.cites).toList().stream().anyMatch(s -> s.getResource().getURI().endsWith("doc/party/kien-an-qu/nq/khoa-v/04")),
                "the task cites Nghị quyết số 04-NQ/QU of 2018");
        Resource ev = task.getPropertyResourceValue(PG.evidence);
        assertNotNull(ev);
        assertEquals(a.tasks().size(), m.listSubjectsWithProperty(RDF.type, PG.Task).toList().size());
    }
}
