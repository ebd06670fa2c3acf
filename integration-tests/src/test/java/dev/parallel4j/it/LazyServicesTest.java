package dev.parallel4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallel4j.client.ParallelClient;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The client makes each service on first use and keeps it: a program calling one service loads no other's classes. */
final class LazyServicesTest {
    private static final String SERVICES = "dev.parallel4j.client.service.";

    @Test
    void aServiceIsMadeOnFirstUseAndKept() throws Throwable {
        try (ClientClasses classes = new ClientClasses()) {
            Object client = classes.newClient();
            assertThat(classes.loaded).noneMatch(name -> name.startsWith(SERVICES));

            // a method handle, not Class.getMethod, which would load the types of all the client's methods
            MethodHandle findAll = MethodHandles.publicLookup().findVirtual(client.getClass(), "findAll",
                    MethodType.methodType(classes.loadClass(SERVICES + "FindAllService")));
            Object service = findAll.invoke(client);

            assertThat(classes.loaded).filteredOn(name -> name.startsWith(SERVICES)).containsExactly(SERVICES + "FindAllService");
            assertThat(findAll.invoke(client)).isSameAs(service);
        }
    }

    /** Loads the generated client's classes itself, noting each; everything else comes from the test's loader. */
    private static final class ClientClasses extends URLClassLoader {
        final Set<String> loaded = ConcurrentHashMap.newKeySet();

        ClientClasses() {
            super(new URL[] {ParallelClient.class.getProtectionDomain().getCodeSource().getLocation()},
                    LazyServicesTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("dev.parallel4j.client.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> type = findLoadedClass(name);
                if (type == null) {
                    type = findClass(name);
                    loaded.add(name);
                }
                return type;
            }
        }

        Object newClient() throws Throwable {
            Class<?> builderType = loadClass("dev.parallel4j.client.ParallelClient$Builder");
            Object builder = MethodHandles.publicLookup().findStatic(loadClass("dev.parallel4j.client.ParallelClient"),
                    "builder", MethodType.methodType(builderType)).invoke();
            builder.getClass().getMethod("apiKey", String.class).invoke(builder, "key");
            builder.getClass().getMethod("baseUrl", String.class).invoke(builder, "http://127.0.0.1:9");
            return builder.getClass().getMethod("build").invoke(builder);
        }
    }
}
