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
     * @param otherOfficer what a caller scoped to ANOTHER object gets (an officer of another organisation in
     *                     membership, a requester of another body in review): {@code ok}, {@code 403} or {@code 404}
     */
    public record Row(String method, String path, Set<Role> allowed, boolean open, String otherOfficer) {

        /** The expected answer for a caller without a token: "ok" on a public row, else 401. */
        public String expectedAnonymously() {
            return open ? OK : "401";
        }

        /** The expected answer for a caller with this role (scoped to the fixture's own object): "ok" or 403. */
        public String expectedFor(Role role) {
            return allows(role) ? OK : "403";
        }

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

    /** Authorization let the call through; what the endpoint then answers is its own business. */
    public static final String OK = "ok";

    /**
     * Whether an answer matches what the table expects. "ok" means authorization let the call through: any answer but
     * 401, 403 or a 5xx (the endpoint answers whatever it says to the body sent: 400, 422, 200…); with {@code strict}
     * (the path names the fixture's own object) not 404 either. Otherwise the status itself.
     */
    public static boolean answers(String expected, int status, boolean strict) {
        if (expected.equals(OK)) {
            return status != 401 && status != 403 && !(strict && status == 404) && status < 500;
        }
        return status == Integer.parseInt(expected);
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
