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
import com.fasterxml.jackson.databind.type.MapType;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Makes the mapper read every value typed {@link List} into a {@link ReadList} and every value typed {@link Map}
 * into a {@link ReadMap}, each sealed when its array or object ends: lists and maps read from JSON are unmodifiable,
 * as those in models are, so models keep them as they are. Values declared with a concrete type, such as
 * {@code ArrayList}, are read as Jackson always reads them.
 */
final class ReadCollectionsJson extends SimpleModule {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings({"rawtypes", "unchecked"}) // Jackson's mappings are by raw class
    ReadCollectionsJson() {
        super("parallel4j-read-collections");
        addAbstractTypeMapping(List.class, ReadList.class);
        addValueInstantiator(ReadList.class, new Instantiator(ReadList.class, ReadList::new));
        addAbstractTypeMapping(Map.class, (Class) ReadMap.Filling.class);
        addValueInstantiator(ReadMap.Filling.class, new Instantiator(ReadMap.Filling.class, ReadMap.Filling::new));
        setDeserializerModifier(new BeanDeserializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return type.getRawClass() == ReadList.class ? new Sealing(deserializer) : deserializer;
            }

            @Override
            public JsonDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return type.getRawClass() == ReadMap.Filling.class ? new Sealing(deserializer) : deserializer;
            }
        });
    }

    /** Makes the empty list or map Jackson fills, without reflection. */
    private static final class Instantiator extends ValueInstantiator.Base {
        private static final long serialVersionUID = 1L;

        private final transient Supplier<Object> empty;

        Instantiator(Class<?> type, Supplier<Object> empty) {
            super(type);
            this.empty = empty;
        }

        @Override
        public boolean canCreateUsingDefault() {
            return true;
        }

        @Override
        public Object createUsingDefault(DeserializationContext context) {
            return empty.get();
        }
    }

    /** Jackson's own list or map reading, then the seal. */
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
            if (value instanceof ReadList<?> list) {
                return list.seal();
            }
            return value instanceof ReadMap.Filling<?, ?> map ? new ReadMap<>(map) : value;
        }
    }
}
