package vn.lienhiep.security.access;

import java.util.List;

/**
 * The anonymous part of a service's access table, as the service publishes it at {@link #path(String)} and the
 * gateway reads it: the gateway opens exactly these method + pattern pairs to callers without a token, so anonymous
 * access is declared once, in the service. The document holds no data and is public itself.
 *
 * <pre>{"context":"membership","rules":[{"method":"GET","pattern":"/api/membership/organizations/{id}"}, ...]}</pre>
 *
 * @param context the bounded context, as in {@code /api/<context>/**}
 * @param rules   the public rules, each one method and one Spring path pattern
 */
public record PublicAccess(String context, List<Rule> rules) {

    public PublicAccess {
        rules = List.copyOf(rules);
    }

    public record Rule(String method, String pattern) {
    }

    /** {@code /api/<context>/access/public}. */
    public static String path(String context) {
        return "/api/" + context + "/access/public";
    }

    /**
     * Whether a pattern stays inside the context's own API: the gateway routes only {@code /api/<context>/**} to a
     * service, so a service can never open a path that another service or the gateway itself answers.
     */
    public static boolean withinContext(String context, String pattern) {
        String prefix = "/api/" + context + "/";
        return pattern != null && pattern.startsWith(prefix) && pattern.length() > prefix.length()
               && !pattern.contains("..") && !pattern.contains("//");
    }
}
