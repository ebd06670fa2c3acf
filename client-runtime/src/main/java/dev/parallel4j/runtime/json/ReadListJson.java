package dev.parallel4j.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.io.IOException;
import java.util.List;

/**
 * Makes the mapper read every value typed {@link List} into a {@link ReadList} and seal it when its array ends, so
 * lists read from JSON are unmodifiable, as lists in models are, and models can keep them as they are.
 */
final class ReadListJson extends SimpleModule {
    private static final long serialVersionUID = 1L;

    ReadListJson() {
        super("parallel4j-read-lists");
        addAbstractTypeMapping(List.class, ReadList.class);
        addValueInstantiator(ReadList.class, new Instantiator());
        setDeserializerModifier(new BeanDeserializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return type.getRawClass() == ReadList.class ? new Sealing(deserializer) : deserializer;
            }
        });
    }

    /** Makes the empty list Jackson fills, without reflection. */
    private static final class Instantiator extends ValueInstantiator.Base {
        private static final long serialVersionUID = 1L;

        Instantiator() {
            super(ReadList.class);
        }

        @Override
        public boolean canCreateUsingDefault() {
            return true;
        }

        @Override
        public Object createUsingDefault(DeserializationContext context) {
            return new ReadList<>();
        }
    }

    /** Jackson's own list reading, then the seal. */
    private static final class Sealing extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        Sealing(JsonDeserializer<?> reader) {
            super(reader);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> reader) {
            return new Sealing(reader);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return seal(_delegatee.deserialize(parser, context));
        }

        @Override
        public Object deserializeWithType(JsonParser parser, DeserializationContext context, TypeDeserializer types)
                throws IOException {
            return seal(_delegatee.deserializeWithType(parser, context, types));
        }

        @Override
        public Object getEmptyValue(DeserializationContext context) throws JsonMappingException {
            return seal(_delegatee.getEmptyValue(context));
        }

        private static Object seal(Object value) {
            return value instanceof ReadList<?> list ? list.seal() : value;
        }
    }
}
