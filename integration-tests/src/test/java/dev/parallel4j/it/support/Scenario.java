package dev.parallel4j.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;

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
        FROM_SCRATCH(null, null),
        /** An existing FindAll run, named with {@code -Dparallel4j.record.findall-id}. */
        ON_EXISTING_RUN("parallel4j.record.findall-id", "findall_"),
        /** An existing Task run, named with {@code -Dparallel4j.record.task-run-id}. */
        ON_EXISTING_TASK_RUN("parallel4j.record.task-run-id", "trun_"),
        /** An existing Task Group, named with {@code -Dparallel4j.record.taskgroup-id}. */
        ON_EXISTING_TASK_GROUP("parallel4j.record.taskgroup-id", "tgrp_"),
        /** An existing monitor, named with {@code -Dparallel4j.record.monitor-id}. */
        ON_EXISTING_MONITOR("parallel4j.record.monitor-id", "monitor_"),
        /**
         * Not recorded by this test, which is skipped in recording mode: either the real API cannot be made to answer
         * this way on demand (an empty balance, a rate limit, a value it does not send yet) and the recording is
         * hand-written, or another test records the scenario.
         */
        NOT_RECORDED(null, null);

        private final String idProperty;
        private final String idPrefix;

        Live(String idProperty, String idPrefix) {
            this.idProperty = idProperty;
            this.idPrefix = idPrefix;
        }

        /** The system property naming the existing object the scenario is recorded against, if it needs one. */
        public Optional<String> idProperty() {
            return Optional.ofNullable(idProperty);
        }

        /** How to pass the object's id, e.g. {@code -Dparallel4j.record.findall-id=findall_...}. */
        String idOption() {
            return "-D" + idProperty + "=" + idPrefix + "...";
        }
    }
}
