package dev.parallel4j.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The classes of the runtime and of Jackson that generated code refers to. */
final class RuntimeTypes {
    private static final String RUNTIME = "dev.parallel4j.runtime";
    private static final String ANNOTATION = "com.fasterxml.jackson.annotation";
    private static final String DATABIND = "com.fasterxml.jackson.databind.annotation";

    static final ClassName JSON_VALUE = ClassName.get(RUNTIME + ".json", "JsonValue");
    static final ClassName JSON_MODEL = ClassName.get(RUNTIME + ".json", "JsonModel");
    static final ClassName JSON_FIELD = ClassName.get(RUNTIME + ".json", "JsonField");
    static final ClassName OPEN_ENUM = ClassName.get(RUNTIME + ".json", "OpenEnum");
    static final ClassName MODEL_CHECKS = ClassName.get(RUNTIME + ".json", "ModelChecks");
    static final ClassName MODEL_VALIDATION_EXCEPTION = ClassName.get(RUNTIME + ".json", "ModelValidationException");
    static final ClassName VALIDATABLE = ClassName.get(RUNTIME + ".json", "Validatable");
    static final ClassName OBJECT_MODEL = ClassName.get(RUNTIME + ".json", "ObjectModel");
    static final ClassName OBJECT_MODEL_BUILDER = ClassName.get(RUNTIME + ".json", "ObjectModelBuilder");
    static final ClassName UNION_DESERIALIZER = ClassName.get(RUNTIME + ".json", "UnionDeserializer");
    static final ClassName UNION_SPEC = ClassName.get(RUNTIME + ".json", "UnionSpec");
    static final ClassName UNION_KIND = UNION_SPEC.nestedClass("Kind");

    static final ClassName API_REQUEST = ClassName.get(RUNTIME + ".client", "ApiRequest");
    static final ClassName REQUEST_OPTIONS = ClassName.get(RUNTIME + ".client", "RequestOptions");
    static final ClassName RESPONSE_SPEC = ClassName.get(RUNTIME + ".client", "ResponseSpec");
    static final ClassName REQUEST_EXECUTOR = ClassName.get(RUNTIME + ".client", "RequestExecutor");
    static final ClassName CLIENT_BUILDER = ClassName.get(RUNTIME + ".client", "ClientBuilder");
    static final ClassName AUTH = ClassName.get(RUNTIME + ".client", "Auth");
    static final ClassName PARAMETER_VALUES = ClassName.get(RUNTIME + ".client", "ParameterValues");
    static final ClassName CURSOR_PAGE = ClassName.get(RUNTIME + ".client", "CursorPage");
    static final ClassName API_SERVICE = ClassName.get(RUNTIME + ".client", "ApiService");
    static final ClassName FUTURES = ClassName.get(RUNTIME + ".client", "Futures");
    static final ClassName FILE_UPLOAD = ClassName.get(RUNTIME + ".client", "FileUpload");
    static final ClassName FORM_BODY = ClassName.get(RUNTIME + ".client", "FormBody");
    static final ClassName EVENT_STREAM = ClassName.get(RUNTIME + ".sse", "EventStream");
    static final ClassName WEBHOOK_HEADERS = ClassName.get(RUNTIME + ".webhook", "WebhookHeaders");
    static final ClassName WEBHOOK_VERIFIER = ClassName.get(RUNTIME + ".webhook", "WebhookVerifier");
    static final ClassName WEBHOOK_READER = ClassName.get(RUNTIME + ".webhook", "WebhookReader");
    static final ClassName WEBHOOK_SECRET = ClassName.get(RUNTIME + ".webhook", "WebhookSecret");
    static final ClassName WEBHOOK_VERIFICATION_EXCEPTION = ClassName.get(RUNTIME + ".webhook", "WebhookVerificationException");
    static final ClassName WEBHOOK_PAYLOAD_EXCEPTION = ClassName.get(RUNTIME + ".webhook", "WebhookPayloadException");

    static final ClassName JSON_PROPERTY = ClassName.get(ANNOTATION, "JsonProperty");
    static final ClassName JSON_PROPERTY_ORDER = ClassName.get(ANNOTATION, "JsonPropertyOrder");
    static final ClassName JSON_CREATOR = ClassName.get(ANNOTATION, "JsonCreator");
    static final ClassName JSON_VALUE_ANNOTATION = ClassName.get(ANNOTATION, "JsonValue");
    static final ClassName JSON_DESERIALIZE = ClassName.get(DATABIND, "JsonDeserialize");
    static final ClassName JSON_POJO_BUILDER = ClassName.get(DATABIND, "JsonPOJOBuilder");
    static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");

    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    /** The value of {@code @Generated} on every top-level type; no date, so output is reproducible. */
    static final String GENERATOR = "dev.parallel4j.generator";

    private RuntimeTypes() {}

    /** {@code @Generated("dev.parallel4j.generator")}, first annotation of every top-level type. */
    static AnnotationSpec generated() {
        return AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR).build();
    }
}
