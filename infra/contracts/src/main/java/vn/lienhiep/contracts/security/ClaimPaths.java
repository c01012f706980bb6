package vn.lienhiep.contracts.security;

import java.util.Map;

/**
 * A claim named by a dotted path, so one setting reaches the embedded provider's flat claims and the nested ones other
 * providers write (Keycloak's {@code realm_access.roles}, or a mapper whose claim name contains dots).
 */
public final class ClaimPaths {

    private ClaimPaths() {
    }

    /** The value at {@code path}, or null when any step is missing or is not an object. */
    public static Object valueAt(Map<String, Object> claims, String path) {
        Object node = claims;
        for (String part : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(part);
        }
        return node;
    }

    /**
     * A single identifier at {@code path}: a string or a number, stripped; null when absent, blank, or anything else (a
     * list or an object names no single identity, and guessing which element is meant would be a silent correction).
     */
    public static String idAt(Map<String, Object> claims, String path) {
        Object value = valueAt(claims, path);
        if (!(value instanceof String) && !(value instanceof Number)) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }
}
