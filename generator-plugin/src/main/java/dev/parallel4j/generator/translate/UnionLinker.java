package dev.parallel4j.generator.translate;

import dev.parallel4j.generator.ir.EnumDef;
import dev.parallel4j.generator.ir.ObjectDef;
import dev.parallel4j.generator.ir.PropertyDef;
import dev.parallel4j.generator.ir.TypeDef;
import dev.parallel4j.generator.ir.TypeName;
import dev.parallel4j.generator.ir.TypeRef;
import dev.parallel4j.generator.ir.UnionDef;
import dev.parallel4j.generator.ir.UnionDef.Variant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The last pass over the types: tells each object model which unions it is a variant of (it will implement
 * them), and renames union labels whose {@code isX()}/{@code asX()} methods would clash with a variant's own
 * accessors or with another union's method of the same name but another type.
 */
final class UnionLinker {
    private final Map<TypeName, TypeDef> definitions;
    private final Map<TypeName, Set<TypeName>> membership = new HashMap<>();
    private final Map<TypeName, UnionDef> unions = new TreeMap<>();

    private UnionLinker(Map<TypeName, TypeDef> definitions) {
        this.definitions = definitions;
    }

    /** The top-level types with unions linked, nested types included. */
    static List<TypeDef> link(List<TypeDef> topLevel, Map<TypeName, TypeDef> definitions) {
        UnionLinker linker = new UnionLinker(definitions);
        definitions.values().stream().filter(UnionDef.class::isInstance).map(UnionDef.class::cast)
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .forEach(linker::relabel);
        List<TypeDef> out = new ArrayList<>();
        for (TypeDef type : topLevel) {
            out.add(linker.rebuild(type));
        }
        return out;
    }

    private void relabel(UnionDef union) {
        Map<String, String> taken = takenMethods(union);
        List<Variant> variants = new ArrayList<>();
        for (Variant variant : union.variants()) {
            String label = variant.label();
            String returnType = variant.type().toString();
            while (clashes(taken, label, returnType)) {
                label = label + "Variant";
            }
            taken.put("is" + label, "boolean");
            taken.put("as" + label, returnType);
            variants.add(variant.relabelled(label, variant.wrapper()));
            if (!variant.isWrapped()) {
                membership.computeIfAbsent(((TypeRef.Named) variant.type()).name(), k -> new TreeSet<>()).add(union.name());
            }
        }
        unions.put(union.name(), new UnionDef(union.name(), union.docs(), variants, union.discriminator(), union.mapping(), union.nested()));
    }

    /**
     * The methods a union's labels must avoid: every accessor of its model variants (a default method would be
     * silently overridden by one), and the {@code isX}/{@code asX} methods of other unions those models
     * implement, with their return types.
     */
    private Map<String, String> takenMethods(UnionDef union) {
        Map<String, String> taken = new HashMap<>();
        taken.put("accept", "accept");
        for (Variant variant : union.variants()) {
            if (variant.isWrapped()) {
                continue;
            }
            TypeName model = ((TypeRef.Named) variant.type()).name();
            if (definitions.get(model) instanceof ObjectDef object) {
                for (PropertyDef property : object.properties()) {
                    taken.put(property.javaName(), "property");
                }
            }
            for (TypeName other : membership.getOrDefault(model, Set.of())) {
                for (Variant v : unions.get(other).variants()) {
                    taken.putIfAbsent("is" + v.label(), "boolean");
                    taken.putIfAbsent("as" + v.label(), v.type().toString());
                }
            }
        }
        return taken;
    }

    /** A label clashes unless its methods are absent or identical (same name and type in another union). */
    private static boolean clashes(Map<String, String> taken, String label, String returnType) {
        String is = taken.get("is" + label);
        String as = taken.get("as" + label);
        return is != null && !is.equals("boolean") || as != null && !as.equals(returnType);
    }

    private TypeDef rebuild(TypeDef type) {
        List<TypeDef> nested = new ArrayList<>();
        for (TypeDef inner : type.nested()) {
            nested.add(rebuild(inner));
        }
        if (type instanceof ObjectDef object) {
            List<TypeName> memberOf = new ArrayList<>(membership.getOrDefault(object.name(), Set.of()));
            return new ObjectDef(object.name(), object.docs(), object.properties(), object.additionalProperties(), memberOf, nested);
        }
        if (type instanceof UnionDef union) {
            UnionDef relabelled = unions.get(union.name());
            return new UnionDef(union.name(), union.docs(), relabelled.variants(), union.discriminator(), union.mapping(), nested);
        }
        return (EnumDef) type;
    }
}
