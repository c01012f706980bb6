package vn.lienhiep.platform.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;

import vn.lienhiep.contracts.security.Role;

/**
 * A service's function-level access table: which method and path pattern may be called by whom. Every service
 * declares exactly one as a bean; the platform turns it into the security filter chain and DENIES everything the table
 * does not name, so an endpoint added without a rule is unreachable (and the service's authorization matrix test
 * fails) instead of open.
 *
 * <pre>{@code
 * AccessRules.builder()
 *     .get("/api/membership/organizations", "/api/membership/organizations/{id}").publicAccess()
 *     .post("/api/membership/organizations").roles(UNION_ADMIN, UNION_STAFF)
 *     .build();
 * }</pre>
 *
 * Object-level rules (which organisation a scoped caller may touch) are the service's own, see {@link Caller}.
 */
public final class AccessRules {

    /** Who may call: nobody is implied, every rule says it. */
    public enum Audience { PUBLIC, AUTHENTICATED, ROLES }

    public record Rule(HttpMethod method, String pattern, Audience audience, Set<Role> roles) {
        public Rule {
            roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        }
    }

    private final List<Rule> rules;

    private AccessRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final List<Rule> rules = new ArrayList<>();

        public Target get(String... patterns) {
            return new Target(this, HttpMethod.GET, patterns);
        }

        public Target post(String... patterns) {
            return new Target(this, HttpMethod.POST, patterns);
        }

        public Target put(String... patterns) {
            return new Target(this, HttpMethod.PUT, patterns);
        }

        public Target delete(String... patterns) {
            return new Target(this, HttpMethod.DELETE, patterns);
        }

        public AccessRules build() {
            return new AccessRules(rules);
        }
    }

    public static final class Target {
        private final Builder builder;
        private final HttpMethod method;
        private final List<String> patterns;

        private Target(Builder builder, HttpMethod method, String... patterns) {
            if (patterns.length == 0) {
                throw new IllegalArgumentException("a rule needs at least one path pattern");
            }
            this.builder = builder;
            this.method = method;
            this.patterns = Arrays.asList(patterns);
        }

        /** Anyone, without a token: only for data the union publishes (nothing personal). */
        public Builder publicAccess() {
            return add(Audience.PUBLIC, Set.of());
        }

        public Builder authenticated() {
            return add(Audience.AUTHENTICATED, Set.of());
        }

        public Builder roles(Role... roles) {
            return roles(Set.of(roles));
        }

        public Builder roles(Set<Role> roles) {
            if (roles.isEmpty()) {
                throw new IllegalArgumentException("roles(...) needs at least one role; use authenticated()");
            }
            return add(Audience.ROLES, roles);
        }

        private Builder add(Audience audience, Set<Role> roles) {
            for (String pattern : patterns) {
                builder.rules.add(new Rule(method, pattern, audience, roles));
            }
            return builder;
        }
    }
}
