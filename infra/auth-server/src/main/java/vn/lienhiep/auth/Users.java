package vn.lienhiep.auth;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.lienhiep.contracts.security.Role;

/**
 * The user store: accounts, bcrypt hashes, roles, the organisation or requesting body a scoped role acts for, and the
 * person and expert (membership's ids) the user is.
 */
@Component
public class Users implements UserDetailsService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public record Account(String id, String username, String displayName, boolean enabled, Set<Role> roles,
                          String organizationId, String requesterId, Instant createdAt, String personId,
                          String expertId) {
    }

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;

    public Users(JdbcTemplate jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    public static String generatePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    public boolean isEmpty() {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM users", Integer.class);
        return count == null || count == 0;
    }

    @Transactional
    public Account create(String username, String displayName, Set<Role> roles, String organizationId,
                          String requesterId, String password) {
        String id = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO users (id, username, display_name, password_hash, enabled, organization_id, "
                    + "requester_id, created_at, password_changed_at) VALUES (?, ?, ?, ?, TRUE, ?, ?, ?, ?)",
                    id, username, displayName, passwords.encode(password), organizationId, requesterId, now, now);
        roles.forEach(role -> jdbc.update("INSERT INTO user_roles (user_id, role) VALUES (?, ?)", id, role.name()));
        return find(username).orElseThrow();
    }

    public Optional<Account> find(String username) {
        List<Account> found = jdbc.query("SELECT * FROM users WHERE username = ?", (rs, n) -> new Account(
                rs.getString("id"), rs.getString("username"), rs.getString("display_name"), rs.getBoolean("enabled"),
                roles(rs.getString("id")), rs.getString("organization_id"), rs.getString("requester_id"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("person_id"), rs.getString("expert_id")),
                username);
        return found.stream().findFirst();
    }

    public List<Account> all() {
        List<Account> accounts = new ArrayList<>();
        for (String username : jdbc.queryForList("SELECT username FROM users ORDER BY username", String.class)) {
            find(username).ifPresent(accounts::add);
        }
        return accounts;
    }

    private Set<Role> roles(String userId) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.queryForList("SELECT role FROM user_roles WHERE user_id = ?", String.class, userId)
            .forEach(name -> Role.parse(name).ifPresent(roles::add));
        return roles;
    }

    public void setPassword(Account account, String password) {
        jdbc.update("UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?",
                    passwords.encode(password), Timestamp.from(Instant.now()), account.id());
    }

    @Transactional
    public void grant(Account account, Role role) {
        if (!account.roles().contains(role)) {
            jdbc.update("INSERT INTO user_roles (user_id, role) VALUES (?, ?)", account.id(), role.name());
        }
    }

    public void revoke(Account account, Role role) {
        jdbc.update("DELETE FROM user_roles WHERE user_id = ? AND role = ?", account.id(), role.name());
    }

    public void setScope(Account account, String organizationId, String requesterId) {
        jdbc.update("UPDATE users SET organization_id = ?, requester_id = ? WHERE id = ?", organizationId,
                    requesterId, account.id());
    }

    /** The account already linked to this person, if any. */
    public Optional<String> usernameOfPerson(String personId) {
        return jdbc.queryForList("SELECT username FROM users WHERE person_id = ?", String.class, personId).stream()
                   .findFirst();
    }

    /** The account already linked to this expert, if any. */
    public Optional<String> usernameOfExpert(String expertId) {
        return jdbc.queryForList("SELECT username FROM users WHERE expert_id = ?", String.class, expertId).stream()
                   .findFirst();
    }

    /** Replaces both links; null clears one. The unique indexes refuse a person or expert linked twice. */
    public void setIdentity(Account account, String personId, String expertId) {
        jdbc.update("UPDATE users SET person_id = ?, expert_id = ? WHERE id = ?", personId, expertId, account.id());
    }

    public void setEnabled(Account account, boolean enabled) {
        jdbc.update("UPDATE users SET enabled = ? WHERE id = ?", enabled, account.id());
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String hash = jdbc.query("SELECT password_hash FROM users WHERE username = ?",
                                 rs -> rs.next() ? rs.getString(1) : null, username);
        Account account = find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(account.username()).password(hash).disabled(!account.enabled())
                   .authorities(account.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                   .build();
    }
}
