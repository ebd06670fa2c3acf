package dev.parallel4j.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseSpecTest {
    static final class NotFound {}

    static final class ClientError {}

    static final class Fallback {}

    @Test
    void successTypes() {
        assertThat(ResponseSpec.of(String.class).successType()).isEqualTo(String.class);
        assertThat(ResponseSpec.of(new TypeReference<List<String>>() {}).successType().getTypeName())
                .isEqualTo("java.util.List<java.lang.String>");
        assertThat(ResponseSpec.noContent().successType()).isNull();
    }

    @Test
    void errorTypeIsMostSpecificFirst() {
        ResponseSpec<String> spec = ResponseSpec.of(String.class)
                .withError("default", Fallback.class)
                .withError("4xx", ClientError.class)
                .withError("404", NotFound.class);
        assertThat(spec.errorType(404)).isEqualTo(NotFound.class);
        assertThat(spec.errorType(400)).isEqualTo(ClientError.class);
        assertThat(spec.errorType(499)).isEqualTo(ClientError.class);
        assertThat(spec.errorType(500)).isEqualTo(Fallback.class);
        assertThat(spec.errorType(302)).isEqualTo(Fallback.class);
    }

    @Test
    void noDeclaredErrorTypes() {
        assertThat(ResponseSpec.of(String.class).errorType(500)).isNull();
        assertThat(ResponseSpec.of(String.class).withError("5XX", Fallback.class).errorType(404)).isNull();
    }

    @Test
    void withErrorReturnsANewSpec() {
        ResponseSpec<String> base = ResponseSpec.of(String.class);
        ResponseSpec<String> extended = base.withError("404", NotFound.class);
        assertThat(extended).isNotSameAs(base);
        assertThat(base.errorType(404)).isNull();
        assertThat(extended.successType()).isEqualTo(String.class);
        assertThat(extended.withError("404", ClientError.class).errorType(404)).isEqualTo(ClientError.class);
    }
}
