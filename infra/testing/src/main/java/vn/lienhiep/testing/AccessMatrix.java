package vn.lienhiep.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.lienhiep.contracts.security.Role;

/**
 * A service's authorization matrix: one row per endpoint, who may call it, and what an officer of another
 * organisation gets. The same file drives the service's own matrix test (every endpoint × every role) and the
 * end-to-end test that logs in through the gateway as each demo account.
 *
 * <pre>
 * &#64;read = UNION_ADMIN UNION_LEADERSHIP UNION_STAFF          (a group; later groups may use earlier ones)
 * GET  /api/membership/persons | &#64;read MEMBER_ORG_ADMIN | ok   (METHOD PATH | roles or "public" | other officer)
 * </pre>
 */
public record AccessMatrix(List<Row> rows) {

    /**
     * @param allowed      the roles that pass authorization (empty when {@code open})
     * @param open         anyone may call it, without a token
     * @param otherOfficer what an officer of another organisation gets: {@code ok}, {@code 403} or {@code 404}
     */
    public record Row(String method, String path, Set<Role> allowed, boolean open, String otherOfficer) {

        public String endpoint() {
            return method + " " + path;
        }

        public boolean allows(Role role) {
            return open || allowed.contains(role);
        }

        public boolean hasPathVariables() {
            return path.contains("{");
        }
    }

    public static AccessMatrix fromResource(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AccessMatrix read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AccessMatrix parse(String text) {
        Map<String, Set<Role>> groups = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@")) {
                String[] parts = line.split("=", 2);
                if (parts.length != 2) {
                    throw new IllegalArgumentException("a group needs '= roles': " + line);
                }
                groups.put(parts[0].strip(), roles(parts[1], groups));
                continue;
            }
            String[] cells = line.split("\\|");
            String[] endpoint = cells[0].strip().split("\\s+");
            if (cells.length != 3 || endpoint.length != 2) {
                throw new IllegalArgumentException("a row is 'METHOD PATH | roles | other officer': " + line);
            }
            boolean open = cells[1].strip().equals("public");
            rows.add(new Row(endpoint[0], endpoint[1], open ? Set.of() : roles(cells[1], groups), open,
                             cells[2].strip()));
        }
        return new AccessMatrix(List.copyOf(rows));
    }

    private static Set<Role> roles(String cell, Map<String, Set<Role>> groups) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : cell.strip().split("\\s+")) {
            if (name.startsWith("@")) {
                Set<Role> group = groups.get(name);
                if (group == null) {
                    throw new IllegalArgumentException("unknown group " + name + " (define it above its first use)");
                }
                roles.addAll(group);
            } else {
                roles.add(Role.valueOf(name));
            }
        }
        return Set.copyOf(roles);
    }
}
