package dev.parallel4j.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQuery;
import java.util.function.Function;

/**
 * Reads and writes the two {@code java.time} types generated models hold, {@link OffsetDateTime} ({@code date-time})
 * and {@link LocalDate} ({@code date}), as ISO 8601 text, keeping the offset the server wrote. It stands in for
 * {@code jackson-datatype-jsr310}, whose 140 KB cover types the documents never use.
 */
final class JavaTimeJson extends SimpleModule {
    private static final long serialVersionUID = 1L;

    JavaTimeJson() {
        super("parallel4j-java-time");
        add(OffsetDateTime.class, DateTimeFormatter.ISO_OFFSET_DATE_TIME, OffsetDateTime::from, IsoDateTimes::parseCommonForm,
                "a date-time with an offset");
        add(LocalDate.class, DateTimeFormatter.ISO_LOCAL_DATE, LocalDate::from, text -> null, "a date");
    }

    private <T extends TemporalAccessor> void add(Class<T> type, DateTimeFormatter format, TemporalQuery<T> query,
            Function<String, T> commonForm, String what) {
        addSerializer(type, new Writer<>(type, format));
        addDeserializer(type, new Reader<>(type, format, query, commonForm, what));
    }

    /** Writes a value as text in its format. */
    private static final class Writer<T extends TemporalAccessor> extends StdScalarSerializer<T> {
        private static final long serialVersionUID = 1L;

        private final transient DateTimeFormatter format;

        Writer(Class<T> type, DateTimeFormatter format) {
            super(type);
            this.format = format;
        }

        @Override
        public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(format.format(value));
        }
    }

    /**
     * Reads a value from text in its format, trying a quick reader of its most common form first; anything else
     * fails naming what was expected.
     */
    private static final class Reader<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;

        private final transient DateTimeFormatter format;
        private final transient TemporalQuery<T> query;
        private final transient Function<String, T> commonForm;
        private final String what;

        Reader(Class<T> type, DateTimeFormatter format, TemporalQuery<T> query, Function<String, T> commonForm, String what) {
            super(type);
            this.format = format;
            this.query = query;
            this.commonForm = commonForm;
            this.what = what;
        }

        @Override
        public T deserialize(JsonParser in, DeserializationContext context) throws IOException {
            if (in.currentToken() != JsonToken.VALUE_STRING) {
                @SuppressWarnings("unchecked") // handledType() is the Class<T> given to the constructor
                T unexpected = (T) context.handleUnexpectedToken(handledType(), in);
                return unexpected;
            }
            String text = in.getText();
            T common = commonForm.apply(text);
            if (common != null) {
                return common;
            }
            try {
                return format.parse(text, query);
            } catch (DateTimeParseException e) {
                @SuppressWarnings("unchecked") // as above
                T weird = (T) context.handleWeirdStringValue(handledType(), text, "expected " + what + " in ISO 8601 form");
                return weird;
            }
        }
    }
}
