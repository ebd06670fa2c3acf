package dev.parallel4j.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link UnionDeserializer} and {@link UnionSpec}, with unions written as the generator emits them. */
class UnionDeserializerTest {
    private final ObjectMapper mapper = Json.newMapper();

    // ---- a discriminated union: several discriminator values may name one variant ----

    @JsonDeserialize(using = Pet.Deserializer.class)
    sealed interface Pet permits Cat, Dog, Pet.Unknown {
        /** JSON that matched no variant. */
        record Unknown(JsonValue json) implements Pet {}

        /** Jackson's entry point for the union. */
        final class Deserializer extends UnionDeserializer<Pet> {
            private static final long serialVersionUID = 1L;

            public Deserializer() {
                super(UnionSpec.builder(Pet.class)
                        .discriminator("type")
                        .mapping("cat", Cat.class)
                        .mapping("kitten", Cat.class)
                        .mapping("dog", Dog.class)
                        .object(Cat.class, Set.of("name", "lives"), Set.of("type", "name", "lives"), Map.of())
                        .object(Dog.class, Set.of("name", "good"), Set.of("type", "name", "good"), Map.of())
                        .unknown(Unknown::new)
                        .build());
            }
        }
    }

    /** A variant as a final class with a creator; it must not inherit the union's deserializer. */
    @JsonDeserialize(using = JsonDeserializer.None.class)
    static final class Cat implements Pet {
        final String type;
        final String name;
        final Integer lives;

        @JsonCreator
        Cat(@JsonProperty("type") String type, @JsonProperty("name") String name, @JsonProperty("lives") Integer lives) {
            this.type = type;
            this.name = name;
            this.lives = lives;
        }
    }

    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Dog(@JsonProperty("type") String type, @JsonProperty("name") String name, @JsonProperty("good") Boolean good)
            implements Pet {}

    // ---- a union told apart by const properties, and one mixing const and structural variants ----

    @JsonDeserialize(using = Shape.Deserializer.class)
    sealed interface Shape permits Circle, Square, Shape.Unknown {
        record Unknown(JsonValue json) implements Shape {}

        final class Deserializer extends UnionDeserializer<Shape> {
            private static final long serialVersionUID = 1L;

            public Deserializer() {
                super(UnionSpec.builder(Shape.class)
                        .object(Circle.class, Set.of("kind", "radius"), Set.of("kind", "radius"), Map.of("kind", "circle"))
                        .object(Square.class, Set.of("kind", "side"), Set.of("kind", "side"), Map.of("kind", "square"))
                        .unknown(Unknown::new)
                        .build());
            }
        }
    }

    @JsonDeserialize(using = Figure.Deserializer.class)
    sealed interface Figure permits Blob, Circle, Figure.Unknown {
        record Unknown(JsonValue json) implements Figure {}

        final class Deserializer extends UnionDeserializer<Figure> {
            private static final long serialVersionUID = 1L;

            public Deserializer() {
                super(UnionSpec.builder(Figure.class)
                        // declared first and knowing more properties, but without a const
                        .object(Blob.class, Set.of(), Set.of("kind", "radius", "side", "color"), Map.of())
                        .object(Circle.class, Set.of("kind", "radius"), Set.of("kind", "radius"), Map.of("kind", "circle"))
                        .unknown(Unknown::new)
                        .build());
            }
        }
    }

    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Circle(@JsonProperty("kind") String kind, @JsonProperty("radius") double radius) implements Shape, Figure {}

    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Square(@JsonProperty("kind") String kind, @JsonProperty("side") double side) implements Shape {}

    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Blob(@JsonProperty("kind") String kind, @JsonProperty("color") String color) implements Figure {}

    // ---- a union whose const properties are optional and default to the variant's value ----

    @JsonDeserialize(using = Schema.Deserializer.class)
    sealed interface Schema permits JsonSchema, TextSchema, Schema.Unknown {
        record Unknown(JsonValue json) implements Schema {}

        final class Deserializer extends UnionDeserializer<Schema> {
            private static final long serialVersionUID = 1L;

            public Deserializer() {
                super(UnionSpec.builder(Schema.class)
                        .object(JsonSchema.class, Set.of("json_schema"), Set.of("type", "json_schema"), Map.of("type", "json"),
                                Set.of("type"))
                        .object(TextSchema.class, Set.of(), Set.of("type", "description"), Map.of("type", "text"), Set.of("type"))
                        .unknown(Unknown::new)
                        .build());
            }
        }
    }

    @JsonDeserialize(using = JsonDeserializer.None.class)
    record JsonSchema(@JsonProperty("type") String type, @JsonProperty("json_schema") JsonValue jsonSchema) implements Schema {}

    @JsonDeserialize(using = JsonDeserializer.None.class)
    record TextSchema(@JsonProperty("type") String type, @JsonProperty("description") String description) implements Schema {}

    // ---- a structural union: required properties, then the most known properties ----

    @JsonDeserialize(using = Contact.Deserializer.class)
    sealed interface Contact permits Email, Phone, Contact.Unknown {
        record Unknown(JsonValue json) implements Contact {}

        final class Deserializer extends UnionDeserializer<Contact> {
            private static final long serialVersionUID = 1L;

            public Deserializer() {
                super(UnionSpec.builder(Contact.class)
                        .object(Email.class, Set.of("address"), Set.of("address", "label"), Map.of())
                        .object(Phone.class, Set.of("number"), Set.of("number", "label", "country"), Map.of())
                        .unknown(Unknown::new)
                        .build());
            }
        }
    }

    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Email(@JsonProperty("address") String address, @JsonProperty("label") String label) implements Contact {}

    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Phone(@JsonProperty("number") String number, @JsonProperty("label") String label,
            @JsonProperty("country") String country) implements Contact {}

    // ---- unions of scalars and arrays ----

    @JsonDeserialize(using = Setting.Deserializer.class)
    sealed interface Setting permits Setting.Text, Setting.Whole, Setting.Decimal, Setting.Flag, Setting.Tags, Setting.Unknown {
        record Text(String value) implements Setting {}

        record Whole(Long value) implements Setting {}

        record Decimal(BigDecimal value) implements Setting {}

        record Flag(Boolean value) implements Setting {}

        record Tags(List<String> value) implements Setting {}

        record Unknown(JsonValue json) implements Setting {}

        final class Deserializer extends UnionDeserializer<Setting> {
            private static final long serialVersionUID = 1L;

            public Deserializer() {
                super(UnionSpec.builder(Setting.class)
                        .kind(UnionSpec.Kind.STRING, String.class, Text::new)
                        .kind(UnionSpec.Kind.INTEGER, Long.class, Whole::new)
                        .kind(UnionSpec.Kind.NUMBER, BigDecimal.class, Decimal::new)
                        .kind(UnionSpec.Kind.BOOLEAN, Boolean.class, Flag::new)
                        .kind(UnionSpec.Kind.ARRAY, new TypeReference<List<String>>() {}, Tags::new)
                        .unknown(Unknown::new)
                        .build());
            }
        }
    }

    /** No INTEGER variant, an open-enum string variant and a map for objects. */
    @JsonDeserialize(using = Loose.Deserializer.class)
    sealed interface Loose permits Loose.Num, Loose.Colored, Loose.Bag, Loose.Unknown {
        record Num(Double value) implements Loose {}

        record Colored(Color value) implements Loose {}

        record Bag(Map<String, JsonValue> value) implements Loose {}

        record Unknown(JsonValue json) implements Loose {}

        final class Deserializer extends UnionDeserializer<Loose> {
            private static final long serialVersionUID = 1L;

            public Deserializer() {
                super(UnionSpec.builder(Loose.class)
                        .kind(UnionSpec.Kind.NUMBER, Double.class, Num::new)
                        .kind(UnionSpec.Kind.STRING, Color.class, Colored::new)
                        .wrappedObject(new TypeReference<Map<String, JsonValue>>() {}, Bag::new)
                        .unknown(Unknown::new)
                        .build());
            }
        }
    }

    /** Only an INTEGER variant. */
    @JsonDeserialize(using = Count.Deserializer.class)
    sealed interface Count permits Count.Whole, Count.Unknown {
        record Whole(Long value) implements Count {}

        record Unknown(JsonValue json) implements Count {}

        final class Deserializer extends UnionDeserializer<Count> {
            private static final long serialVersionUID = 1L;

            public Deserializer() {
                super(UnionSpec.builder(Count.class)
                        .kind(UnionSpec.Kind.INTEGER, Long.class, Whole::new)
                        .unknown(Unknown::new)
                        .build());
            }
        }
    }

    /** Two variants of each of two JSON kinds: the first that reads the value wins. */
    @JsonDeserialize(using = Input.Deserializer.class)
    sealed interface Input permits Input.Words, Input.Tokens, Input.Small, Input.Big, Input.Unknown {
        record Words(List<String> value) implements Input {}

        record Tokens(List<Long> value) implements Input {}

        record Small(Integer value) implements Input {}

        record Big(Long value) implements Input {}

        record Unknown(JsonValue json) implements Input {}

        final class Deserializer extends UnionDeserializer<Input> {
            private static final long serialVersionUID = 1L;

            public Deserializer() {
                super(UnionSpec.builder(Input.class)
                        .kind(UnionSpec.Kind.ARRAY, new TypeReference<List<String>>() {}, Words::new)
                        .kind(UnionSpec.Kind.ARRAY, new TypeReference<List<Long>>() {}, Tokens::new)
                        .kind(UnionSpec.Kind.INTEGER, Integer.class, Small::new)
                        .kind(UnionSpec.Kind.INTEGER, Long.class, Big::new)
                        .unknown(Unknown::new)
                        .build());
            }
        }
    }

    // ---- a union whose variant forgot to opt out of the inherited deserializer ----

    @JsonDeserialize(using = Broken.Deserializer.class)
    sealed interface Broken permits Plain, Broken.Unknown {
        record Unknown(JsonValue json) implements Broken {}

        final class Deserializer extends UnionDeserializer<Broken> {
            private static final long serialVersionUID = 1L;

            public Deserializer() {
                super(UnionSpec.builder(Broken.class)
                        .object(Plain.class, Set.of("p"), Set.of("p"), Map.of())
                        .unknown(Unknown::new)
                        .build());
            }
        }
    }

    static final class Plain implements Broken {
        final String p;

        @JsonCreator
        Plain(@JsonProperty("p") String p) {
            this.p = p;
        }
    }

    // ---- beans holding unions ----

    record Owner(@JsonProperty("name") String name, @JsonProperty("pet") Pet pet, @JsonProperty("pets") List<Pet> pets) {}

    static final class Holder {
        @JsonProperty("setting")
        Setting setting;

        @JsonProperty("contacts")
        Map<String, Contact> contacts;
    }

    @Test
    void severalVariantsOfOneKindAreTriedInOrder() throws Exception {
        assertThat(read("[\"a\",\"b\"]", Input.class)).isEqualTo(new Input.Words(List.of("a", "b")));
        assertThat(read("[1,2]", Input.class)).isEqualTo(new Input.Tokens(List.of(1L, 2L)));
        assertThat(read("[true]", Input.class)).isEqualTo(new Input.Unknown(JsonValue.parse("[true]")));
        assertThat(read("7", Input.class)).isEqualTo(new Input.Small(7));
        assertThat(read("8000000000", Input.class)).isEqualTo(new Input.Big(8_000_000_000L));
    }

    @Test
    void anIntegerTooLargeForTheIntegerVariantGoesToTheNumberVariantOrUnknown() throws Exception {
        assertThat(read("100000000000000000000000", Setting.class))
                .isEqualTo(new Setting.Decimal(new BigDecimal("100000000000000000000000")));
        assertThat(read("100000000000000000000000", Count.class))
                .isEqualTo(new Count.Unknown(JsonValue.parse("100000000000000000000000")));
    }

    private <T> T read(String json, Class<T> type) throws Exception {
        return mapper.readValue(json, type);
    }

    // ---- discriminator ----

    @Test
    void discriminatorSelectsTheVariant() throws Exception {
        Pet cat = read("{\"name\":\"Tom\",\"lives\":9,\"type\":\"cat\"}", Pet.class);
        assertThat(cat).isInstanceOfSatisfying(Cat.class, c -> {
            assertThat(c.type).isEqualTo("cat");
            assertThat(c.name).isEqualTo("Tom");
            assertThat(c.lives).isEqualTo(9);
        });
        assertThat(read("{\"type\":\"dog\",\"name\":\"Rex\",\"good\":true}", Pet.class))
                .isEqualTo(new Dog("dog", "Rex", true));
    }

    @Test
    void severalDiscriminatorValuesMayNameOneVariant() throws Exception {
        Pet kitten = read("{\"type\":\"kitten\",\"name\":\"Mini\"}", Pet.class);
        assertThat(kitten).isInstanceOfSatisfying(Cat.class, c -> {
            assertThat(c.type).isEqualTo("kitten");
            assertThat(c.lives).isNull();
        });
    }

    @Test
    void discriminatorWinsOverStructure() throws Exception {
        // looks like a Dog, but the discriminator says cat
        Pet pet = read("{\"type\":\"cat\",\"name\":\"Odd\",\"good\":true}", Pet.class);
        assertThat(pet).isInstanceOf(Cat.class);
    }

    @Test
    void unmappedDiscriminatorValueIsUnknownKeepingTheJsonExactly() throws Exception {
        String json = "{\"type\":\"parrot\",\"name\":\"Polly\",\"wingspan\":0.250,\"tags\":[\"a\",{\"b\":null}],"
                + "\"id\":123456789012345678901234567890,\"good\":true}";
        Pet pet = read(json, Pet.class);
        assertThat(pet).isInstanceOf(Pet.Unknown.class);
        assertThat(((Pet.Unknown) pet).json().toJson()).isEqualTo(json);
    }

    @Test
    void discriminatorBetweenOtherPropertiesReadsTheWholeObjectAndLeavesTheParserAfterIt() throws Exception {
        // the object is read straight from the input once the discriminator is known: what came before it is
        // replayed, what follows is read in place, and the value after the union is still read correctly
        List<Pet> pets = mapper.readValue("[{\"name\":\"Tom\",\"extra\":{\"type\":\"dog\",\"n\":[1,{}]},"
                + "\"type\":\"cat\",\"lives\":7},{\"good\":true,\"type\":\"dog\",\"name\":\"Rex\"}]",
                new TypeReference<List<Pet>>() {});
        assertThat(pets).hasSize(2);
        assertThat(pets.get(0)).isInstanceOfSatisfying(Cat.class, c -> {
            assertThat(c.name).isEqualTo("Tom");
            assertThat(c.lives).isEqualTo(7);
        });
        assertThat(pets.get(1)).isEqualTo(new Dog("dog", "Rex", true));
    }

    @Test
    void unmappedDiscriminatorBetweenOtherPropertiesKeepsTheWholeJson() throws Exception {
        String json = "{\"name\":\"Polly\",\"nested\":{\"type\":\"cat\"},\"type\":\"parrot\",\"tags\":[1,2]}";
        List<Pet> pets = mapper.readValue("[" + json + ",{\"type\":\"dog\"}]", new TypeReference<List<Pet>>() {});
        assertThat(pets).containsExactly(new Pet.Unknown(JsonValue.parse(json)), new Dog("dog", null, null));
    }

    @Test
    void missingDiscriminatorFallsBackToStructure() throws Exception {
        assertThat(read("{\"name\":\"Rex\",\"good\":false}", Pet.class)).isEqualTo(new Dog(null, "Rex", false));
        assertThat(read("{\"lives\":3,\"name\":\"Tom\"}", Pet.class)).isInstanceOf(Cat.class);
        assertThat(read("{\"name\":\"Nobody\"}", Pet.class)).isEqualTo(new Pet.Unknown(JsonValue.parse("{\"name\":\"Nobody\"}")));
    }

    @Test
    void nonStringDiscriminatorFallsBackToStructure() throws Exception {
        assertThat(read("{\"type\":null,\"name\":\"Rex\",\"good\":true}", Pet.class)).isEqualTo(new Dog(null, "Rex", true));
        assertThat(read("{\"type\":{\"x\":\"dog\"},\"name\":\"Rex\"}", Pet.class)).isInstanceOf(Pet.Unknown.class);
    }

    // ---- const properties ----

    @Test
    void constPropertySelectsTheVariantWhereverItAppears() throws Exception {
        assertThat(read("{\"kind\":\"circle\",\"radius\":1.5}", Shape.class)).isEqualTo(new Circle("circle", 1.5));
        assertThat(read("{\"side\":2,\"kind\":\"square\"}", Shape.class)).isEqualTo(new Square("square", 2));
    }

    @Test
    void constMismatchIsUnknown() throws Exception {
        assertThat(read("{\"kind\":\"hexagon\",\"side\":1}", Shape.class)).isInstanceOf(Shape.Unknown.class);
        assertThat(read("{\"kind\":1,\"radius\":1}", Shape.class)).isInstanceOf(Shape.Unknown.class);
        // the const matches but a required property is missing
        assertThat(read("{\"kind\":\"square\"}", Shape.class)).isInstanceOf(Shape.Unknown.class);
    }

    @Test
    void constMatchBeatsAStructuralMatchDeclaredBefore() throws Exception {
        assertThat(read("{\"kind\":\"circle\",\"radius\":1,\"side\":2,\"color\":\"red\"}", Figure.class))
                .isEqualTo(new Circle("circle", 1));
        assertThat(read("{\"kind\":\"blob\",\"color\":\"red\"}", Figure.class)).isEqualTo(new Blob("blob", "red"));
    }

    @Test
    void anAbsentConstantThatDefaultsToTheVariantsValueStillAgrees() throws Exception {
        assertThat(read("{\"json_schema\":{}}", Schema.class)).isEqualTo(new JsonSchema(null, JsonValue.parse("{}")));
        assertThat(read("{\"description\":\"d\"}", Schema.class)).isEqualTo(new TextSchema(null, "d"));
        // stated constants still decide, and still rule out
        assertThat(read("{\"type\":\"text\",\"json_schema\":{}}", Schema.class)).isEqualTo(new TextSchema("text", null));
        assertThat(read("{\"type\":\"auto\"}", Schema.class)).isInstanceOf(Schema.Unknown.class);
    }

    // ---- structure ----

    @Test
    void requiredPropertiesMustAllBePresent() throws Exception {
        assertThat(read("{\"number\":\"+1 555\",\"label\":\"home\"}", Contact.class)).isEqualTo(new Phone("+1 555", "home", null));
        assertThat(read("{\"label\":\"work\",\"address\":\"a@example.com\"}", Contact.class))
                .isEqualTo(new Email("a@example.com", "work"));
        assertThat(read("{\"label\":\"work\"}", Contact.class)).isEqualTo(new Contact.Unknown(JsonValue.parse("{\"label\":\"work\"}")));
        assertThat(read("{}", Contact.class)).isEqualTo(new Contact.Unknown(JsonValue.parse("{}")));
    }

    @Test
    void variantKnowingMostPropertiesWins() throws Exception {
        // both variants' required properties are present; Phone knows two of them, Email one
        assertThat(read("{\"address\":\"a@example.com\",\"number\":\"1\",\"country\":\"CH\"}", Contact.class))
                .isInstanceOf(Phone.class);
        // a tie goes to the variant declared first
        assertThat(read("{\"address\":\"a@example.com\",\"number\":\"1\"}", Contact.class)).isInstanceOf(Email.class);
        // nested objects and arrays count only as the property that holds them
        assertThat(read("{\"number\":\"1\",\"address\":\"x\",\"extra\":{\"country\":1,\"x\":[{\"country\":2}]}}", Contact.class))
                .isInstanceOf(Email.class);
    }

    // ---- scalars and arrays ----

    @Test
    void scalarsGoToTheVariantOfTheirKind() throws Exception {
        assertThat(read("\"on\"", Setting.class)).isEqualTo(new Setting.Text("on"));
        assertThat(read("42", Setting.class)).isEqualTo(new Setting.Whole(42L));
        assertThat(read("-4.50", Setting.class)).isEqualTo(new Setting.Decimal(new BigDecimal("-4.50")));
        assertThat(read("1e2", Setting.class)).isEqualTo(new Setting.Decimal(new BigDecimal("1e2")));
        assertThat(read("false", Setting.class)).isEqualTo(new Setting.Flag(false));
        assertThat(read("[\"a\",\"b\"]", Setting.class)).isEqualTo(new Setting.Tags(List.of("a", "b")));
        assertThat(read("[]", Setting.class)).isEqualTo(new Setting.Tags(List.of()));
    }

    @Test
    void arrayOfTheWrongElementTypeFails() {
        assertThatThrownBy(() -> read("[1,2]", Setting.class)).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void objectWhereOnlyScalarsAreDeclaredIsUnknown() throws Exception {
        assertThat(read("{\"a\":[1,2.50]}", Setting.class))
                .isEqualTo(new Setting.Unknown(JsonValue.parse("{\"a\":[1,2.50]}")));
    }

    @Test
    void integerFallsBackToNumberWithoutAnIntegerVariant() throws Exception {
        assertThat(read("7", Loose.class)).isEqualTo(new Loose.Num(7.0));
        assertThat(read("7.25", Loose.class)).isEqualTo(new Loose.Num(7.25));
    }

    @Test
    void undeclaredKindsAreUnknown() throws Exception {
        assertThat(read("true", Loose.class)).isEqualTo(new Loose.Unknown(JsonValue.of(true)));
        assertThat(read("[1,\"x\"]", Loose.class)).isEqualTo(new Loose.Unknown(JsonValue.parse("[1,\"x\"]")));
        assertThat(read("\"x\"", Shape.class)).isEqualTo(new Shape.Unknown(JsonValue.of("x")));
        assertThat(read("3", Pet.class)).isEqualTo(new Pet.Unknown(JsonValue.of(3)));
    }

    @Test
    void floatWithOnlyAnIntegerVariantIsUnknown() throws Exception {
        assertThat(read("2", Count.class)).isEqualTo(new Count.Whole(2L));
        assertThat(read("2.50", Count.class)).isInstanceOfSatisfying(Count.Unknown.class,
                u -> assertThat(u.json().toJson()).isEqualTo("2.50"));
        assertThat(read("2e0", Count.class)).isInstanceOf(Count.Unknown.class);
    }

    @Test
    void stringVariantMayBeAnOpenEnum() throws Exception {
        assertThat(read("\"red\"", Loose.class)).isEqualTo(new Loose.Colored(Color.RED));
        assertThat(read("\"plaid\"", Loose.class)).isInstanceOfSatisfying(Loose.Colored.class,
                c -> assertThat(c.value().isKnown()).isFalse());
    }

    @Test
    void wrappedObjectVariantReadsAnyObject() throws Exception {
        Loose bag = read("{\"b\":1,\"a\":null}", Loose.class);
        assertThat(bag).isInstanceOfSatisfying(Loose.Bag.class, b -> {
            assertThat(b.value()).containsExactly(Map.entry("b", JsonValue.of(1)), Map.entry("a", JsonValue.NULL));
        });
    }

    // ---- unions inside other values ----

    @Test
    void unionsInsideListsAndMaps() throws Exception {
        List<Pet> pets = mapper.readValue(
                "[{\"type\":\"dog\",\"name\":\"A\",\"good\":true},{\"type\":\"fish\"},{\"name\":\"C\",\"lives\":1}]",
                new TypeReference<List<Pet>>() {});
        assertThat(pets).hasSize(3);
        assertThat(pets.get(0)).isEqualTo(new Dog("dog", "A", true));
        assertThat(pets.get(1)).isEqualTo(new Pet.Unknown(JsonValue.parse("{\"type\":\"fish\"}")));
        assertThat(pets.get(2)).isInstanceOf(Cat.class);

        Map<String, Setting> settings = mapper.readValue("{\"a\":1,\"b\":\"x\",\"c\":[\"t\"],\"d\":{}}",
                new TypeReference<Map<String, Setting>>() {});
        assertThat(settings).containsExactly(
                Map.entry("a", new Setting.Whole(1L)),
                Map.entry("b", new Setting.Text("x")),
                Map.entry("c", new Setting.Tags(List.of("t"))),
                Map.entry("d", new Setting.Unknown(JsonValue.parse("{}"))));
    }

    @Test
    void unionAsPropertyOfACreatorBean() throws Exception {
        // the union properties come before "name", so Jackson buffers them before the creator runs
        Owner owner = read("{\"pet\":{\"type\":\"dog\",\"name\":\"Rex\",\"good\":true},"
                + "\"pets\":[{\"kind\":\"x\"},{\"type\":\"cat\",\"name\":\"Tom\"}],\"name\":\"Ann\",\"after\":1}", Owner.class);
        assertThat(owner.name()).isEqualTo("Ann");
        assertThat(owner.pet()).isEqualTo(new Dog("dog", "Rex", true));
        assertThat(owner.pets().get(0)).isEqualTo(new Pet.Unknown(JsonValue.parse("{\"kind\":\"x\"}")));
        assertThat(owner.pets().get(1)).isInstanceOf(Cat.class);
    }

    @Test
    void unionAsPropertyOfAFieldBean() throws Exception {
        Holder holder = read("{\"setting\":[\"a\"],\"contacts\":{\"home\":{\"number\":\"1\"},\"odd\":5},\"x\":0}", Holder.class);
        assertThat(holder.setting).isEqualTo(new Setting.Tags(List.of("a")));
        assertThat(holder.contacts).containsExactly(
                Map.entry("home", new Phone("1", null, null)),
                Map.entry("odd", new Contact.Unknown(JsonValue.of(5))));
    }

    @Test
    void nullPropertyIsJavaNull() throws Exception {
        Holder holder = read("{\"setting\":null}", Holder.class);
        assertThat(holder.setting).isNull();
    }

    @Test
    void readsWhenTheParserIsOnAFieldName() throws Exception {
        try (JsonParser parser = mapper.createParser("{\"name\":\"Rex\",\"type\":\"dog\",\"good\":true}")) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            assertThat(parser.nextToken()).isEqualTo(JsonToken.FIELD_NAME);
            Pet pet = mapper.readValue(parser, Pet.class);
            assertThat(pet).isEqualTo(new Dog("dog", "Rex", true));
        }
        try (JsonParser parser = mapper.createParser("{\"first\":1,\"kind\":\"other\"}")) {
            parser.nextToken();
            parser.nextToken();
            Shape shape = mapper.readValue(parser, Shape.class);
            assertThat(shape).isEqualTo(new Shape.Unknown(JsonValue.parse("{\"first\":1,\"kind\":\"other\"}")));
        }
    }

    @Test
    void variantsCanStillBeReadDirectly() throws Exception {
        assertThat(read("{\"type\":\"dog\",\"name\":\"Rex\"}", Dog.class)).isEqualTo(new Dog("dog", "Rex", null));
        assertThat(read("{\"kind\":\"circle\",\"radius\":3}", Circle.class)).isEqualTo(new Circle("circle", 3));
    }

    @Test
    void variantInheritingTheUnionDeserializerFailsWithAClearMessage() throws Exception {
        // Jackson applies @JsonDeserialize of an interface to the classes implementing it, so without its own
        // @JsonDeserialize(using = JsonDeserializer.None.class) the variant would recurse into the union.
        assertThatThrownBy(() -> read("{\"p\":\"x\"}", Broken.class))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining(Plain.class.getName())
                .hasMessageContaining("@JsonDeserialize(using = JsonDeserializer.None.class)");
        assertThatThrownBy(() -> read("{\"p\":\"x\"}", Plain.class)).isInstanceOf(InvalidDefinitionException.class);
        // JSON that matches no variant never reaches the broken variant
        assertThat(read("{\"q\":1}", Broken.class)).isEqualTo(new Broken.Unknown(JsonValue.parse("{\"q\":1}")));
    }
}
