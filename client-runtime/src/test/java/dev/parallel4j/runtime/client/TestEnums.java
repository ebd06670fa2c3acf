package dev.parallel4j.runtime.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.parallel4j.runtime.json.OpenEnum;
import java.util.Map;

/** Open enums for the client tests, written as the generator emits them. */
final class TestEnums {
    private TestEnums() {}

    /** Values of the {@code parallel-beta} header. */
    static final class Beta extends OpenEnum<Beta.Value> {
        enum Value {
            SEARCH,
            _UNKNOWN
        }

        static final Beta SEARCH = new Beta("search-extract-2025-10-10", Value.SEARCH);

        private static final Map<String, Beta> VALUES = index(SEARCH);

        private Beta(String text, Value value) {
            super(text, value);
        }

        @JsonCreator
        static Beta of(String text) {
            Beta known = VALUES.get(text);
            return known != null ? known : new Beta(text, Value._UNKNOWN);
        }

        @Override
        public boolean isKnown() {
            return value() != Value._UNKNOWN;
        }
    }
}
