package vn.lienhiep.auth;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.lienhiep.contracts.security.Role;

/** Accounts and keys, for union administrators: create users, reset passwords, grant and revoke roles, rotate keys. */
@RestController
@RequestMapping("/admin")
public class AdminController {

    public record NewUser(@NotBlank @Pattern(regexp = "[a-z0-9._-]{3,64}") String username,
                          @NotBlank @Size(max = 200) String displayName,
                          @NotEmpty @Size(max = 20) List<@NotBlank String> roles,
                          @Size(max = 64) String organizationId,
                          @Size(max = 64) String requesterId,
                          @Size(min = 12, max = 200) String password) {
    }

    public record Scope(@Size(max = 64) String organizationId, @Size(max = 64) String requesterId) {
    }

    /** A membership id as it is written there; a blank one is an error, not "no link" (send null to clear). */
    static final String ID = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";

    /**
     * Who the user is in membership: the person (a council member, a judge) and the expert (a reviewer). Both are
     * replaced; null clears one.
     */
    public record Identity(@Pattern(regexp = ID) String personId, @Pattern(regexp = ID) String expertId) {
    }

    /** An account as the admin API shows it; never the password hash. */
    public record UserView(String id, String username, String displayName, boolean enabled, List<String> roles,
                           String organizationId, String requesterId, String personId, String expertId,
                           String password) {
        static UserView of(Users.Account account, String generatedPassword) {
            return new UserView(account.id(), account.username(), account.displayName(), account.enabled(),
                                account.roles().stream().map(Role::name).sorted().toList(), account.organizationId(),
                                account.requesterId(), account.personId(), account.expertId(), generatedPassword);
        }
    }

    private final Users users;
    private final SigningKeys keys;

    public AdminController(Users users, SigningKeys keys) {
        this.users = users;
        this.keys = keys;
    }

    @PostMapping("/users")
    public ResponseEntity<UserView> create(@Valid @RequestBody NewUser body) {
        Set<Role> roles = roles(body.roles());
        requireScope(roles, body.organizationId(), body.requesterId());
        if (users.find(body.username()).isPresent()) {
            throw new AdminProblems.Rejected(HttpStatus.CONFLICT, null, "Tên đăng nhập đã có.",
                                             "This username already exists.");
        }
        String password = body.password() != null ? body.password() : Users.generatePassword();
        Users.Account account = users.create(body.username(), body.displayName(), roles, blank(body.organizationId()),
                                             blank(body.requesterId()), password);
        return ResponseEntity.status(HttpStatus.CREATED)
                             .body(UserView.of(account, body.password() == null ? password : null));
    }

    @GetMapping("/users")
    public List<UserView> list() {
        return users.all().stream().map(a -> UserView.of(a, null)).toList();
    }

    @GetMapping("/users/{username}")
    public UserView get(@PathVariable String username) {
        return UserView.of(account(username), null);
    }

    @PostMapping("/users/{username}/password-reset")
    public Map<String, String> resetPassword(@PathVariable String username) {
        String password = Users.generatePassword();
        users.setPassword(account(username), password);
        return Map.of("username", username, "password", password);
    }

    @PutMapping("/users/{username}/roles/{role}")
    public UserView grant(@PathVariable String username, @PathVariable String role) {
        Users.Account account = account(username);
        Role granted = roles(List.of(role)).iterator().next();
        EnumSet<Role> after = account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
        after.add(granted);
        requireScope(after, account.organizationId(), account.requesterId());
        users.grant(account, granted);
        return UserView.of(account(username), null);
    }

    @DeleteMapping("/users/{username}/roles/{role}")
    public UserView revoke(@PathVariable String username, @PathVariable String role) {
        users.revoke(account(username), roles(List.of(role)).iterator().next());
        return UserView.of(account(username), null);
    }

    @PutMapping("/users/{username}/scope")
    public UserView scope(@PathVariable String username, @Valid @RequestBody Scope body) {
        Users.Account account = account(username);
        requireScope(account.roles(), body.organizationId(), body.requesterId());
        users.setScope(account, blank(body.organizationId()), blank(body.requesterId()));
        return UserView.of(account(username), null);
    }

    /**
     * Links the account to the person and/or the expert it is (membership's ids), so its tokens carry {@code person}
     * and {@code expert}. A person or an expert belongs to one account only: linking one that another account has is
     * refused (422), it is not moved silently.
     */
    @PutMapping("/users/{username}/identity")
    public UserView identity(@PathVariable String username, @Valid @RequestBody Identity body) {
        Users.Account account = account(username);
        refuseTaken(body.personId(), users::usernameOfPerson, account, "auth.user.person-already-linked",
                    "Người này đã gắn với tài khoản %s.", "This person is already linked to the account %s.");
        refuseTaken(body.expertId(), users::usernameOfExpert, account, "auth.user.expert-already-linked",
                    "Chuyên gia này đã gắn với tài khoản %s.", "This expert is already linked to the account %s.");
        try {
            users.setIdentity(account, body.personId(), body.expertId());
        } catch (DuplicateKeyException raced) {
            // Another admin linked the same person or expert between the check and the update: check again to name it.
            refuseTaken(body.personId(), users::usernameOfPerson, account, "auth.user.person-already-linked",
                        "Người này đã gắn với tài khoản %s.", "This person is already linked to the account %s.");
            refuseTaken(body.expertId(), users::usernameOfExpert, account, "auth.user.expert-already-linked",
                        "Chuyên gia này đã gắn với tài khoản %s.", "This expert is already linked to the account %s.");
            throw raced;
        }
        return UserView.of(account(username), null);
    }

    @PostMapping("/users/{username}/disable")
    public UserView disable(@PathVariable String username) {
        users.setEnabled(account(username), false);
        return UserView.of(account(username), null);
    }

    @PostMapping("/users/{username}/enable")
    public UserView enable(@PathVariable String username) {
        users.setEnabled(account(username), true);
        return UserView.of(account(username), null);
    }

    @PostMapping("/keys/rotation")
    public Map<String, String> rotate() {
        return Map.of("activeKid", keys.rotate());
    }

    @GetMapping("/keys")
    public List<SigningKeys.KeyInfo> keys() {
        return keys.list();
    }

    private Users.Account account(String username) {
        return users.find(username).orElseThrow(() -> new AdminProblems.Rejected(HttpStatus.NOT_FOUND, null,
                "Không có tài khoản " + username + ".", "No account " + username + "."));
    }

    private static void refuseTaken(String id, Function<String, Optional<String>> holderOf, Users.Account account,
                                    String rule, String vi, String en) {
        if (id == null) {
            return;
        }
        holderOf.apply(id).filter(holder -> !holder.equals(account.username())).ifPresent(holder -> {
            throw new AdminProblems.Rejected(HttpStatus.UNPROCESSABLE_CONTENT, rule, String.format(vi, holder),
                                             String.format(en, holder));
        });
    }

    private static Set<Role> roles(List<String> names) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            roles.add(Role.parse(name).orElseThrow(() -> new AdminProblems.Rejected(HttpStatus.BAD_REQUEST, null,
                    "Vai trò không tồn tại: " + name, "Unknown role: " + name, "roles")));
        }
        return roles;
    }

    private static void requireScope(Set<Role> roles, String organizationId, String requesterId) {
        if (roles.contains(Role.MEMBER_ORG_ADMIN) && blank(organizationId) == null) {
            throw new AdminProblems.Rejected(HttpStatus.UNPROCESSABLE_CONTENT, "auth.user.organization-required",
                    "Cán bộ đầu mối hội thành viên phải gắn với một hội.",
                    "A member-organisation officer must be scoped to one organisation.");
        }
        if (roles.contains(Role.REQUESTER) && blank(requesterId) == null) {
            throw new AdminProblems.Rejected(HttpStatus.UNPROCESSABLE_CONTENT, "auth.user.requester-required",
                    "Tài khoản cơ quan đề nghị phải gắn với một cơ quan.",
                    "A requester must be scoped to one requesting body.");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
