package dev.parallel4j.generator.translate;

import static org.assertj.core.api.Assertions.assertThat;

import javax.lang.model.SourceVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The naming rules: how names from the document become Java type, member and constant names. */
final class NamingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "findAllRun          | find, All, Run",
        "find_all_run        | find, all, run",
        "find-all-run        | find, all, run",
        "find.all.run        | find, all, run",
        "HTTPValidationError | HTTP, Validation, Error",
        "XMLHttpRequest      | XML, Http, Request",
        "URLs                | URLs",
        "userIDs             | user, IDs",
        "V1Beta              | V1, Beta",
        "v1beta              | v1beta",
        "findall-2025-09-15  | findall, 2025, 09, 15",
        "Chat API (Beta)     | Chat, API, Beta",
        "café_crème          | café, crème",
    })
    void splitsWordsAtSeparatorsCaseChangesAndAcronymEnds(String raw, String expected) {
        assertThat(Naming.words(raw)).containsExactly(expected.split(", "));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "find_all-run.v2     | FindAllRunV2",
        "findall_id          | FindallId",
        "HTTPValidationError | HTTPValidationError",
        "JSONSchema          | JSONSchema",
        "MAX_TOKENS          | MaxTokens",
        "X-API-KEY           | XApiKey",
        "2fa                 | _2fa",
        "$ref                | Ref",
        "café_crème          | CaféCrème",
        "日本語                | 日本語",
    })
    void typeNamesArePascalCaseAndLegal(String raw, String expected) {
        assertThat(Naming.typeName(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"", "$", "-", "__", "_"})
    void typeNamesOfNamesWithoutLettersFallBackToType(String raw) {
        assertThat(Naming.typeName(raw)).isEqualTo("Type");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Error     | ErrorObject",
        "String    | StringObject",
        "Class     | ClassObject",
        "Object    | ObjectObject",
        "Optional  | OptionalObject",
        "JsonValue | JsonValueObject",
        "Builder   | BuilderObject",
        "Unknown   | UnknownObject",
        "enum      | EnumObject",
        "record    | RecordObject",
    })
    void typeNamesAvoidJavaLangRuntimeAndEmittedTypeNames(String raw, String expected) {
        assertThat(Naming.typeName(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "findall_id          | findallId",
        "HTTPValidationError | httpValidationError",
        "ID                  | id",
        "IDs                 | ids",
        "URLPath             | urlPath",
        "MAX_TOKENS          | maxTokens",
        "parallel-beta       | parallelBeta",
        "$ref                | ref",
        "2fa                 | _2fa",
        "class               | class_",
        "default             | default_",
        "enum                | enum_",
        "continue            | continue_",
        "var                 | var_",
        "_private            | private_",
        "record              | record_",
        "café_crème          | caféCrème",
        "''                  | value",
        "$                   | value",
    })
    void memberNamesAreCamelCaseAndNeverKeywords(String raw, String expected) {
        assertThat(Naming.memberName(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"class", "default", "enum", "true", "null", "_", "goto", "const", "2fa", "a-b", "日本語", "$", "",
        "strictfp", "HTTPServer", "non-sealed"})
    void everyMemberNameIsAJavaIdentifier(String raw) {
        String name = Naming.memberName(raw);
        assertThat(SourceVersion.isName(name)).as(name).isTrue();
        assertThat(SourceVersion.isKeyword(name)).as(name).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "findall-2025-09-15 | FINDALL_2025_09_15",
        "findall.status     | FINDALL_STATUS",
        "HTTPServer         | HTTP_SERVER",
        "camelCase          | CAMEL_CASE",
        "1                  | _1",
        "''                 | EMPTY",
        "-                  | EMPTY",
        "é                  | É",
    })
    void constantNamesAreScreamingSnakeCase(String raw, String expected) {
        assertThat(Naming.constantName(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "runs       | run",
        "Candidates | Candidate",
        "entries    | entry",
        "Policies   | Policy",
        "matches    | match",
        "boxes      | box",
        "addresses  | address",
        "wishes     | wish",
        "status     | status",
        "analysis   | analysis",
        "bus        | bus",
        "class      | class",
        "data       | data",
        "s          | s",
        "statuses   | status",
        "bonuses    | bonus",
        "causes     | cause",
        "houses     | house",
        "cookies    | cookie",
        "Movies     | Movie",
        "series     | series",
        "species    | species",
    })
    void singularUndoesRegularEnglishPlurals(String plural, String singular) {
        assertThat(Naming.singular(plural)).isEqualTo(singular);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Chat API (Beta) | CHAT_API_BETA",
        "Parallel        | PARALLEL",
        "findAll         | FIND_ALL",
    })
    void screamingSnakeNamesEnvironmentVariables(String raw, String expected) {
        assertThat(Naming.screamingSnake(raw)).isEqualTo(expected);
    }
}
