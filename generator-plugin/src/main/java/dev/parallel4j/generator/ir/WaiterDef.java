package dev.parallel4j.generator.ir;

import java.util.List;

/**
 * A service method that waits for a resource to finish: it follows the resource's event stream until an event
 * carries the resource in a final state, and polls the operation that reads the resource when it cannot.
 *
 * @param methodName e.g. {@code awaitCompletion}
 * @param docs its Javadoc
 * @param retrieveMethod the method reading the resource, e.g. {@code retrieve}
 * @param eventsMethod the method opening its event stream, e.g. {@code events}
 * @param carrier the event type that carries the resource (a variant of the stream's events, or their type)
 * @param carrierProperty the property of that event holding the resource
 * @param until when the resource is finished
 * @param streamTimeout the query parameter of the events method bounding the stream in seconds, or {@code null}
 */
public record WaiterDef(
        String methodName,
        Docs docs,
        String retrieveMethod,
        String eventsMethod,
        TypeName carrier,
        PropertyDef carrierProperty,
        Condition until,
        ParameterDef streamTimeout) {

    /**
     * A test of one property of the resource against a value, such as {@code status.is_active == false}.
     *
     * @param text the condition as the document writes it
     * @param path the properties leading to the value tested, each always present
     * @param equal {@code true} for {@code ==}, {@code false} for {@code !=}
     * @param value a {@code Boolean}, {@code Long} or {@code String}, matching the last property's type
     */
    public record Condition(String text, List<PropertyDef> path, boolean equal, Object value) {
        /** Copies the list. */
        public Condition {
            path = List.copyOf(path);
        }
    }
}
