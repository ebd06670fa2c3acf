package dev.parallel4j.generator.report;

import dev.parallel4j.generator.report.ApiSurface.Element;
import dev.parallel4j.generator.report.ApiSurface.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What changed in the generated Java API between two generations, element by element, with the breaking changes
 * marked. An element whose parent was added or removed is not listed on its own: a removed service is one line,
 * not one per method.
 *
 * <p>Breaking: anything removed (a service, method, parameter, type, property, enum constant or union variant);
 * a changed Java type (of a parameter, property, variant or return value, a type's kind, a service's accessor, the
 * client's package); a parameter that becomes required, or a new required one; a property that becomes required
 * or stops being required (its accessor changes between {@code T} and {@code Optional<T>}), a required property
 * that becomes or stops being nullable (likewise), and a new required property of a type callers send. Not
 * breaking: additions otherwise, a parameter that stops being required, a new HTTP path or wire value.
 *
 * @param changes the changes, sorted by name
 */
public record ChangeReport(List<ApiChange> changes) {
    /** Copies the list. */
    public ChangeReport {
        changes = List.copyOf(changes);
    }

    /** The changes from one snapshot to the next. */
    public static ChangeReport compare(ApiSurface before, ApiSurface after) {
        Map<String, Element> old = before.byKey();
        Map<String, Element> now = after.byKey();
        List<ApiChange> changes = new ArrayList<>();
        for (Element was : before.elements()) {
            Element is = now.get(was.key());
            if (is != null) {
                changed(was, is, changes);
            } else if (was.parent() == null || now.containsKey(was.parent())) {
                changes.add(new ApiChange(ApiChange.Action.REMOVED, was.kind(), was.name(), "", true));
            }
        }
        for (Element is : after.elements()) {
            if (!old.containsKey(is.key()) && (is.parent() == null || old.containsKey(is.parent()))) {
                boolean breaking = is.required() && is.request() && (is.kind() == Kind.PARAMETER || is.kind() == Kind.PROPERTY);
                String what = is.signature().isEmpty() ? "" : is.signature() + (is.required() ? ", required" : "");
                changes.add(new ApiChange(ApiChange.Action.ADDED, is.kind(), is.name(), what, breaking));
            }
        }
        changes.sort(Comparator.comparing(ApiChange::name).thenComparing(ApiChange::kind).thenComparing(ApiChange::what));
        return new ChangeReport(changes);
    }

    private static void changed(Element was, Element is, List<ApiChange> changes) {
        if (!was.signature().equals(is.signature())) {
            change(is, is.kind().signatureLabel() + " " + was.signature() + " -> " + is.signature(), true, changes);
        }
        if (was.required() != is.required()) {
            // A property's accessor changes shape; a parameter only breaks callers when it becomes required.
            boolean breaking = is.kind() == Kind.PROPERTY || is.required();
            change(is, is.required() ? "now required" : "no longer required", breaking, changes);
        }
        if (!was.detail().equals(is.detail())) {
            boolean breaking = is.kind() == Kind.PROPERTY && (was.required() || is.required());
            change(is, detail(is.kind(), was.detail(), is.detail()), breaking, changes);
        }
    }

    private static String detail(Kind kind, String was, String is) {
        if (kind == Kind.PROPERTY) {
            return is.isEmpty() ? "no longer " + was : "now " + is;
        }
        String label = switch (kind) {
            case METHOD -> "HTTP ";
            case PARAMETER -> "sent as ";
            case CONSTANT -> "value ";
            default -> "";
        };
        return label + (was.isEmpty() ? "(none)" : was) + " -> " + (is.isEmpty() ? "(none)" : is);
    }

    private static void change(Element element, String what, boolean breaking, List<ApiChange> changes) {
        changes.add(new ApiChange(ApiChange.Action.CHANGED, element.kind(), element.name(), what, breaking));
    }

    /** Whether nothing changed. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The breaking changes. */
    public List<ApiChange> breaking() {
        return changes.stream().filter(ApiChange::breaking).toList();
    }

    /** A heading such as {@code 3 changes to the generated API since the last generation, 2 of them breaking}. */
    public String summary() {
        int breaking = breaking().size();
        return (changes.size() == 1 ? "1 change" : changes.size() + " changes") + " to the generated API since the last generation"
                + (breaking == 0 ? "" : changes.size() == 1 ? ", breaking" : ", " + breaking + " of them breaking");
    }
}
