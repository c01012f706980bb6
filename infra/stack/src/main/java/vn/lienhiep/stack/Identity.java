package vn.lienhiep.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The launcher's side of the embedded identity provider: the client secrets it shares with the provider and the
 * gateway (generated once, kept in the data directory, readable by the owner only), its own service token, the first
 * admin's one-time password, and the demo accounts.
 */
public final class Identity {

    public static final String GATEWAY_SECRET = "LIENHIEP_GATEWAY_CLIENT_SECRET";
    public static final String LAUNCHER_SECRET = "LIENHIEP_LAUNCHER_CLIENT_SECRET";
    public static final String LAUNCHER_CLIENT = "lienhiep-launcher";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Demo accounts: one per role (docs/domain/README.md#actors-and-roles). */
    public record DemoAccount(String username, String displayName, String role) {
    }

    /** A demo account just created, with the password the provider generated (shown once). */
    public record CreatedAccount(DemoAccount account, String password) {

        /** The line the launcher prints. */
        public String line() {
            return String.format("    %-20s %-26s %s", account.username(), password, account.role());
        }
    }

    public static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("demo.quantri", "Quản trị hệ thống (demo)", "UNION_ADMIN"),
            new DemoAccount("demo.thuongtruc", "Thường trực Liên hiệp Hội (demo)", "UNION_LEADERSHIP"),
            new DemoAccount("demo.canbo", "Cán bộ văn phòng (demo)", "UNION_STAFF"),
            new DemoAccount("demo.phanbien", "Ban Tư vấn phản biện (demo)", "REVIEW_COORDINATOR"),
            new DemoAccount("demo.bantochuc", "Ban Tổ chức hội thi (demo)", "CONTEST_COMMITTEE"),
            new DemoAccount("demo.thuky", "Ban Thư ký hội thi (demo)", "CONTEST_SECRETARIAT"),
            new DemoAccount("demo.truongbgk", "Trưởng ban giám khảo (demo)", "JURY_CHAIR"),
            new DemoAccount("demo.giamkhao", "Giám khảo (demo)", "JUDGE"),
            new DemoAccount("demo.chuyengia", "Chuyên gia (demo)", "EXPERT"),
            new DemoAccount("demo.hoithanhvien", "Đầu mối Hội Khoa học kinh tế (demo)", "MEMBER_ORG_ADMIN"),
            new DemoAccount("demo.coquan", "Văn phòng UBND tỉnh (demo)", "REQUESTER"),
            new DemoAccount("demo.tonvinh", "Thường trực tôn vinh (demo)", "HONOURS_SECRETARIAT"),
            new DemoAccount("demo.vanhanh", "Vận hành hệ thống (demo)", "OPERATOR"));

    /**
     * The demo requester's requesting body: the province's People's Committee, e.g. "ubnd-tinh-son-la" or
     * "ubnd-tinh-lao-cai" (the demo's review requests from UBND tỉnh carry the same id, so the demo requester sees them).
     */
    public static String demoRequester(String provinceName) {
        String folded = java.text.Normalizer.normalize(provinceName.replace('Đ', 'D').replace('đ', 'd'),
                                                       java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return "ubnd-tinh-" + folded.toLowerCase(java.util.Locale.ROOT).strip().replaceAll("[^a-z0-9]+", "-");
    }

    private final PlatformConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;
    private Instant tokenExpires = Instant.EPOCH;

    public Identity(PlatformConfig config) {
        this.config = config;
    }

    /** The secrets, created on first use; the same on every start so sessions and clients survive restarts. */
    public static Map<String, String> secrets(Path dataDir) {
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put(GATEWAY_SECRET, secret(dataDir, "gateway-client.secret"));
        secrets.put(LAUNCHER_SECRET, secret(dataDir, "launcher-client.secret"));
        return secrets;
    }

    private static synchronized String secret(Path dataDir, String name) {
        Path file = dataDir.resolve("secrets").resolve(name);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(file.getParent());
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Files.writeString(file, value);
            ownerOnly(file);
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the client secret " + file, e);
        }
    }

    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException notPosix) {
            // Windows: the data directory's own permissions apply.
        }
    }

    /** An {@code Authorization} header value for the launcher's own client (demo loading, status). */
    public synchronized String authorization() {
        if (token == null || Instant.now().isAfter(tokenExpires.minusSeconds(30))) {
            String basic = Base64.getEncoder().encodeToString((LAUNCHER_CLIENT + ":"
                    + secrets(config.dataDir()).get(LAUNCHER_SECRET)).getBytes(StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(URI.create(config.authUrl() + "/oauth2/token"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
            JsonNode answer = call(request, 200);
            token = answer.path("access_token").asText();
            tokenExpires = Instant.now().plusSeconds(answer.path("expires_in").asLong(300));
        }
        return "Bearer " + token;
    }

    /** Prints the first admin's password if the provider just created it, then forgets it (printed once). */
    public void printFirstAdmin(Consumer<String> out) {
        Path file = config.dataDir().resolve("auth").resolve("first-admin.once.json");
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            JsonNode admin = JSON.readTree(Files.readString(file));
            out.accept("[lienhiep] Tài khoản quản trị đầu tiên / first admin account (in một lần / shown once):");
            out.accept(String.format("    %-20s %s   — đổi mật khẩu ngay / change it now",
                                     admin.path("username").asText(), admin.path("password").asText()));
            Files.delete(file);
        } catch (IOException e) {
            out.accept("[lienhiep] cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * Creates the demo accounts that do not exist yet and returns them with their generated passwords; accounts
     * created on an earlier run are not shown again (their passwords were printed then).
     *
     * @param memberOrganizationId the organisation the demo officer acts for
     */
    public List<CreatedAccount> createDemoAccounts(String memberOrganizationId) {
        List<CreatedAccount> created = new ArrayList<>();
        for (DemoAccount account : DEMO_ACCOUNTS) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("username", account.username());
            body.put("displayName", account.displayName());
            body.put("roles", List.of(account.role()));
            if (account.role().equals("MEMBER_ORG_ADMIN")) {
                if (memberOrganizationId == null) {
                    continue;
                }
                body.put("organizationId", memberOrganizationId);
            }
            if (account.role().equals("REQUESTER")) {
                body.put("requesterId", demoRequester(config.provinceName()));
            }
            HttpRequest request;
            try {
                request = HttpRequest.newBuilder(URI.create(config.authUrl() + "/admin/users"))
                        .timeout(Duration.ofSeconds(10))
                        .header("Authorization", authorization())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            HttpResponse<String> response = send(request);
            if (response.statusCode() == 409) {
                continue;
            }
            if (response.statusCode() != 201) {
                throw new IllegalStateException("creating demo account " + account.username() + " answered "
                                                + response.statusCode() + " " + response.body());
            }
            try {
                created.add(new CreatedAccount(account, JSON.readTree(response.body()).path("password").asText()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return created;
    }

    /** The demo account that is a judge: a member of the 9th edition's agriculture sub-panel in the demo. */
    public static final String DEMO_JUDGE_ACCOUNT = "demo.giamkhao";
    /** The judge (person id) the demo's jury decision names for {@link #DEMO_JUDGE_ACCOUNT}. */
    public static final String DEMO_JUDGE_PERSON = "demo-judge-agri-1";

    /**
     * Links {@value #DEMO_JUDGE_ACCOUNT} to the judge the demo's contest appoints ({@value #DEMO_JUDGE_PERSON}): its
     * tokens then carry {@code person}, so it sees its sub-panel's entries and scores its own assignments. Idempotent.
     */
    public void linkDemoJudge() {
        link(DEMO_JUDGE_ACCOUNT, DEMO_JUDGE_PERSON, null);
    }

    /** The demo account that is an expert, linked to the demo's expert so it can act as that expert. */
    public static final String DEMO_EXPERT_ACCOUNT = "demo.chuyengia";
    /** Saved by the demo's step files: the person and the expert {@link #DEMO_EXPERT_ACCOUNT} is. */
    public static final String DEMO_EXPERT_PERSON_VARIABLE = "demoExpertPerson";
    public static final String DEMO_EXPERT_VARIABLE = "demoExpert";

    /**
     * Links {@value #DEMO_EXPERT_ACCOUNT} to the expert (and its person) the demo's step files name, by the ids
     * membership gave them when the demo created them; its tokens then carry {@code person} and {@code expert}, so it
     * accepts invitations and downloads its record as that expert. Idempotent: the same link again changes nothing.
     *
     * @param saved what the demo loader saved; without the expert (its step failed) nothing is linked
     * @return the expert id linked, or null when the demo has none
     */
    public String linkDemoExpert(Map<String, String> saved) {
        String expertId = saved.get(DEMO_EXPERT_VARIABLE);
        if (expertId == null) {
            return null;
        }
        link(DEMO_EXPERT_ACCOUNT, saved.get(DEMO_EXPERT_PERSON_VARIABLE), expertId);
        return expertId;
    }

    /** The provider's identity link of an account: the person (and expert) its tokens name. */
    private void link(String username, String personId, String expertId) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("personId", personId);
        body.put("expertId", expertId);
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(config.authUrl() + "/admin/users/" + username + "/identity"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", authorization())
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        call(request, 200);
    }

    private JsonNode call(HttpRequest request, int expected) {
        HttpResponse<String> response = send(request);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + " "
                                            + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("no answer from " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
