package dev.parallel4j.generator.report;

import dev.parallel4j.generator.ir.ApiModel;
import dev.parallel4j.generator.ir.EnumDef;
import dev.parallel4j.generator.ir.ObjectDef;
import dev.parallel4j.generator.ir.OperationDef;
import dev.parallel4j.generator.ir.ParameterDef;
import dev.parallel4j.generator.ir.PropertyDef;
import dev.parallel4j.generator.ir.ServiceDef;
import dev.parallel4j.generator.ir.TypeDef;
import dev.parallel4j.generator.ir.TypeName;
import dev.parallel4j.generator.ir.TypeRef;
import dev.parallel4j.generator.ir.UnionDef;
import dev.parallel4j.generator.report.ApiSurface.Element;
import dev.parallel4j.generator.report.ApiSurface.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Lists the elements of an {@link ApiSurface} from the API model, reading it only. */
final class SurfaceBuilder {
    private final ApiModel model;
    private final Map<TypeName, TypeDef> types;
    private final Set<TypeName> requestTypes;
    private final List<Element> elements = new ArrayList<>();

    SurfaceBuilder(ApiModel model) {
        this.model = model;
        this.types = TypeDef.byName(model.types());
        this.requestTypes = requestTypes();
    }

    List<Element> build(String packageName) {
        add(Kind.CLIENT, model.client().className(), packageName, false, false, "", null);
        for (ServiceDef service : model.services()) {
            String serviceKey = add(Kind.SERVICE, service.className(), service.accessor() + "()", false, false, "", null);
            for (OperationDef operation : service.operations()) {
                operation(service.className() + "." + operation.methodName(), operation, serviceKey);
            }
        }
        model.types().forEach(type -> type(type, null));
        return elements;
    }

    private void operation(String method, OperationDef operation, String serviceKey) {
        String key = add(Kind.METHOD, method, returns(operation.result()), false, false,
                operation.httpMethod() + " " + operation.path(), serviceKey);
        for (ParameterDef parameter : operation.parameters()) {
            add(Kind.PARAMETER, method + "(" + parameter.javaName() + ")", java(parameter.type()), parameter.required(), true,
                    parameter.location().name().toLowerCase(Locale.ROOT) + " " + parameter.wireName(), key);
        }
        if (operation.body() != null) {
            add(Kind.PARAMETER, method + "(body)", java(operation.body().type()), operation.body().required(), true,
                    operation.body().mediaType(), key);
        }
        if (operation.paramsClassName() != null) {
            add(Kind.PARAMETER, method + "(params)", operation.paramsClassName(), false, true, "", key);
        }
    }

    private void type(TypeDef type, String parentKey) {
        String name = type.name().toString();
        boolean request = requestTypes.contains(type.name());
        String key;
        if (type instanceof ObjectDef object) {
            key = add(Kind.TYPE, name, "object", false, request, "", parentKey);
            for (PropertyDef property : object.properties()) {
                add(Kind.PROPERTY, name + "." + property.javaName(), java(property.type()), property.required(), request,
                        property.nullable() ? "nullable" : "", key);
            }
        } else if (type instanceof EnumDef enumeration) {
            key = add(Kind.TYPE, name, "enum", false, request, "", parentKey);
            for (EnumDef.Constant constant : enumeration.constants()) {
                add(Kind.CONSTANT, name + "." + constant.javaName(), "", false, request, "'" + constant.value() + "'", key);
            }
        } else {
            UnionDef union = (UnionDef) type;
            key = add(Kind.TYPE, name, "union", false, request, "", parentKey);
            for (UnionDef.Variant variant : union.variants()) {
                add(Kind.VARIANT, name + "." + variant.label(), java(variant.type()), false, request, "", key);
            }
        }
        type.nested().forEach(nested -> type(nested, key));
    }

    private String add(Kind kind, String name, String signature, boolean required, boolean request, String detail, String parent) {
        Element element = new Element(kind, name, signature, required, request, detail, parent);
        elements.add(element);
        return element.key();
    }

    /** The types a caller may have to build: those of parameters and bodies, and every type reachable from them. */
    private Set<TypeName> requestTypes() {
        Deque<TypeRef> todo = new ArrayDeque<>();
        for (ServiceDef service : model.services()) {
            for (OperationDef operation : service.operations()) {
                operation.parameters().forEach(parameter -> todo.add(parameter.type()));
                if (operation.body() != null) {
                    todo.add(operation.body().type());
                }
            }
        }
        Set<TypeName> reached = new HashSet<>();
        while (!todo.isEmpty()) {
            TypeRef next = todo.removeFirst();
            if (next instanceof TypeRef.ListOf list) {
                todo.add(list.element());
            } else if (next instanceof TypeRef.MapOf map) {
                todo.add(map.value());
            } else if (next instanceof TypeRef.Named named && reached.add(named.name())) {
                TypeDef type = types.get(named.name());
                if (type instanceof ObjectDef object) {
                    object.properties().forEach(property -> todo.add(property.type()));
                    if (object.additionalProperties() != null) {
                        todo.add(object.additionalProperties());
                    }
                } else if (type instanceof UnionDef union) {
                    union.variants().forEach(variant -> todo.add(variant.type()));
                }
            }
        }
        return reached;
    }

    private static String returns(OperationDef.ResultDef result) {
        return switch (result.kind()) {
            case JSON -> java(result.type());
            case EVENT_STREAM -> "EventStream<" + java(result.type()) + ">";
            case TEXT -> "String";
            case BINARY -> "byte[]";
            case NONE -> "void";
        };
    }

    /** The Java type as a reader of the generated code sees it, with simple names. */
    private static String java(TypeRef type) {
        if (type instanceof TypeRef.ListOf list) {
            return "List<" + java(list.element()) + ">";
        }
        if (type instanceof TypeRef.MapOf map) {
            return "Map<String, " + java(map.value()) + ">";
        }
        if (type instanceof TypeRef.Named named) {
            return named.name().toString();
        }
        if (type instanceof TypeRef.Scalar scalar) {
            return scalar(scalar.kind());
        }
        return "JsonValue";
    }

    private static String scalar(TypeRef.ScalarKind kind) {
        return switch (kind) {
            case STRING -> "String";
            case INT32 -> "Integer";
            case INT64 -> "Long";
            case FLOAT -> "Float";
            case DOUBLE -> "Double";
            case BOOLEAN -> "Boolean";
            case DATE_TIME -> "OffsetDateTime";
            case DATE -> "LocalDate";
            case UUID -> "UUID";
            case URI -> "URI";
            case BYTES -> "byte[]";
            case FILE -> "FileUpload";
        };
    }
}
