package dev.parallel4j.generator.ir;

import java.util.List;

/**
 * A group of operations exposed as one service object, e.g. {@code client.findAll()}.
 *
 * @param className the service class, e.g. {@code FindAllService}
 * @param accessor the client method returning it, e.g. {@code findAll}
 * @param docs its Javadoc (from the tag)
 * @param operations its methods, sorted by name
 * @param waiters its methods that wait for a resource to finish, sorted by name
 */
public record ServiceDef(String className, String accessor, Docs docs, List<OperationDef> operations, List<WaiterDef> waiters) {
    /** Copies the lists. */
    public ServiceDef {
        operations = List.copyOf(operations);
        waiters = List.copyOf(waiters);
    }
}
