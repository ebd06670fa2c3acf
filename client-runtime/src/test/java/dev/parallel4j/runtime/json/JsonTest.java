package dev.parallel4j.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The strictness of {@link Json#newMapper()}. */
class JsonTest {
    private final ObjectMapper mapper = Json.newMapper();

    @JsonModel
    static final class Sample {
        @JsonProperty("name")
        String name;

        @JsonProperty("count")
        long count;

        @JsonProperty("boxed")
        Long boxed;

        @JsonProperty("ratio")
        double ratio;

        @JsonProperty("flag")
        Boolean flag;

        @JsonProperty("at")
        OffsetDateTime at;

        String ignoredByJsonModel = "default";

        @JsonCreator
        Sample() {}
    }

    private Sample read(String json) throws Exception {
        return mapper.readValue(json, Sample.class);
    }

    @Test
    void readsMatchingTypes() throws Exception {
        Sample sample = read("{\"name\":\"n\",\"count\":9007199254740993,\"boxed\":-1,\"ratio\":0.25,\"flag\":true}");
        assertThat(sample.name).isEqualTo("n");
        assertThat(sample.count).isEqualTo(9007199254740993L);
        assertThat(sample.boxed).isEqualTo(-1L);
        assertThat(sample.ratio).isEqualTo(0.25);
        assertThat(sample.flag).isTrue();
    }

    @Test
    void numberOrBooleanWhereAStringIsExpectedFails() {
        assertThatThrownBy(() -> read("{\"name\":5}")).isInstanceOf(MismatchedInputException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> read("{\"name\":1.5}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"name\":true}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"name\":{}}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"name\":[\"x\"]}")).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void stringWhereANumberIsExpectedFails() {
        assertThatThrownBy(() -> read("{\"count\":\"5\"}")).isInstanceOf(MismatchedInputException.class).hasMessageContaining("count");
        assertThatThrownBy(() -> read("{\"boxed\":\"5\"}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"ratio\":\"0.5\"}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"boxed\":\"\"}")).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void stringOrNumberWhereABooleanIsExpectedFails() {
        assertThatThrownBy(() -> read("{\"flag\":\"true\"}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"flag\":1}")).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void floatIntoAnIntegerFails() {
        assertThatThrownBy(() -> read("{\"count\":1.5}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"count\":2.0}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"boxed\":1e2}")).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void integerIntoAFloatingPointNumberIsAccepted() throws Exception {
        assertThat(read("{\"ratio\":3}").ratio).isEqualTo(3.0);
    }

    @Test
    void nullIntoAPrimitiveFailsButNullIntoABoxIsNull() throws Exception {
        assertThatThrownBy(() -> read("{\"count\":null}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"ratio\":null}")).isInstanceOf(MismatchedInputException.class);
        assertThat(read("{\"boxed\":null}").boxed).isNull();
    }

    @Test
    void unknownPropertiesAreIgnored() throws Exception {
        Sample sample = read("{\"extra\":{\"deep\":[1,2]},\"name\":\"n\",\"ignoredByJsonModel\":\"x\",\"more\":null}");
        assertThat(sample.name).isEqualTo("n");
        assertThat(sample.ignoredByJsonModel).isEqualTo("default");
    }

    @Test
    void offsetDateTimeKeepsTheOffsetBothWays() throws Exception {
        Sample sample = read("{\"at\":\"2024-05-01T10:15:30.250+02:00\"}");
        assertThat(sample.at.getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(sample.at.getHour()).isEqualTo(10);
        assertThat(mapper.writeValueAsString(sample)).isEqualTo("{\"count\":0,\"ratio\":0.0,\"at\":\"2024-05-01T10:15:30.25+02:00\"}");
        assertThat(read("{\"at\":\"2024-05-01T10:15:30Z\"}").at.getOffset()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void datesAreIsoTextAndAnythingElseFailsNamingTheProperty() throws Exception {
        LocalDate day = mapper.readValue("\"2024-02-29\"", LocalDate.class);
        assertThat(day).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(mapper.writeValueAsString(day)).isEqualTo("\"2024-02-29\"");
        assertThat(mapper.writeValueAsString(OffsetDateTime.of(2024, 5, 1, 10, 15, 0, 0, ZoneOffset.UTC)))
                .as("seconds are written even when zero").isEqualTo("\"2024-05-01T10:15:00Z\"");
        assertThatThrownBy(() -> read("{\"at\":\"2024-05-01 10:15\"}")).isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("at").hasMessageContaining("expected a date-time with an offset in ISO 8601 form");
        assertThatThrownBy(() -> read("{\"at\":\"2024-05-01T10:15:30\"}")).as("no offset").isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"at\":1714558530}")).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void nullPropertiesAreLeftOutWhenWriting() throws Exception {
        Sample sample = new Sample();
        sample.name = "only";
        assertThat(mapper.writeValueAsString(sample)).isEqualTo("{\"name\":\"only\",\"count\":0,\"ratio\":0.0}");
    }
}
