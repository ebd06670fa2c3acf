package dev.parallel4j.generator.translate;

import dev.parallel4j.generator.SourceLocation;
import dev.parallel4j.generator.SpecException;
import java.util.function.Function;

/** Builds the exception for a problem found at a JSON pointer, located in the file the user wrote. */
final class Problems {
    private final Function<String, SourceLocation> locate;

    Problems(Function<String, SourceLocation> locate) {
        this.locate = locate;
    }

    /** The exception for a problem at a pointer of the (bundled) document. */
    SpecException at(String pointer, String problem) {
        return new SpecException(locate.apply(pointer), problem);
    }
}
