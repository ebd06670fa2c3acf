package dev.parallel4j.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link IsoDateTimes}: the quick reader agrees with {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} wherever it answers. */
class IsoDateTimesTest {
    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void readsEveryCommonFormExactlyAsTheFormatterDoes() {
        Random random = new Random(20261128);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextInt(Integer.MAX_VALUE) * 2L - Integer.MAX_VALUE,
                    random.nextInt(1_000_000_000));
            ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(18 * 4 * 2 + 1) - 18 * 4) * 15 * 60);
            OffsetDateTime value = instant.atOffset(offset)
                    .truncatedTo(random.nextBoolean() ? ChronoUnit.NANOS : ChronoUnit.MICROS);
            String text = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);

            assertThat(IsoDateTimes.parseCommonForm(text)).as(text)
                    .isEqualTo(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-04T09:15:02Z", "2026-03-04T09:15:02.4Z", "2026-03-04T09:15:02.418265Z",
        "2026-03-04T09:15:02.123456789-05:30", "2024-02-29T23:59:59+14:00", "0001-01-01T00:00:00-00:00"})
    void commonFormsAreReadWithoutTheFormatter(String text) {
        OffsetDateTime quick = IsoDateTimes.parseCommonForm(text);

        assertThat(quick).isNotNull().isEqualTo(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        assertThat(quick.getOffset()).isEqualTo(OffsetDateTime.parse(text).getOffset());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-04T09:15Z", "2026-03-04t09:15:02z", "2026-03-04T09:15:02+01:00:30",
        "+12026-03-04T09:15:02Z", "2026-03-04T09:15:02.Z"})
    void otherValidFormsAreLeftToTheFormatter(String text) throws Exception {
        assertThat(IsoDateTimes.parseCommonForm(text)).isNull();
        assertThat(mapper.readValue('"' + text + '"', OffsetDateTime.class))
                .isEqualTo(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T09:15:02Z", "2026-13-04T09:15:02Z", "2026-03-04T24:00:00Z",
        "2026-03-04T09:60:02Z", "2026-03-04T09:15:02+19:00", "2026-03-04T09:15:02+01:60", "2026-03-04T09:15:02",
        "2026-03-04 09:15:02Z", "2026-O3-04T09:15:02Z", "2026-03-04T09:15:02ZZ", "2026-03-04T09:15:02+0100", "2026",
        "2026-03-04T09:15:02.1234567891Z"})
    void invalidTextIsRejectedByTheFormatterAsBefore(String text) {
        assertThat(IsoDateTimes.parseCommonForm(text)).isNull();
        assertThatThrownBy(() -> mapper.readValue('"' + text + '"', OffsetDateTime.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("expected a date-time with an offset in ISO 8601 form");
    }
}
