package dev.parallel4j.runtime.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Map;

/** An open enum written as the generator emits one. */
public final class Color extends OpenEnum<Color.Value> {
    /** The known values, plus one for anything else. */
    public enum Value {
        RED,
        DARK_BLUE,
        _UNKNOWN
    }

    public static final Color RED = new Color("red", Value.RED);
    public static final Color DARK_BLUE = new Color("dark-blue", Value.DARK_BLUE);

    private static final Map<String, Color> VALUES = index(RED, DARK_BLUE);

    private Color(String text, Value value) {
        super(text, value);
    }

    /** The constant for a known value, or a new value keeping unknown text. */
    @JsonCreator
    public static Color of(String text) {
        Color known = VALUES.get(text);
        return known != null ? known : new Color(text, Value._UNKNOWN);
    }

    @Override
    public boolean isKnown() {
        return value() != Value._UNKNOWN;
    }

    /** Lets a test call the protected {@link OpenEnum#index} with constants of its choosing. */
    static Map<String, Color> indexOf(Color... constants) {
        return index(constants);
    }
}
