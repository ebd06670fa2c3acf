package dev.parallel4j.generator.translate;

import static dev.parallel4j.generator.testkit.Ir.enumType;
import static dev.parallel4j.generator.testkit.Ir.name;
import static dev.parallel4j.generator.testkit.Ir.named;
import static dev.parallel4j.generator.testkit.Ir.object;
import static dev.parallel4j.generator.testkit.Ir.operation;
import static dev.parallel4j.generator.testkit.Ir.parameter;
import static dev.parallel4j.generator.testkit.Ir.property;
import static dev.parallel4j.generator.testkit.Ir.service;
import static dev.parallel4j.generator.testkit.Ir.union;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallel4j.generator.ir.ApiModel;
import dev.parallel4j.generator.ir.ClientDef.AuthKind;
import dev.parallel4j.generator.ir.EnumDef;
import dev.parallel4j.generator.ir.OperationDef;
import dev.parallel4j.generator.ir.OperationDef.ResultKind;
import dev.parallel4j.generator.ir.ParameterDef;
import dev.parallel4j.generator.ir.ServiceDef;
import dev.parallel4j.generator.ir.TypeRef;
import dev.parallel4j.generator.ir.UnionDef.Variant;
import dev.parallel4j.generator.testkit.Documents;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decisions that shape the shipped client, taken on the project's own document and overlay. */
final class ParallelDocumentTest {
    private static final ApiModel PARALLEL = Documents.translate(Documents.PARALLEL, Documents.PARALLEL_OVERLAYS);
    private static final ServiceDef FIND_ALL = service(PARALLEL, "findAll");

    @Test
    void theClientIsParallelClientWithAnApiKeyHeader() {
        assertThat(PARALLEL.client().className()).isEqualTo("ParallelClient");
        assertThat(PARALLEL.client().envPrefix()).isEqualTo("PARALLEL");
        assertThat(PARALLEL.client().defaultBaseUrl()).isEqualTo("https://api.parallel.ai");
        assertThat(PARALLEL.client().auth().kind()).isEqualTo(AuthKind.API_KEY_HEADER);
        assertThat(PARALLEL.client().auth().name()).isEqualTo("x-api-key");
    }

    @Test
    void findAllMethodsAreNamedByRestShapeNotByOperationId() {
        assertThat(PARALLEL.services()).extracting(ServiceDef::className).containsExactly("ChatService", "ExtractService",
                "FindAllService", "MonitorsService", "SearchService", "TaskGroupsService", "TasksService");
        assertThat(FIND_ALL.operations()).extracting(OperationDef::methodName).containsExactly(
                "cancel", "candidates", "create", "enrich", "events", "extend", "ingest", "result", "retrieve", "schema");
    }

    @Test
    void parallelBetaIsOneOpenEnum() {
        EnumDef beta = enumType(PARALLEL, "ParallelBeta");
        assertThat(beta.constants()).extracting(EnumDef.Constant::javaName).contains("FINDALL_2025_09_15", "EVENTS_SSE_2025_07_24");
    }

    @Test
    void everyFindAllCallSendsTheFindAllBetaBesidesTheCallersBetas() {
        for (OperationDef op : FIND_ALL.operations()) {
            if (op.methodName().equals("candidates")) {
                continue; // the document gives this one no parallel-beta header
            }
            ParameterDef betas = parameter(op, "parallel-beta");
            assertThat(betas.javaName()).as(op.methodName()).isEqualTo("betas");
            assertThat(betas.type()).isEqualTo(new TypeRef.ListOf(named("ParallelBeta")));
            assertThat(betas.extendsDefault()).isTrue();
            assertThat(betas.defaultValue()).isEqualTo(List.of("findall-2025-09-15"));
        }
    }

    @Test
    void theEventStreamIsAUnionDispatchedOnType() {
        OperationDef events = operation(FIND_ALL, "events");
        assertThat(events.result().kind()).isEqualTo(ResultKind.EVENT_STREAM);
        assertThat(events.result().type()).isEqualTo(named("FindAllEvent"));
        assertThat(union(PARALLEL, "FindAllEvent").discriminator()).isEqualTo("type");
        assertThat(union(PARALLEL, "FindAllEvent").mapping()).containsEntry("findall.candidate.matched", name("FindAllCandidateMatchStatusEvent"))
                .containsEntry("error", name("ErrorEvent"))
                .hasSize(8);
        assertThat(union(PARALLEL, "FindAllEvent").variants()).extracting(Variant::label)
                .containsExactly("FindAllSchemaUpdated", "FindAllRunStatus", "FindAllCandidateMatchStatus", "Error");
    }

    @Test
    void theErrorSchemaAvoidsJavaLangError() {
        assertThat(property(object(PARALLEL, "ErrorEvent"), "error").type()).isEqualTo(named("ErrorObject"));
    }

    @Test
    void validationErrorLocationsAreAUnionOfStringsAndIntegers() {
        assertThat(property(object(PARALLEL, "ValidationError"), "loc").type())
                .isEqualTo(new TypeRef.ListOf(named("ValidationError.Loc")));
        assertThat(union(PARALLEL, "ValidationError.Loc").variants()).extracting(Variant::wrapper)
                .containsExactly("OfString", "OfLong");
    }
}
