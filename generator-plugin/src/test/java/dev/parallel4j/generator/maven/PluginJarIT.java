package dev.parallel4j.generator.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The packaged plugin jar (run by Failsafe after {@code package}; its path comes in the {@code pluginJar} system
 * property) ships Eclipse m2e's lifecycle mapping, well-formed, for exactly the goals the plugin descriptor declares;
 * it carries its libraries, shaded in, so that the POM it is published with ({@code pluginPom}) needs none at run time.
 */
final class PluginJarIT {
    private static final String M2E = "META-INF/m2e/lifecycle-mapping-metadata.xml";

    @Test
    void theJarCarriesItsLibrariesAndThePomItIsPublishedWithNeedsNoneAtRunTime() throws Exception {
        try (JarFile jar = new JarFile(Path.of(System.getProperty("pluginJar")).toFile())) {
            Document descriptor = parse(jar, "META-INF/maven/plugin.xml");
            for (String implementation : texts(descriptor.getDocumentElement(), "implementation")) {
                assertThat(jar.getEntry(implementation.replace('.', '/') + ".class")).as(implementation).isNotNull();
            }
            assertThat(List.of("io/swagger/v3/parser/OpenAPIV3Parser.class", "com/palantir/javapoet/JavaFile.class",
                    "com/jayway/jsonpath/JsonPath.class", "com/fasterxml/jackson/dataformat/yaml/YAMLFactory.class",
                    "org/yaml/snakeyaml/Yaml.class")).allSatisfy(name -> assertThat(jar.getEntry(name)).as(name).isNotNull());
            // Maven gives every plugin its own slf4j-api; a copy in the jar would never be loaded.
            assertThat(jar.stream().map(ZipEntry::getName)).noneMatch(name -> name.startsWith("org/slf4j/"))
                    .noneMatch(name -> name.endsWith("module-info.class"))
                    .noneMatch(name -> name.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)"));
            assertThat(jar.getManifest().getMainAttributes().getValue("Multi-Release")).isEqualTo("true");
            // Both Jackson's JSON and YAML factories stay registered, one service file holding both lines.
            try (InputStream in = jar.getInputStream(jar.getEntry("META-INF/services/com.fasterxml.jackson.core.JsonFactory"))) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim))
                        .contains("com.fasterxml.jackson.core.JsonFactory", "com.fasterxml.jackson.dataformat.yaml.YAMLFactory");
            }
            // Each library's notice once: a build without clean must not shade the already shaded jar again.
            try (InputStream in = jar.getInputStream(jar.getEntry("META-INF/NOTICE"))) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("Swagger Core - swagger-core ", -1)).hasSize(2);
            }
        }

        Document pom = parse(Path.of(System.getProperty("pluginPom")));
        List<String> runtime = new ArrayList<>();
        NodeList dependencies = pom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            List<String> scope = texts(dependency, "scope");
            if (scope.isEmpty() || scope.contains("compile") || scope.contains("runtime")) {
                runtime.add(texts(dependency, "groupId") + ":" + texts(dependency, "artifactId"));
            }
        }
        assertThat(runtime).isEmpty();
    }

    @Test
    void theJarTellsM2eToRunEveryGoalOnIncrementalBuildsAndConfigurationChanges() throws Exception {
        try (JarFile jar = new JarFile(Path.of(System.getProperty("pluginJar")).toFile())) {
            Document mapping = parse(jar, M2E);
            Document descriptor = parse(jar, "META-INF/maven/plugin.xml");

            assertThat(mapping.getDocumentElement().getTagName()).isEqualTo("lifecycleMappingMetadata");
            NodeList executions = mapping.getElementsByTagName("pluginExecution");
            assertThat(executions.getLength()).isEqualTo(1);
            Element execution = (Element) executions.item(0);
            assertThat(texts(execution, "goal")).containsExactlyElementsOf(goals(descriptor)).containsExactly("generate");
            assertThat(texts(execution, "runOnIncremental")).containsExactly("true");
            assertThat(texts(execution, "runOnConfiguration")).containsExactly("true");
        }
    }

    private static Document parse(JarFile jar, String name) throws IOException, ParserConfigurationException, SAXException {
        ZipEntry entry = jar.getEntry(name);
        assertThat(entry).as("%s in %s", name, jar.getName()).isNotNull();
        try (InputStream in = jar.getInputStream(entry)) {
            return parse(in);
        }
    }

    private static Document parse(Path file) throws IOException, ParserConfigurationException, SAXException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        }
    }

    private static Document parse(InputStream in) throws IOException, ParserConfigurationException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(in);
    }

    /** The goals of the plugin's mojos, from the descriptor's {@code mojos/mojo/goal}. */
    private static List<String> goals(Document descriptor) {
        List<String> goals = new ArrayList<>();
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            goals.addAll(texts((Element) mojos.item(i), "goal"));
        }
        return goals;
    }

    private static List<String> texts(Element parent, String tag) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().trim());
        }
        return texts;
    }
}
