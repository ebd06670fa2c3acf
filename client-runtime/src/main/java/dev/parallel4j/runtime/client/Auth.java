package dev.parallel4j.runtime.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * How a client proves who it is, as the document's security scheme says: an API key in a header or the query
 * string, a bearer token, or HTTP basic credentials. The secret never appears in {@link #toString()}.
 */
public final class Auth {
    private enum Location {
        HEADER,
        QUERY,
        NONE
    }

    private static final Auth NONE = new Auth(Location.NONE, "", "", "no credentials");

    private final Location location;
    private final String name;
    private final String value;
    private final String description;

    private Auth(Location location, String name, String value, String description) {
        this.location = location;
        this.name = name;
        this.value = value;
        this.description = description;
    }

    /**
     * An API key sent in a header, e.g. {@code x-api-key}.
     *
     * @param header the header's name, e.g. {@code x-api-key}
     * @param key the API key; not blank, and without line breaks or other characters a header cannot carry
     * @return the credentials
     */
    public static Auth apiKeyHeader(String header, String key) {
        return new Auth(Location.HEADER, header, headerSecret(key), "API key in header " + header);
    }

    /**
     * An API key sent as a query parameter.
     *
     * @param parameter the query parameter's name, e.g. {@code api_key}
     * @param key the API key; not blank
     * @return the credentials
     */
    public static Auth apiKeyQuery(String parameter, String key) {
        return new Auth(Location.QUERY, parameter, secret(key), "API key in query parameter " + parameter);
    }

    /**
     * A token sent as {@code Authorization: Bearer <token>}.
     *
     * @param token the token, without the {@code Bearer} prefix; not blank, and without characters a header cannot
     *     carry
     * @return the credentials
     */
    public static Auth bearer(String token) {
        return new Auth(Location.HEADER, "Authorization", "Bearer " + headerSecret(token), "bearer token");
    }

    /**
     * HTTP basic credentials.
     *
     * @param user the user name
     * @param password the password
     * @return the credentials, sent Base64-encoded in the {@code Authorization} header
     */
    public static Auth basic(String user, String password) {
        String pair = Objects.requireNonNull(user, "user") + ":" + Objects.requireNonNull(password, "password");
        return new Auth(Location.HEADER, "Authorization",
                "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)), "basic credentials");
    }

    /**
     * No credentials, for APIs or calls that need none.
     *
     * @return the shared instance that sends no credentials
     */
    public static Auth none() {
        return NONE;
    }

    /** The header this sends, or {@code null}. */
    String headerName() {
        return location == Location.HEADER ? name : null;
    }

    /** The query parameter this sends, or {@code null}. */
    String queryName() {
        return location == Location.QUERY ? name : null;
    }

    /** The secret value of the header or query parameter. */
    String value() {
        return value;
    }

    /** Names the kind of credential, never its value. */
    @Override
    public String toString() {
        return description;
    }

    /**
     * A secret sent in a header. The JDK rejects header values with line breaks, control characters or characters
     * beyond Latin-1 with a message that quotes the value, so such a secret (a key read from a file with its
     * trailing newline, say) is refused here, naming only the position of the character.
     */
    private static String headerSecret(String value) {
        String secret = secret(value);
        for (int i = 0; i < secret.length(); i++) {
            char c = secret.charAt(i);
            if (c != '\t' && (c < 0x20 || c == 0x7F || c > 0xFF)) {
                throw new IllegalArgumentException("The credential has a character a header cannot carry at index " + i
                        + " of " + secret.length() + " (a line break or other control character?)");
            }
        }
        return secret;
    }

    private static String secret(String value) {
        Objects.requireNonNull(value, "credential");
        if (value.isBlank()) {
            throw new IllegalArgumentException("The credential is empty");
        }
        return value;
    }
}
