package dev.parallel4j.generator.translate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names the methods of one service from the REST shape of their paths, not from operationIds:
 * {@code POST /findall/runs} is {@code create}, {@code GET /findall/runs/{id}} is {@code retrieve},
 * {@code POST /findall/runs/{id}/cancel} is {@code cancel}, {@code POST /findall/ingest} is {@code ingest}.
 *
 * <p>The service's main collection (the most common first segment under the service's common prefix, e.g.
 * {@code runs}) is implied; other segments name the method. Where two operations would get the same name, the
 * HTTP verb is added ({@code listRuns}, {@code createRuns}), then the API version of the odd one out
 * ({@code eventsV1beta}), and only then the operationId.
 */
final class OperationNamer {
    private static final Pattern VERSION = Pattern.compile("^v\\d+([a-z]+\\d*)?$");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");
    private static final List<String> VERBS = List.of("create", "list", "retrieve", "update", "replace", "delete");

    /**
     * One operation to name.
     *
     * @param key identifies it to the caller
     * @param method the HTTP method, upper case
     * @param path the path template
     * @param operationId its operationId, or {@code null}
     * @param chosen a name the document chose ({@code x-parallel4j-name}), or {@code null}
     */
    record Candidate(String key, String method, String path, String operationId, String chosen) {}

    private OperationNamer() {}

    /**
     * Names the operations of a service.
     *
     * @return the method name for each candidate key
     * @throws NameClash naming the clash, when two names chosen by the document collide
     */
    static Map<String, String> name(List<Candidate> operations) {
        return name("", operations);
    }

    /**
     * Names the operations of a service, treating a path segment spelled like the service's name as its main
     * collection even when only one operation uses it: {@code POST /v1/search} in a {@code Search} service is
     * {@code create}, {@code GET /v1/jobs} in {@code Jobs} is {@code list}.
     *
     * @param service the service's name as the document writes it (tag), or {@code ""}
     * @return the method name for each candidate key
     * @throws NameClash naming the clash, when two names chosen by the document collide
     */
    static Map<String, String> name(String service, List<Candidate> operations) {
        Rests rests = relativeSegments(service, operations);
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < operations.size(); i++) {
            Candidate op = operations.get(i);
            names.put(op.key(), op.chosen() != null ? op.chosen() : restName(op.method(), rests, i));
        }
        for (int level = 1; level <= 4; level++) {
            resolveClashes(operations, names, rests, level);
        }
        Map<String, String> seen = new HashMap<>();
        for (Candidate op : operations) {
            String previous = seen.put(names.get(op.key()), op.key());
            if (previous != null) {
                throw new NameClash(op, "operations " + previous + " and " + op.key() + " would both be named " + names.get(op.key()));
            }
        }
        for (Candidate op : operations) {
            String twin = names.get(op.key()) + Naming.ASYNC_SUFFIX;
            if (seen.containsKey(twin)) {
                throw new IllegalStateException("operation " + seen.get(twin) + " would be named " + twin
                        + ", the name of the asynchronous twin of " + op.key());
            }
        }
        return names;
    }

    /**
     * Each operation's path segments below the service's common prefix ({@code full}), the same without the main
     * collection ({@code named}, what names are made of), and the paths (below the prefix) that are collections:
     * those with item paths {@code .../{id}} under them.
     */
    private record Rests(List<List<String>> full, List<List<String>> named, Set<String> collections) {
        boolean isCollection(int i) {
            return collections.contains(String.join("/", full.get(i)));
        }
    }

    private static Rests relativeSegments(String service, List<Candidate> operations) {
        List<List<String>> all = new ArrayList<>();
        for (Candidate op : operations) {
            List<String> segments = new ArrayList<>();
            for (String segment : op.path().split("/")) {
                if (!segment.isEmpty() && !(segments.isEmpty() && isVersion(segment))) {
                    segments.add(segment);
                }
            }
            all.add(segments);
        }
        int common = commonStaticPrefix(all);
        Map<String, Integer> firstCounts = new HashMap<>();
        List<List<String>> full = new ArrayList<>();
        Set<String> collections = new HashSet<>();
        for (List<String> segments : all) {
            List<String> rest = segments.subList(Math.min(common, segments.size()), segments.size());
            full.add(rest);
            if (!rest.isEmpty() && !isParameter(rest.get(0))) {
                firstCounts.merge(rest.get(0), 1, Integer::sum);
            }
            if (rest.size() > 1 && isParameter(rest.get(rest.size() - 1))) {
                collections.add(String.join("/", rest.subList(0, rest.size() - 1)));
            }
        }
        String serviceWord = normalized(service);
        firstCounts.entrySet().removeIf(e -> e.getValue() < 2 && !normalized(e.getKey()).equals(serviceWord));
        String main = mostCommon(firstCounts);
        List<List<String>> named = new ArrayList<>();
        for (List<String> rest : full) {
            named.add(main != null && !rest.isEmpty() && rest.get(0).equals(main) ? rest.subList(1, rest.size()) : rest);
        }
        return new Rests(full, named, collections);
    }

    /** How many leading static segments all operations share, leaving each at least one segment. */
    private static int commonStaticPrefix(List<List<String>> all) {
        int common = 0;
        while (true) {
            String segment = null;
            for (List<String> segments : all) {
                if (segments.size() <= common + 1 || isParameter(segments.get(common))
                        || segment != null && !segment.equals(segments.get(common))) {
                    return common;
                }
                segment = segments.get(common);
            }
            common++;
        }
    }

    /** The name from the REST shape alone. */
    private static String restName(String method, Rests rests, int i) {
        List<String> rest = rests.named().get(i);
        if (rest.isEmpty()) {
            return collectionVerb(method);
        }
        String last = rest.get(rest.size() - 1);
        if (isParameter(last)) {
            String verb = itemVerb(method);
            List<String> statics = rest.stream().filter(s -> !isParameter(s)).toList();
            return statics.isEmpty() ? verb : verb + Naming.pascal(Naming.singular(statics.get(statics.size() - 1)));
        }
        if (rests.isCollection(i)) {
            String noun = method.equals("GET") ? Naming.pascal(last) : Naming.pascal(Naming.singular(last));
            return collectionVerb(method) + noun;
        }
        return Naming.memberName(last);
    }

    /** The verb of an operation on a whole collection. */
    private static String collectionVerb(String method) {
        switch (method) {
            case "POST":
                return "create";
            case "GET":
                return "list";
            case "PUT":
                return "replace";
            case "PATCH":
                return "update";
            case "DELETE":
                return "deleteAll";
            default:
                return Naming.memberName(method.toLowerCase(Locale.ROOT));
        }
    }

    private static String itemVerb(String method) {
        switch (method) {
            case "GET":
                return "retrieve";
            case "DELETE":
                return "delete";
            case "PUT":
            case "PATCH":
            case "POST":
                return "update";
            default:
                return Naming.memberName(method.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Renames operations that share a name, by level: 1 adds the verb (when their methods differ), 2 the resource
     * they hang off (when those differ: {@code runEvents}, {@code groupEvents}), 3 the version of operations whose
     * version differs from their namesakes' most common one, 4 uses the operationId.
     */
    private static void resolveClashes(List<Candidate> operations, Map<String, String> names, Rests rests, int level) {
        Map<String, List<Integer>> byName = new LinkedHashMap<>();
        for (int i = 0; i < operations.size(); i++) {
            byName.computeIfAbsent(names.get(operations.get(i).key()), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> clash : byName.values()) {
            if (clash.size() < 2 || level == 1 && clash.stream().map(i -> operations.get(i).method()).distinct().count() == 1
                    || level == 2 && clash.stream().map(i -> parent(rests.full().get(i))).distinct().count() < 2) {
                continue; // a qualifier only helps when it differs between the operations
            }
            String commonVersion = level == 3 ? mostCommonVersion(operations, clash) : null;
            for (int i : clash) {
                Candidate op = operations.get(i);
                if (op.chosen() != null) {
                    continue;
                }
                String current = names.get(op.key());
                List<String> rest = rests.named().get(i);
                if (level == 1 && !rest.isEmpty() && !isParameter(rest.get(rest.size() - 1))) {
                    names.put(op.key(), verbPrefix(op.method(), rests.isCollection(i), current) + Naming.pascal(current));
                } else if (level == 2 && !parent(rests.full().get(i)).isEmpty()) {
                    names.put(op.key(), qualified(current, Naming.pascal(Naming.singular(parent(rests.full().get(i))))));
                } else if (level == 3 && !version(op.path()).equals(commonVersion)) {
                    names.put(op.key(), current + Naming.pascal(version(op.path())));
                } else if (level == 4 && op.operationId() != null) {
                    names.put(op.key(), Naming.memberName(op.operationId()));
                }
            }
        }
    }

    /** A name with the resource it hangs off: after its verb ({@code retrieveGroupRun}), else first ({@code runEvents}). */
    private static String qualified(String name, String parent) {
        for (String verb : VERBS) {
            if (name.startsWith(verb) && name.length() > verb.length() && Character.isUpperCase(name.charAt(verb.length()))) {
                return verb + parent + name.substring(verb.length());
            }
        }
        return Naming.memberName(parent) + Naming.pascal(name);
    }

    /** The static segment before the last static one: the resource an action or sub-collection hangs off. */
    private static String parent(List<String> rest) {
        List<String> statics = rest.stream().filter(s -> !isParameter(s)).toList();
        return statics.size() < 2 ? "" : statics.get(statics.size() - 2);
    }

    /**
     * The verb that tells apart same-named operations: reading a collection (or anything named in the plural) lists
     * it, reading anything else retrieves it.
     */
    private static String verbPrefix(String method, boolean collection, String name) {
        boolean plural = !Naming.singular(name).equals(name);
        return method.equals("GET") && !collection && !plural ? "retrieve" : collectionVerb(method).replace("deleteAll", "delete");
    }

    private static String mostCommonVersion(List<Candidate> operations, List<Integer> clash) {
        Map<String, Integer> counts = new HashMap<>();
        clash.forEach(i -> counts.merge(version(operations.get(i).path()), 1, Integer::sum));
        return Objects.requireNonNullElse(mostCommon(counts), "");
    }

    /** The key with the highest count, the alphabetically first on a tie, or {@code null} when empty. */
    private static String mostCommon(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static String version(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).findFirst()
                .filter(OperationNamer::isVersion).orElse("");
    }

    /** A name reduced to lower-case letters and digits, in the singular, for comparing a segment with a service. */
    private static String normalized(String name) {
        return Naming.singular(NOT_ALPHANUMERIC.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(""));
    }

    /** Whether a path segment is an API version, such as {@code v1} or {@code v1beta}. */
    static boolean isVersion(String segment) {
        return VERSION.matcher(segment).matches();
    }

    static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    /** Two operations of a service would get the same method name; says which, and which came second. */
    static final class NameClash extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        private final transient Candidate second;

        NameClash(Candidate second, String message) {
            super(message);
            this.second = second;
        }

        /** The operation that found its name taken. */
        Candidate second() {
            return second;
        }
    }
}
