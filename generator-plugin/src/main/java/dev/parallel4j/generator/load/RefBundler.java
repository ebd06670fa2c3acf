package dev.parallel4j.generator.load;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallel4j.generator.SourceLocation;
import dev.parallel4j.generator.SpecException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a document that {@code $ref}s other files into one self-contained document: each referenced value is
 * copied into the root's {@code components} under its own name (path items are inlined where they are used),
 * and every {@code $ref} is rewritten to point inside the document. Checks that every reference, local or
 * external, points at something.
 *
 * <p>Unlike swagger-parser's own resolution of OpenAPI 3.1, which inlines external schemas and so loses their
 * names, this keeps a referenced schema a named type.
 */
public final class RefBundler {
    private static final Pattern COMPONENT = Pattern.compile("^/components/([A-Za-z]+)/([^/]+)$");
    private static final Pattern PATH_ITEM = Pattern.compile("^/(paths|webhooks)/[^/]+$");
    private static final Pattern DEFINITION = Pattern.compile("^/(?:definitions|\\$defs)/([^/]+)$");
    /** Where a value is used by section: {@code .../parameters/0}, {@code .../responses/200}, {@code .../requestBody}. */
    private static final Pattern USE = Pattern.compile("(?<!/properties)/(parameters|responses|requestBodies|headers|links|callbacks"
            + "|securitySchemes|pathItems)/[^/]+$|(?<!/properties)/requestBody$");
    private static final Pattern NAME_MAP = Pattern.compile(
            "(^/components/[^/]+|/properties|/patternProperties|/\\$defs|/definitions|/dependentSchemas|/headers)$");

    private final DocumentReader reader;
    private final Path rootFile;
    private final ObjectNode root;
    private final Map<Path, JsonNode> files = new LinkedHashMap<>();
    private final Map<String, String> bundled = new HashMap<>();
    private final Deque<Pending> pending = new ArrayDeque<>();
    /** The path item references inlined at each path, to stop a cycle of them. */
    private final Map<String, Set<String>> inlining = new HashMap<>();
    private final Provenance provenance;

    private RefBundler(DocumentReader reader, Path rootFile, ObjectNode root) {
        this.reader = reader;
        this.rootFile = rootFile;
        this.root = root;
        this.files.put(rootFile, root);
        this.provenance = new Provenance(rootFile);
    }

    /**
     * Bundles a document in place.
     *
     * @param reader reads referenced files
     * @param rootFile the document's path (references are relative to its folder)
     * @param root the document, modified in place
     * @return the files read and where bundled values came from
     * @throws SpecException for a reference to a missing file or to nothing inside a file
     */
    public static Bundle bundle(DocumentReader reader, Path rootFile, ObjectNode root) {
        RefBundler bundler = new RefBundler(reader, rootFile.toAbsolutePath().normalize(), root);
        bundler.pending.add(new Pending(root, bundler.rootFile, "", ""));
        while (!bundler.pending.isEmpty()) {
            Pending next = bundler.pending.removeFirst();
            bundler.walk(next.node, next.file, next.pointer, next.sourcePointer);
        }
        return new Bundle(List.copyOf(bundler.files.keySet()), bundler.provenance);
    }

    /**
     * The outcome of bundling.
     *
     * @param files every file read, the document first
     * @param provenance where bundled values came from
     */
    public record Bundle(List<Path> files, Provenance provenance) {}

    private record Pending(JsonNode node, Path file, String pointer, String sourcePointer) {}

    private void walk(JsonNode node, Path file, String pointer, String sourcePointer) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), file, pointer + "/" + i, sourcePointer + "/" + i);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        ObjectNode object = (ObjectNode) node;
        JsonNode ref = object.get("$ref");
        if (ref != null && ref.isTextual()) {
            JsonNode inlined = resolve(object, ref.asText(), file, pointer, sourcePointer);
            if (inlined != null) {
                return;
            }
        }
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            if (name.equals("$ref") || isExtensionOrExample(name) && !isNameMap(pointer)) { // the name first: it is cheaper
                continue;
            }
            String segment = "/" + escape(name);
            walk(object.get(name), file, pointer + segment, sourcePointer + segment);
        }
    }

    /** Rewrites one reference; returns the inlined value when the reference was replaced by its target. */
    private JsonNode resolve(ObjectNode holder, String ref, Path file, String pointer, String sourcePointer) {
        SourceLocation at = SourceLocation.of(file, sourcePointer + "/$ref");
        int hash = ref.indexOf('#');
        String filePart = decode(hash < 0 ? ref : ref.substring(0, hash), ref, at);
        String fragment = hash < 0 ? "" : decode(ref.substring(hash + 1), ref, at);
        if (filePart.contains("://")) {
            throw problem(at, "$ref '" + ref + "' points to a remote document; only local files are supported");
        }
        Path targetFile = filePart.isEmpty() ? file : file.resolveSibling(filePart).normalize();
        JsonNode document = files.computeIfAbsent(targetFile, f -> readReferenced(f, ref, at));
        JsonNode target = target(document, fragment, ref, at);
        if (isPathItem(pointer)) {
            String key = targetFile + "#" + fragment;
            if (!inlining.computeIfAbsent(pointer, p -> new HashSet<>()).add(key)) {
                throw problem(at, "$ref '" + ref + "' is part of a cycle of path item references");
            }
            JsonNode copy = target.deepCopy();
            holder.removeAll();
            holder.setAll((ObjectNode) objectOrFail(copy, ref, at));
            provenance.record(pointer, SourceLocation.of(targetFile, fragment));
            pending.add(new Pending(holder, targetFile, pointer, fragment));
            return holder;
        }
        if (targetFile.equals(rootFile)) {
            // The value is already in the document: point at it there rather than copying it under a new name.
            holder.put("$ref", hash < 0 ? "#" : ref.substring(hash));
            return null;
        }
        String key = targetFile + "#" + fragment;
        String local = bundled.get(key);
        if (local == null) {
            local = addComponent(target, targetFile, fragment, pointer);
            bundled.put(key, local);
        }
        holder.put("$ref", local);
        return null;
    }

    /**
     * Copies a referenced value into the document's components: into the section its pointer names
     * ({@code /components/responses/...}), else the section for where it is used (a parameter, a response...),
     * else {@code schemas}.
     */
    private String addComponent(JsonNode target, Path targetFile, String fragment, String usedAt) {
        String section = sectionFor(usedAt);
        String name;
        Matcher component = COMPONENT.matcher(fragment);
        Matcher definition = DEFINITION.matcher(fragment);
        if (component.matches()) {
            section = component.group(1);
            name = unescape(component.group(2));
        } else if (definition.matches()) {
            name = unescape(definition.group(1));
        } else if (fragment.isEmpty()) {
            String fileName = targetFile.getFileName().toString();
            int dot = fileName.indexOf('.');
            name = dot > 0 ? fileName.substring(0, dot) : fileName;
        } else {
            name = unescape(fragment.substring(fragment.lastIndexOf('/') + 1));
        }
        ObjectNode components = objectChild(root, "components");
        ObjectNode members = objectChild(components, section);
        String unique = name;
        for (int n = 2; members.has(unique); n++) {
            unique = name + n;
        }
        JsonNode copy = target.deepCopy();
        members.set(unique, copy);
        String pointer = "/components/" + section + "/" + escape(unique);
        provenance.record(pointer, SourceLocation.of(targetFile, fragment));
        pending.add(new Pending(copy, targetFile, pointer, fragment));
        return "#" + pointer;
    }

    /** Reads a referenced file and applies its own {@code x-stainless-override-schema}s, as for the document. */
    private JsonNode readReferenced(Path file, String ref, SourceLocation at) {
        JsonNode document;
        try {
            document = reader.read(file);
        } catch (SpecException e) {
            throw problem(at, "$ref '" + ref + "' cannot be followed: " + e.getMessage(), e);
        }
        StainlessOverrides.apply(document);
        return document;
    }

    private JsonNode target(JsonNode document, String fragment, String ref, SourceLocation at) {
        JsonNode target;
        try {
            target = document.at(JsonPointer.compile(fragment));
        } catch (IllegalArgumentException e) {
            throw problem(at, "$ref '" + ref + "' is not a valid JSON pointer: " + e.getMessage(), e);
        }
        if (target.isMissingNode()) {
            throw problem(at, "$ref '" + ref + "' points to nothing: there is no " + fragment + " in that document");
        }
        return target;
    }

    private JsonNode objectOrFail(JsonNode node, String ref, SourceLocation at) {
        if (!node.isObject()) {
            throw problem(at, "$ref '" + ref + "' must point to an object");
        }
        return node;
    }

    private SpecException problem(SourceLocation at, String problem) {
        return problem(at, problem, null);
    }

    /** The exception for a problem with a {@code $ref}, with the line of the {@code $ref} when it can be found. */
    private SpecException problem(SourceLocation at, String problem, Throwable cause) {
        return new SpecException(at.withLine(reader.lineOf(at.file(), at.pointer())), problem, cause);
    }

    private static ObjectNode objectChild(ObjectNode parent, String name) {
        JsonNode child = parent.get(name);
        if (child instanceof ObjectNode object) {
            return object;
        }
        ObjectNode created = JsonNodeFactory.instance.objectNode();
        parent.set(name, created);
        return created;
    }

    /** The components section of a value used at a pointer of the document: parameters for a parameter, etc. */
    private static String sectionFor(String pointer) {
        Matcher use = USE.matcher(pointer);
        if (!use.find()) {
            return "schemas";
        }
        return use.group(1) != null ? use.group(1) : "requestBodies";
    }

    /** A path item sits directly under {@code /paths} (or {@code /webhooks}); it is inlined rather than named. */
    private static boolean isPathItem(String pointer) {
        return PATH_ITEM.matcher(pointer).matches();
    }

    /**
     * Whether the keys of the object at a pointer are names the author chose (properties, components, headers)
     * rather than keywords: there, {@code example} or {@code x-rate-limit} is a name, not an example or an
     * extension to skip.
     */
    private static boolean isNameMap(String pointer) {
        return NAME_MAP.matcher(pointer).find();
    }

    private static boolean isExtensionOrExample(String name) {
        return name.startsWith("x-") || name.equals("example") || name.equals("examples");
    }

    /** Undoes the percent-encoding of a URI reference ({@code %20} for a space); a {@code +} stays a plus. */
    private String decode(String part, String ref, SourceLocation at) {
        if (part.indexOf('%') < 0) {
            return part;
        }
        try {
            return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw problem(at, "$ref '" + ref + "' is not a valid URI reference: " + e.getMessage(), e);
        }
    }

    static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    private static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }
}
