package vn.lienhiep.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.UriUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * "Which actions may this caller take on this record now", answered the same way by every context: the context names
 * the acts its domain allows in the record's current state (from the domain's own tables and policies, never a second
 * copy of them), and this keeps those the service's {@link AccessRules} let the caller call, exactly as the security
 * filter chain decides: the FIRST rule whose method and pattern match the path decides (PUBLIC: everyone;
 * AUTHENTICATED: any caller with a token; ROLES: a caller holding one of them), and a path no rule names is denied.
 * Object-level scope (whose record it is) stays the controller's, as for every other endpoint: the actions endpoint
 * answers 404 where reading the record does.
 *
 * <pre>{@code
 * return actions.on(Callers.current(), PATH + "/" + id)
 *               .post("verification", VERIFY.allowedFrom(status))
 *               .post("panel/{expertId}/acceptance", Map.of("expertId", seat), ACCEPTING.check(answer).isEmpty())
 *               .view();
 * }</pre>
 *
 * One bean per service (SecurityAutoConfiguration), over the same access tables, in the same order, as the filter
 * chain. The platform's own paths (actuator, {@code /api/*}{@code /admin/**}) are no record's actions and are not
 * consulted.
 */
public final class AvailableActions {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^/{}]+)}");

    private record Compiled(AccessRules.Rule rule, PathPattern pattern) {
    }

    private final List<Compiled> rules = new ArrayList<>();

    public AvailableActions(List<AccessRules> tables) {
        for (AccessRules table : tables) {
            for (AccessRules.Rule rule : table.rules()) {
                // The parser the filter chain's matchers use (PathPatternRequestMatcher.withDefaults()).
                rules.add(new Compiled(rule, PathPatternParser.defaultInstance.parse(rule.pattern())));
            }
        }
    }

    public static AvailableActions of(AccessRules... tables) {
        return new AvailableActions(List.of(tables));
    }

    /**
     * Whether the access table lets this caller call {@code method path}.
     *
     * @param path a request path ({@code /api/membership/organizations/4f…/admission}); a URI template
     *             ({@code …/{id}/admission}) is read as a path whose variables stand for any value
     */
    public boolean allows(Caller caller, HttpMethod method, String path) {
        PathContainer requested = PathContainer.parsePath(path);
        for (Compiled compiled : rules) {
            if (compiled.rule().method().equals(method) && compiled.pattern().matches(requested)) {
                return admits(compiled.rule(), caller);
            }
        }
        return false; // deny by default: an endpoint the table does not name is closed
    }

    /** Whether one rule lets this caller through, as the filter chain reads it. */
    static boolean admits(AccessRules.Rule rule, Caller caller) {
        return switch (rule.audience()) {
            case PUBLIC -> true;
            case AUTHENTICATED -> !caller.isAnonymous();
            case ROLES -> caller.hasAny(rule.roles());
        };
    }

    /**
     * Starts the list of one record's actions.
     *
     * @param record the record's path, e.g. {@code /api/membership/organizations/4f…}; each action's href is
     *               {@code record + "/" + name}
     */
    public Offer on(Caller caller, String record) {
        return new Offer(caller, record);
    }

    /** The acts a context offers on one record, kept when the caller may call them. */
    public final class Offer {

        private final Caller caller;
        private final String record;
        private final List<ActionsView.Action> actions = new ArrayList<>();

        private Offer(Caller caller, String record) {
            this.caller = caller;
            this.record = record.endsWith("/") ? record.substring(0, record.length() - 1) : record;
        }

        /** {@code POST record/name}, which the domain allows now. */
        public Offer post(String name) {
            return offer(HttpMethod.POST, name, Map.of(), true);
        }

        /** {@code POST record/name} when {@code allowedNow} (the domain's answer for the record's current state). */
        public Offer post(String name, boolean allowedNow) {
            return offer(HttpMethod.POST, name, Map.of(), allowedNow);
        }

        /** An act on one member of the record: {@code post("panel/{expertId}/acceptance", Map.of("expertId", id), …)}. */
        public Offer post(String name, Map<String, String> variables, boolean allowedNow) {
            return offer(HttpMethod.POST, name, variables, allowedNow);
        }

        public Offer offer(HttpMethod method, String name, Map<String, String> variables, boolean allowedNow) {
            if (!allowedNow) {
                return this;
            }
            String href = record + "/" + expand(name, variables);
            if (allows(caller, method, href)) {
                actions.add(new ActionsView.Action(name, method.name(), href));
            }
            return this;
        }

        public ActionsView view() {
            return new ActionsView(actions);
        }
    }

    private static String expand(String name, Map<String, String> variables) {
        Matcher matcher = VARIABLE.matcher(name);
        StringBuilder expanded = new StringBuilder();
        while (matcher.find()) {
            String value = variables.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + matcher.group(1) + "} in " + name);
            }
            matcher.appendReplacement(expanded,
                                      Matcher.quoteReplacement(UriUtils.encodePathSegment(value, StandardCharsets.UTF_8)));
        }
        matcher.appendTail(expanded);
        return expanded.toString();
    }
}
