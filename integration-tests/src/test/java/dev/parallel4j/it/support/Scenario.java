package dev.parallel4j.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the recorded scenario a test runs against, a folder under {@code src/main/resources/recordings/}, and says
 * whether recording mode can record it again from the real API.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Scenario {
    /** The folder under {@code recordings/}. */
    String value();

    /** What recording mode needs to record this scenario live. */
    Live live() default Live.FROM_SCRATCH;

    /** What recording mode needs to record a scenario live. */
    enum Live {
        /** Nothing: the test makes every call it needs, creating a run first when it needs one. */
        FROM_SCRATCH,
        /** An existing run, named with {@code -Dparallel4j.record.findall-id}. */
        ON_EXISTING_RUN,
        /**
         * Not recorded by this test, which is skipped in recording mode: either the real API cannot be made to answer
         * this way on demand (an empty balance, a rate limit, a value it does not send yet) and the recording is
         * hand-written, or another test records the scenario.
         */
        NOT_RECORDED
    }
}
