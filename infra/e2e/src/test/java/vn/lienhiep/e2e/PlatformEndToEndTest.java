package vn.lienhiep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.stack.DemoLoader;
import vn.lienhiep.stack.Identity;
import vn.lienhiep.stack.Platform;
import vn.lienhiep.stack.PlatformConfig;
import vn.lienhiep.stack.Status;
import vn.lienhiep.testing.AccessMatrix;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.OidcLogin;

/**
 * The platform as {@code ./lienhiep up} runs it — Kafka, the Mongo-wire server, four service JVMs and the gateway,
 * each its own process — driven only through the gateway's public API and the public Kafka topic. One platform
 * start serves the scenarios in order; the last ones restart it on the same data directory.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformEndToEndTest {

    private static final String ORGS = "/api/membership/organizations";
    private static final String TOPIC = "lienhiep.membership.v1";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private PlatformConfig config;
    private Platform platform;
    private HttpJson api;
    private Identity identity;

    /** Filled by the scenarios, checked again after the restart. */
    private String workflowOrgId;
    private String crashPrefix;
    private final Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicInteger failedAttempts = new java.util.concurrent.atomic.AtomicInteger();
    private DemoLoader.Summary firstDemo;
    /** The demo accounts' one-time passwords (created in the login scenario), for the review scenario. */
    private final Map<String, String> demoPasswords = new ConcurrentHashMap<>();

    @BeforeAll
    void startPlatform() throws Exception {
        // C1 only: the children start in about half the time on 2 cores; what is tested does not depend on the JIT.
        config = PlatformConfig.ephemeral(Path.of(System.getProperty("lienhiep.home", "../..")),
                                          List.of("-XX:TieredStopAtLevel=1"),
                                          Map.of("LIENHIEP_PROVINCE_CODE", "14", "LIENHIEP_PROVINCE_NAME", "Sơn La"));
        // If surefire gives up on this JVM, the child JVMs must not outlive it holding ports.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (platform != null) {
                platform.stop();
            }
        }));
        platform = start();
        identity = new Identity(config);
        // The launcher's service account, from the embedded provider: the same token must still be accepted after
        // the whole platform restarts (signing keys are persisted).
        api = new HttpJson(platform.gatewayUrl()).withHeader("Authorization", identity.authorization());
    }

    @AfterAll
    void stopPlatform() {
        if (platform != null) {
            platform.stop();
        }
    }

    @Test
    @Order(1)
    void organisationGoesThroughTheWholeWorkflowAndIsPublishedAsACloudEvent() {
        String name = "Hội Thử nghiệm Điện lực Đồng bằng " + run;
        HttpJson.Response applied = api.post(ORGS, Map.of(
                "name", name, "kind", "SPECIALISED_ASSOCIATION", "field", "Điện lực", "appliedOn", "2024-03-01",
                "dossier", List.of("APPLICATION_LETTER", "ESTABLISHMENT_DECISION", "CHARTER", "LEADERSHIP_LIST", "MEMBER_COUNT")));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        workflowOrgId = applied.json().path("id").asText();

        assertThat(api.post(ORGS + "/" + workflowOrgId + "/verification", Map.of("note", "Hồ sơ đầy đủ", "on", "2024-03-05")).status())
                .isEqualTo(200);
        assertThat(api.post(ORGS + "/" + workflowOrgId + "/recommendation", Map.of(
                "decision", decision("07/NQ-BTV", "2024-03-10", "BTV"), "reason", "BTV đề nghị kết nạp")).status())
                .isEqualTo(200);
        HttpJson.Response admitted = api.post(ORGS + "/" + workflowOrgId + "/admission",
                                              Map.of("decision", decision("21/QĐ-LHH", "2024-03-20", "BCH")));
        assertThat(admitted.status()).as(admitted.toString()).isEqualTo(200);
        assertThat(admitted.json().path("status").asText()).isEqualTo("ACTIVE");

        // Searchable without diacritics, through the gateway.
        JsonNode found = eventually(() -> {
            JsonNode page = api.get(ORGS + "?q=" + encode("dien luc dong bang " + run)).json();
            return page.path("totalItems").asLong() == 1 && page.path("items").get(0).path("status").asText().equals("ACTIVE")
                   ? page : null;
        });
        assertThat(found.path("items").get(0).path("id").asText()).isEqualTo(workflowOrgId);
        assertThat(found.path("items").get(0).path("name").asText()).isEqualTo(name);

        // The history says who did it.
        JsonNode history = eventually(() -> {
            JsonNode page = api.get(ORGS + "/" + workflowOrgId + "/history").json();
            return page.path("items").size() >= 4 ? page : null;
        });
        for (JsonNode entry : history.path("items")) {
            assertThat(entry.path("actingUser").asText()).isEqualTo(Identity.LAUNCHER_CLIENT);
            assertThat(entry.path("actingRoles").asText()).contains("UNION_STAFF");
        }

        // Without a token: the public directory answers, a command does not, and nothing changes.
        HttpJson anonymous = new HttpJson(platform.gatewayUrl());
        assertThat(anonymous.get(ORGS + "/" + workflowOrgId).status()).isEqualTo(200);
        assertThat(anonymous.get(ORGS + "/" + workflowOrgId + "/history").status()).isEqualTo(401);
        assertThat(anonymous.post(ORGS + "/" + workflowOrgId + "/suspension", Map.of()).status()).isEqualTo(401);

        ConsumerRecord<String, CloudEvent> record = awaitCloudEvent(workflowOrgId, "vn.lienhiep.membership.organization-admitted.v1");
        CloudEvent event = record.value();
        assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .startsWith("application/cloudevents+json");
        assertThat(record.key()).isEqualTo(workflowOrgId);
        assertThat(event.getId()).isNotBlank();
        assertThat(event.getSource().toString()).isEqualTo("urn:lienhiep:14:membership");
        assertThat(event.getSubject()).isEqualTo(workflowOrgId);
        assertThat(event.getDataSchema().toString())
                .isEqualTo("https://schemas.lienhiep.vn/membership/organization-admitted.v1.json");
        assertThat(event.getExtension("aggregatesequence")).isNotNull();
        assertThat(Long.parseLong(event.getExtension("aggregatesequence").toString())).isGreaterThanOrEqualTo(3);
        String data = new String(event.getData().toBytes(), StandardCharsets.UTF_8);
        assertThat(data).contains(workflowOrgId).contains("21/QĐ-LHH");
    }

    /**
     * Two contexts, one flow, no synchronous call: an expert verified in membership reaches review's expert pool
     * through the public topic, and leaves it when deactivated. The time from the verification's 200 to the first 200
     * from review is printed; the median must stay under a second.
     */
    @Test
    @Order(1)
    void anExpertVerifiedInMembershipJoinsReviewsPoolAndLeavesItWhenDeactivated() {
        List<Long> millis = new ArrayList<>();
        String last = null;
        for (int i = 0; i < 5; i++) {
            HttpJson.Response person = api.post("/api/membership/persons", Map.of(
                    "fullName", "Vàng A Chuyên Gia " + run + " " + i, "dateOfBirth", "1975-05-19", "degree", "TIEN_SI",
                    "workSector", "CAN_BO_CONG_CHUC", "field", "KHCN"));
            assertThat(person.status()).as(person.toString()).isEqualTo(201);
            Map<String, Object> profile = new HashMap<>();
            profile.put("expertiseFields", List.of("202"));
            profile.put("scope", "LOCAL");
            profile.put("employers", List.of("Sở Xây dựng tỉnh Lào Cai"));
            profile.put("availability", "AVAILABLE");
            profile.put("consentToProcessPersonalData", true);
            profile.put("consentToPublishName", true);
            HttpJson.Response expert = api.post("/api/membership/experts",
                                                Map.of("personId", person.json().path("id").asText(), "profile", profile));
            assertThat(expert.status()).as(expert.toString()).isEqualTo(201);
            String expertId = expert.json().path("id").asText();
            assertThat(api.get("/api/review/experts/" + expertId).status()).as("not in the pool before verification")
                    .isEqualTo(404);

            HttpJson.Response verified = api.post("/api/membership/experts/" + expertId + "/verification",
                                                  Map.of("note", "Đủ hồ sơ"));
            long sent = System.nanoTime();
            assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
            JsonNode inPool = eventuallyFast(() -> {
                HttpJson.Response r = api.get("/api/review/experts/" + expertId);
                return r.status() == 200 ? r.json() : null;
            });
            millis.add((System.nanoTime() - sent) / 1_000_000);
            assertThat(inPool.path("employers").toString()).contains("Sở Xây dựng tỉnh Lào Cai");
            assertThat(inPool.path("displayName").asText()).as("the expert consented to publishing the name")
                    .startsWith("Vàng A Chuyên Gia");
            last = expertId;
        }
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.println("[e2e] membership verified → review pool (ms): " + millis + ", median " + sorted.get(2));
        assertThat(sorted.get(2)).as("median time from verification to review's pool, ms").isLessThan(1_000);

        String deactivated = last;
        assertThat(api.post("/api/membership/experts/" + deactivated + "/deactivation",
                            Map.of("reason", "Nghỉ hưu")).status()).isEqualTo(200);
        eventuallyFast(() -> api.get("/api/review/experts/" + deactivated).status() == 404 ? Boolean.TRUE : null);
        JsonNode pool = api.get("/api/review/experts?q=" + encode("vang a chuyen gia " + run) + "&size=50").json();
        assertThat(pool.path("totalItems").asLong()).as("search without diacritics, deactivated one gone").isEqualTo(4);
    }

    @Test
    @Order(2)
    void eventsCommandPrintsThePublicEventsFromTheBeginning() throws Exception {
        Path stack = config.home().resolve("infra/stack/target");
        Path output = Files.createTempFile("lienhiep-events-", ".out");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m", "-Dlienhiep.log.level=WARN",
                "-cp", stack.resolve("classes") + java.io.File.pathSeparator + stack.resolve("lib") + "/*",
                "vn.lienhiep.stack.Launcher", "events")
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put(PlatformConfig.KAFKA_PORT, String.valueOf(config.port(PlatformConfig.KAFKA_PORT)));
        Process events = builder.start();
        try {
            String line = eventually(() -> {
                try {
                    return Files.readAllLines(output, StandardCharsets.UTF_8).stream()
                                .filter(l -> l.contains("organization-admitted") && l.contains(workflowOrgId))
                                .findFirst().orElse(null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            assertThat(line).contains("content-type=application/cloudevents+json").contains("\"subject\":\"" + workflowOrgId + "\"");
        } finally {
            events.destroy();
        }
    }

    @Test
    @Order(3)
    void killDashNineOfTheServiceLosesAndDoublesNoAcknowledgedWrite() throws Exception {
        crashPrefix = "Tổ chức Chịu lỗi " + run;
        long pidBefore = platform.pid("membership-service");
        int restartsBefore = platform.restarts("membership-service");
        AtomicBoolean stop = new AtomicBoolean();
        List<Throwable> writerErrors = new ArrayList<>();
        Thread writer = new Thread(() -> {
            try {
                for (int n = 0; !stop.get(); n++) {
                    createWithRetries(n);
                }
            } catch (Throwable e) {
                writerErrors.add(e);
            }
        }, "e2e-writer");
        writer.start();

        awaitAcknowledged(15);
        Process kill = new ProcessBuilder("kill", "-9", String.valueOf(pidBefore)).inheritIO().start();
        assertThat(kill.waitFor()).isZero();
        int acknowledgedAtKill = acknowledged.size();

        eventually(() -> platform.restarts("membership-service") > restartsBefore
                         && platform.isHealthy("membership-service") ? true : null);
        assertThat(platform.pid("membership-service")).isNotEqualTo(pidBefore);
        awaitAcknowledged(acknowledgedAtKill + 15); // the writer got through again, after the restart
        stop.set(true);
        writer.join(Duration.ofSeconds(120).toMillis());
        assertThat(writerErrors).isEmpty();
        System.out.printf("kill -9 scenario: %d organisations acknowledged, %d attempts failed and were retried%n",
                          acknowledged.size(), failedAttempts.get());
        assertThat(failedAttempts.get()).as("the writer must have run into the outage").isPositive();

        assertExactlyTheAcknowledgedOrganisationsExist();
    }

    @Test
    @Order(4)
    void demoLoaderLoadsSonLaOnce() {
        firstDemo = new DemoLoader(platform.gatewayUrl(), "14", identity::authorization, System.out::println).run();
        System.out.println(firstDemo.describe());
        assertThat(firstDemo.failures()).isEmpty();
        assertThat(firstDemo.created()).isGreaterThanOrEqualTo(18 + 18 + 4);
        assertThat(firstDemo.replayed()).isZero();

        JsonNode khuyenHoc = eventually(() -> {
            JsonNode page = api.get(ORGS + "?q=" + encode("hoi khuyen hoc")).json();
            return page.path("totalItems").asLong() == 1 ? page : null;
        });
        assertThat(khuyenHoc.path("items").get(0).path("latestMemberCount").path("members").asInt()).isGreaterThan(100_000);

        // Sơn La 2015 as the seed reports it (docs/domain/reports.md#membership-seed-figures): 10 + 5 + 3 members, "trên 20 vạn", ~1.7 vạn intellectuals.
        JsonNode summary = eventually(() -> {
            JsonNode current = api.get("/api/membership/statistics?asOf=2015-12-31").json().path("organizations").path("summary");
            return current.path("memberOrganizations").asInt() == 18 ? current : null;
        });
        assertThat(summary.path("members").asInt()).isGreaterThan(200_000);
        assertThat(summary.path("intellectualMembers").asInt()).isBetween(16_500, 17_500);

        // Sơn La's contests as the seed reports them (docs/domain/reports.md#r-c1, #r-c2), from the imported history:
        // 7 editions, 157 solutions, "gần 400" author participations, 97 awarded, 4 national prizes; 143 of 517.
        JsonNode tech = eventually(() -> {
            JsonNode r = api.get("/api/contest/statistics?type=TECH_INNOVATION&asOf=2021-12-31").json();
            return r.path("entries").asInt() == 157 ? r : null;
        });
        assertThat(tech.path("editions").asInt()).isEqualTo(7);
        assertThat(tech.path("authorParticipations").asInt()).isBetween(390, 400);
        assertThat(tech.path("distinctAuthors").asInt()).isLessThan(tech.path("authorParticipations").asInt());
        assertThat(tech.path("awardedEntries").asInt()).isEqualTo(97);
        assertThat(tech.path("nationalAwards").asInt()).isEqualTo(4);
        JsonNode youth = eventually(() -> {
            JsonNode r = api.get("/api/contest/statistics?type=YOUTH_CREATIVITY&asOf=2021-12-31").json();
            return r.path("entries").asInt() == 517 ? r : null;
        });
        assertThat(youth.path("editions").asInt()).isEqualTo(4);
        assertThat(youth.path("awardedEntries").asInt()).isEqualTo(143);
        assertThat(youth.path("nationalAwards").asInt()).isEqualTo(12);
        // The 9th edition waits in its preliminary round with its three entries screened.
        JsonNode ninth = eventually(() -> {
            JsonNode page = api.get("/api/contest/editions?type=TECH_INNOVATION&status=PRELIMINARY_ROUND").json();
            return page.path("totalItems").asInt() == 1 ? page.path("items").get(0) : null;
        });
        assertThat(ninth.path("ordinal").asInt()).isEqualTo(9);
        assertThat(ninth.path("versions").get(0).path("decision").path("number").asText()).isEqualTo("01/QĐ-BTCHT");
    }

    /** {@code ./lienhiep status}: every process UP, every processor of every service caught up, consumer lag known. */
    @Test
    @Order(5)
    void statusShowsEveryProcessUpAndTheProcessorsCaughtUp() {
        Status.Snapshot snapshot = eventually(() -> {
            Status.Snapshot current = Status.collect(config, identity::authorization);
            boolean caughtUp = current.processes().stream()
                    .flatMap(row -> row.processorLag().values().stream()).allMatch(lag -> lag == 0);
            return current.allUp() && caughtUp ? current : null;
        });
        String table = Status.render(config, snapshot);
        System.out.print(table);

        Status.ProcessRow membership = snapshot.processes().stream()
                .filter(row -> row.name().equals("membership-service")).findFirst().orElseThrow();
        assertThat(membership.processorLag()).as("membership's processors are listed").hasSizeGreaterThan(1);
        assertThat(snapshot.processes()).extracting(Status.ProcessRow::name)
                .contains(Platform.KAFKA, Platform.MONGO, Platform.AUTH, Platform.GATEWAY, "review-service");
        assertThat(snapshot.consumerError()).isNull();
        assertThat(table).contains("/actuator/prometheus");
    }

    /**
     * The "done when" of the security issue, for real: each demo account logs in through the gateway in a scripted
     * browser (authorization code + PKCE at the embedded provider, session cookie, token relay) and every read-only
     * endpoint of the membership matrix answers what the matrix says for that role.
     */
    @Test
    @Order(6)
    void everyDemoAccountLogsInThroughTheGatewayAndSeesWhatTheMatrixSays() {
        String ownOrg = firstDemo.saved().get("orgKhoaHocKinhTe");
        String otherOrg = firstDemo.saved().get("orgKhuyenHoc");
        List<Identity.CreatedAccount> accounts = identity.createDemoAccounts(ownOrg);
        accounts.forEach(created -> demoPasswords.put(created.account().username(), created.password()));
        assertThat(accounts).hasSize(Identity.DEMO_ACCOUNTS.size());
        assertThat(identity.createDemoAccounts(ownOrg)).as("a second run creates nobody twice").isEmpty();
        // As ./lienhiep up --demo does: the expert account is the demo's expert, by the id membership gave it.
        String demoExpert = identity.linkDemoExpert(firstDemo.saved());
        assertThat(demoExpert).isEqualTo(firstDemo.saved().get("slExpThao"));
        assertThat(identity.linkDemoExpert(firstDemo.saved())).as("linking again is harmless").isEqualTo(demoExpert);

        AccessMatrix matrix = AccessMatrix.read(config.home().resolve(
                "membership-service/src/test/resources/security/authorization-matrix.txt"));
        List<AccessMatrix.Row> probes = matrix.rows().stream()
                .filter(row -> row.method().equals("GET") && !row.hasPathVariables()).toList();
        AccessMatrix.Row orgHistory = matrix.rows().stream()
                .filter(row -> row.endpoint().equals("GET /api/membership/organizations/{id}/history"))
                .findFirst().orElseThrow();
        assertThat(probes).hasSizeGreaterThan(10);

        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Identity.CreatedAccount created : accounts) {
            Role role = Role.valueOf(created.account().role());
            OidcLogin.Session browser = OidcLogin.browserLogin(
                    URI.create(platform.gatewayUrl() + "/oauth2/authorization/lienhiep"),
                    created.account().username(), created.password());
            JsonNode session = readJson(get(browser, "/session").body());
            assertThat(session.path("authenticated").asBoolean()).as(created.account().username()).isTrue();
            assertThat(session.path("roles").toString()).as(created.account().username()).contains(role.name());
            if (created.account().username().equals(Identity.DEMO_EXPERT_ACCOUNT)) {
                assertThat(session.path("expertId").asText()).isEqualTo(demoExpert);
                assertThat(session.path("personId").asText()).isEqualTo(firstDemo.saved().get("slPersonThao"));
            } else {
                assertThat(session.path("expertId").isNull()).as(created.account().username()).isTrue();
            }

            // As in the matrix: a listed role passes authorization (an answer that is not 401, 403 or 5xx; e.g. 404
            // where the demo has no data yet), every other role gets 403.
            for (AccessMatrix.Row row : probes) {
                boolean allowed = row.allows(role);
                int status = get(browser, row.path()).statusCode();
                calls++;
                boolean ok = allowed ? status != 401 && status != 403 && status < 500 : status == 403;
                if (!ok) {
                    wrong.add(String.format("%-12s %-55s expected %s got %d", role, row.path(),
                                            allowed ? "allowed" : "403", status));
                }
            }
            // Object scope: the officer sees its own organisation's history; another's does not exist for it.
            for (String org : List.of(ownOrg, otherOrg)) {
                String path = ORGS + "/" + org + "/history";
                int expected = !orgHistory.allows(role) ? 403
                        : role == Role.MEMBER_ORG_ADMIN && org.equals(otherOrg) ? Integer.parseInt(orgHistory.otherOfficer())
                        : 200;
                int status = get(browser, path).statusCode();
                calls++;
                if (status != expected) {
                    wrong.add(String.format("%-12s %-55s expected %d got %d", role, path, expected, status));
                }
            }
        }
        System.out.printf("logged in through the gateway as %d demo accounts, %d calls checked against the matrix%n",
                          accounts.size(), calls);
        assertThat(wrong).as("answers that differ from the matrix").isEmpty();
    }

    /**
     * The review issue's "done when": the Lào Cai sample engagements of docs/domain/review.md#demo-data load through the gateway
     * (closed ones with adoption, one at intake, one in progress), and the review department, the leadership and the
     * requesting body — each logged in with its own demo account — take the remaining sample (the trade-hub proposal)
     * from request to closed with adoption recorded; a conflicted expert is refused with the rule named.
     */
    @Test
    @Order(7)
    void theLaoCaiSampleEngagementsLoadAndTheDemoAccountsTakeOneFromRequestToClosed() throws Exception {
        DemoLoader.Summary laoCai = new DemoLoader(platform.gatewayUrl(), "10", identity::authorization,
                                                   System.out::println).run();
        System.out.println(laoCai.describe());
        assertThat(laoCai.failures()).isEmpty();
        Map<String, String> ids = laoCai.saved();
        String e = "/api/review/engagements/";
        JsonNode dmc = eventually(() -> closedOrNull(api.get(e + ids.get("engDmc")).json()));
        assertThat(dmc.path("adoption").asText()).isEqualTo("PARTIALLY_ADOPTED");
        assertThat(eventually(() -> closedOrNull(api.get(e + ids.get("engONhiemDat")).json())).path("adoption").asText())
                .isEqualTo("ADOPTED");
        assertThat(eventually(() -> closedOrNull(api.get(e + ids.get("engHienPhap")).json())).path("subjectType").asText())
                .isEqualTo("DRAFT_LAW");
        assertThat(api.get(e + ids.get("engGiamSatSiMaCai")).json().path("status").asText()).isEqualTo("INCOMPLETE");
        String published = new HttpJson(platform.gatewayUrl()).get("/api/review/outcomes?size=100").body();
        assertThat(published).contains(ids.get("engDmc")).contains(ids.get("engONhiemDat"))
                             .doesNotContain(ids.get("engHienPhap"));

        // The requesting body's own account, scoped like the Lào Cai demo's demo.coquan (this platform is Sơn La's).
        Map<String, Object> account = new HashMap<>();
        account.put("username", "demo.coquan.laocai." + run);
        account.put("displayName", "Văn phòng UBND tỉnh Lào Cai (demo)");
        account.put("roles", List.of("REQUESTER"));
        account.put("requesterId", "ubnd-tinh-lao-cai");
        HttpJson.Response created = new HttpJson(config.authUrl()).withHeader("Authorization", identity.authorization())
                                                                  .post("/admin/users", account);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        HttpJson coordinator = bearer("demo.phanbien", demoPasswords.get("demo.phanbien"));
        HttpJson leadership = bearer("demo.thuongtruc", demoPasswords.get("demo.thuongtruc"));
        HttpJson requester = bearer(created.json().path("username").asText(), created.json().path("password").asText());

        String id = ids.get("engKetNoiGiaoThuong");
        String path = e + id;
        assertThat(requester.get(path).json().path("status").asText()).as("the requester follows its own request")
                .isEqualTo("RECEIVED");
        ok(leadership.post(path + "/acceptance", Map.of("decision", decision("31/QĐ-LHH", "2023-09-05", "THUONG_TRUC"))));
        ok(coordinator.post(path + "/plan", Map.of("forms", List.of("WORKSHOP", "EXPERT_GROUP"), "fundingSource", "SPONSOR",
                                                   "estimateVnd", 50_000_000, "planYear", 2023)));
        String conflicted = verifiedExpert("Bàn Văn Xung Đột " + run, "Sở Công Thương tỉnh Lào Cai");
        HttpJson.Response refused = coordinator.post(path + "/panel/invitations", Map.of("expertId", conflicted, "role", "MEMBER"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().path("rule").asText()).isEqualTo("review.panel.conflict-employer");
        Map<String, String> seats = new java.util.LinkedHashMap<>();
        seats.put(ids.get("expLan"), "CHAIR");
        seats.put(ids.get("expHa"), "SECRETARY");
        seats.put(ids.get("expHung"), "MEMBER");
        seats.forEach((expert, role) -> ok(coordinator.post(path + "/panel/invitations", Map.of("expertId", expert, "role", role))));
        seats.keySet().forEach(expert -> ok(coordinator.post(path + "/panel/" + expert + "/acceptance", Map.of())));
        seats.keySet().forEach(expert -> ok(coordinator.post(path + "/panel/" + expert + "/declaration", Map.of(
                "interests", List.of(), "signedOn", "2023-09-20", "nonDisclosureSigned", true))));
        // The demo expert (demo.chuyengia, linked to Sơn La's Lò Thị Thảo) answers the invitation and signs the
        // declaration with their own account; someone else's seat does not exist for them.
        String demoExpert = firstDemo.saved().get("slExpThao");
        HttpJson expertSelf = bearer(Identity.DEMO_EXPERT_ACCOUNT, demoPasswords.get(Identity.DEMO_EXPERT_ACCOUNT));
        ok(coordinator.post(path + "/panel/invitations", Map.of("expertId", demoExpert, "role", "MEMBER")));
        assertThat(expertSelf.post(path + "/panel/" + ids.get("expHung") + "/acceptance", Map.of()).status())
                .as("another expert's invitation").isEqualTo(404);
        ok(expertSelf.post(path + "/panel/" + demoExpert + "/acceptance", Map.of()));
        ok(expertSelf.post(path + "/panel/" + demoExpert + "/declaration", Map.of(
                "interests", List.of(), "signedOn", "2023-09-20", "nonDisclosureSigned", true)));
        ok(coordinator.post(path + "/panel/confirmation", Map.of()));
        ok(coordinator.post(path + "/workshops", Map.of("heldOn", "2023-10-10", "attendees", 60,
                "summary", "Hội thảo khoa học góp ý dự thảo Đề án với 60 đại biểu.")));
        ok(coordinator.post(path + "/report/drafts", Map.of("summary", "Báo cáo phản biện dự thảo Đề án.",
                "recommendations", List.of("Làm rõ lộ trình đầu tư hạ tầng logistics.", "Bổ sung cơ chế hợp tác với Vân Nam."))));
        ok(coordinator.post(path + "/report/submission", Map.of()));
        ok(leadership.post(path + "/report/sending", Map.of("decision", decision("52/LHH-TVPB", "2023-11-01", "THUONG_TRUC"),
                                                            "signedBy", "Chủ tịch", "sentOn", "2023-11-01")));
        JsonNode sent = eventually(() -> {
            JsonNode seen = requester.get(path).json();
            return seen.path("status").asText().equals("REPORT_SENT") ? seen : null;
        });
        assertThat(sent.path("sentReport").path("recommendations")).hasSize(2);
        assertThat(sent.has("panel")).as("the requester does not see the panel's work").isFalse();
        ok(requester.post(path + "/response", Map.of("receivedOn", "2023-11-20", "answers", List.of(
                Map.of("recommendationId", "R1", "adoption", "ADOPTED"),
                Map.of("recommendationId", "R2", "adoption", "PARTIALLY_ADOPTED", "explanation", "Tiếp thu một phần.")))));
        ok(coordinator.post(path + "/closure", Map.of()));
        JsonNode closed = eventually(() -> closedOrNull(requester.get(path).json()));
        assertThat(closed.path("adoption").asText()).isEqualTo("PARTIALLY_ADOPTED");

        // The expert downloads their own signed record, which names this engagement; another's stays closed to them.
        JsonNode record = eventually(() -> {
            HttpJson.Response own = expertSelf.get("/api/review/experts/" + demoExpert + "/record");
            return own.status() == 200 && own.body().contains(id) && own.body().contains("reportSentOn")
                    ? own.json() : null;
        });
        assertThat(record.path("expertId").asText()).isEqualTo(demoExpert);
        assertThat(record.path("signature").asText()).contains("..");
        assertThat(expertSelf.get("/api/review/experts/" + ids.get("expHung") + "/record").status()).isEqualTo(404);

        JsonNode statistics = leadership.get("/api/review/statistics?year=2023").json();
        assertThat(statistics.path("closed").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(leadership.get("/api/review/statistics?year=2023&asOf=2023-09-01").json().path("closed").asLong())
                .as("on 01/09/2023 nothing of 2023 had closed yet").isZero();
    }

    /**
     * The contest issue's "done when", through the gateway with the demo accounts of the contest's bodies: an edition
     * of Sơn La's technical contest is issued, launched, extended, takes entries (refusals named by their rules), is
     * judged by two judges per entry with one divergence re-scored by the sub-panel, awarded, approved, published in
     * the gallery, forwarded nationally with a national result; the certificate is issued, signed; and the prize
     * reaches membership through Kafka, on the author's profile.
     */
    @Test
    @Order(8)
    void aContestEditionRunsThroughTheGatewayAndItsPrizeReachesMembership() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        HttpJson committee = bearer("demo.bantochuc", demoPasswords.get("demo.bantochuc"));
        HttpJson secretariat = bearer("demo.thuky", demoPasswords.get("demo.thuky"));
        HttpJson chair = bearer("demo.truongbgk", demoPasswords.get("demo.truongbgk"));
        Map<String, HttpJson> judges = new HashMap<>();
        for (String judge : List.of("e2e-j1", "e2e-j2", "e2e-j3")) {
            judges.put(judge, judgeAccount(judge));
        }
        // The principal author is a person membership knows.
        HttpJson.Response author = api.post("/api/membership/persons", Map.of("fullName", "Lò Văn Sáng Chế " + run,
                "dateOfBirth", "1978-04-02", "degree", "DAI_HOC", "workSector", "DOANH_NGHIEP", "field", "KHCN"));
        assertThat(author.status()).as(author.toString()).isEqualTo(201);
        String personId = author.json().path("id").asText();

        String ed = "/api/contest/editions";
        String en = "/api/contest/entries";
        Map<String, Object> terms = new HashMap<>();
        terms.put("submissionOpen", today.minusDays(40).toString());
        terms.put("submissionClose", today.minusDays(10).toString());
        terms.put("eligibility", Map.of("appliedSinceYear", 2017, "provinceOnly", true));
        terms.put("nationalCap", 1);
        HttpJson.Response drafted = secretariat.post(ed, Map.of("type", "TECH_INNOVATION", "ordinal", 10,
                "label", "Hội thi Sáng tạo kỹ thuật tỉnh Sơn La lần thứ 10", "awardYear", today.getYear(),
                "nationalEdition", 19, "terms", terms));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        String edition = drafted.json().path("id").asText();
        ok(committee.post(ed + "/" + edition + "/rules", Map.of("decision", committeeDecision("01/QĐ-BTCHT", today.minusDays(41)))));
        ok(committee.post(ed + "/" + edition + "/launch", Map.of("launchedOn", today.minusDays(40).toString())));
        ok(committee.post(ed + "/" + edition + "/extension", Map.of("decision",
                committeeDecision("05/QĐ-BTCHT", today.minusDays(12)), "newClose", today.minusDays(1).toString())));

        String mango = entry(secretariat, edition, "Quy trình ghép cải tạo vườn xoài già cỗi tại huyện Yên Châu", personId,
                             2021, true, true, today);
        String coffee = entry(secretariat, edition, "Máy sấy cà phê dùng năng lượng mặt trời", null, 2022, true, true,
                              today);
        assertThat(rule(secretariat.post(en, submission(edition, "Giải pháp áp dụng từ 2015", null, 2015, true, true,
                today)))).isEqualTo("contest.eligibility.applied-since");
        assertThat(rule(secretariat.post(en, submission(edition, "Giải pháp chưa có minh chứng", null, 2021, false,
                true, today)))).isEqualTo("contest.eligibility.evidence-missing");
        assertThat(rule(secretariat.post(en, submission(edition, "Giải pháp của tác giả ngoài tỉnh", null, 2021, true,
                false, today)))).isEqualTo("contest.eligibility.outside-province");

        ok(committee.post(ed + "/" + edition + "/jury", Map.of("decision", committeeDecision("07/QĐ-BTCHT",
                today.minusDays(2)), "subPanels", List.of(Map.of("field", "AGRI_FOREST_FISHERY_RESOURCES_ENV",
                "judges", List.of(judge("e2e-j1", "Sở Nông nghiệp và Môi trường"), judge("e2e-j2", "Trường Đại học Tây Bắc"),
                                  judge("e2e-j3", "Viện Khoa học Nông Lâm nghiệp miền núi phía Bắc")))))));
        for (String entry : List.of(mango, coffee)) {
            ok(secretariat.post(en + "/" + entry + "/eligibility", null));
        }
        ok(secretariat.post(ed + "/" + edition + "/submissions-closure", null));
        ok(secretariat.post(ed + "/" + edition + "/screening-completion", null));
        for (String j : List.of("e2e-j1", "e2e-j2")) {
            ok(chair.post(en + "/" + mango + "/judges", Map.of("judgeId", j)));
        }
        for (String j : List.of("e2e-j1", "e2e-j3")) {
            ok(chair.post(en + "/" + coffee + "/judges", Map.of("judgeId", j)));
        }
        eventually(() -> api.get(en + "/" + coffee).json().path("assignments").size() == 2 ? true : null);
        ok(judges.get("e2e-j1").post(en + "/" + mango + "/scores", points(25, 25, 35)));
        ok(judges.get("e2e-j2").post(en + "/" + mango + "/scores", points(24, 25, 33)));
        ok(judges.get("e2e-j1").post(en + "/" + coffee + "/scores", points(20, 20, 30)));
        HttpJson.Response divergent = judges.get("e2e-j3").post(en + "/" + coffee + "/scores", points(10, 10, 20));
        assertThat(divergent.json().path("status").asText()).as(divergent.toString()).isEqualTo("RESCORING");
        for (String j : List.of("e2e-j1", "e2e-j2", "e2e-j3")) {
            ok(judges.get(j).post(en + "/" + coffee + "/rescores", points(18, 19, 28)));
        }
        JsonNode standings = api.get(ed + "/" + edition + "/standings").json();
        assertThat(standings.path("rows")).hasSize(2);
        assertThat(standings.path("rows").get(0).path("normalisedMean").isNumber()).isTrue();

        ok(chair.post(ed + "/" + edition + "/shortlist", Map.of("finalists", List.of(mango, coffee))));
        ok(chair.post(ed + "/" + edition + "/results/proposal", Map.of("minutes", "Biên bản họp Ban Giám khảo số 01")));
        ok(committee.post(ed + "/" + edition + "/results/approval",
                          Map.of("decision", committeeDecision("12/QĐ-BTCHT", today))));
        ok(secretariat.post(ed + "/" + edition + "/ceremony", Map.of("heldOn", today.toString())));
        JsonNode gallery = eventually(() -> {
            JsonNode g = new HttpJson(platform.gatewayUrl()).get("/api/contest/gallery/" + edition).json();
            return g.path("solutions").size() == 2 ? g : null;
        });
        assertThat(gallery.toString()).contains("Quy trình ghép cải tạo vườn xoài già cỗi").doesNotContain(personId);

        assertThat(rule(secretariat.post(ed + "/" + edition + "/nominations", Map.of("target", "NATIONAL_CONTEST",
                "entryIds", List.of(mango, coffee), "sentOn", today.toString())))).isEqualTo("contest.edition.national-cap");
        ok(secretariat.post(ed + "/" + edition + "/nominations", Map.of("target", "NATIONAL_CONTEST",
                "entryIds", List.of(mango), "sentOn", today.toString())));
        ok(secretariat.post(ed + "/" + edition + "/national-results", Map.of("entryId", mango, "level", "THIRD",
                "medal", "BRONZE", "year", today.getYear())));

        // The principal author's certificate, and its public record signed for anyone holding the QR code.
        HttpJson.Response pdf = secretariat.get(ed + "/" + edition + "/certificates/" + mango + "/0");
        assertThat(pdf.status()).as("certificate").isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        JsonNode record = new HttpJson(platform.gatewayUrl())
                .get("/api/contest/certificates/" + edition + "." + mango + ".0").json();
        assertThat(record.path("level").asText()).isEqualTo("FIRST");
        assertThat(record.path("signature").asText()).matches("[A-Za-z0-9_-]+\\.\\.[A-Za-z0-9_-]+");

        // PrizeAwarded reached membership: the prize on the author's profile, then the national result.
        JsonNode achievement = eventually(() -> {
            JsonNode list = api.get("/api/membership/persons/" + personId + "/contest-achievements").json();
            return list.size() == 1 && "BRONZE".equals(list.get(0).path("nationalMedal").asText()) ? list.get(0) : null;
        });
        assertThat(achievement.path("level").asText()).isEqualTo("FIRST");
        assertThat(achievement.path("principal").asBoolean()).isTrue();
        assertThat(achievement.path("editionId").asText()).isEqualTo(edition);
    }

    private HttpJson judgeAccount(String personId) {
        String username = "giamkhao." + personId + "." + run;
        HttpJson admin = new HttpJson(config.authUrl()).withHeader("Authorization", identity.authorization());
        HttpJson.Response created = admin.post("/admin/users", Map.of("username", username,
                "displayName", "Giám khảo " + personId, "roles", List.of("JUDGE")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Map<String, Object> link = new HashMap<>();
        link.put("personId", personId);
        link.put("expertId", null);
        assertThat(admin.send("PUT", "/admin/users/" + username + "/identity", link, Map.of()).status()).isEqualTo(200);
        return bearer(username, created.json().path("password").asText());
    }

    private static Map<String, Object> committeeDecision(String number, java.time.LocalDate date) {
        return Map.of("number", number, "date", date.toString(), "signer", "Trưởng Ban Tổ chức");
    }

    private static Map<String, Object> judge(String id, String workplace) {
        return Map.of("judgeId", id, "name", "Giám khảo " + id, "workplace", workplace);
    }

    private static Map<String, Object> points(int novelty, int applicability, int effectiveness) {
        return Map.of("points", Map.of("NOVELTY", novelty, "APPLICABILITY", applicability,
                                       "EFFECTIVENESS", effectiveness));
    }

    private static Map<String, Object> submission(String edition, String title, String personId, int appliedSince,
                                                  boolean evidence, boolean inProvince, java.time.LocalDate today) {
        Map<String, Object> author = new HashMap<>();
        author.put("personId", personId);
        author.put("name", personId == null ? "Quàng Văn C" : "Lò Văn Sáng Chế");
        author.put("principal", true);
        author.put("sharePercent", 100);
        author.put("workplace", "Hợp tác xã Yên Châu");
        author.put("tradeUnionMember", true);
        author.put("consentToPublish", true);
        Map<String, Object> dossier = new HashMap<>();
        dossier.put("field", "AGRI_FOREST_FISHERY_RESOURCES_ENV");
        dossier.put("title", title);
        dossier.put("entrantType", "INDIVIDUAL");
        dossier.put("authors", List.of(author));
        dossier.put("createdYear", appliedSince - 1);
        dossier.put("appliedSinceYear", appliedSince);
        dossier.put("evidence", evidence ? List.of(Map.of("type", "CONFIRMATION_BY_APPLYING_UNIT",
                                                          "issuer", "UBND xã Chiềng Hặc")) : List.of());
        dossier.put("inProvince", inProvince);
        return Map.of("editionId", edition, "submittedOn", today.minusDays(15).toString(), "dossier", dossier);
    }

    private static String entry(HttpJson secretariat, String edition, String title, String personId, int appliedSince,
                                boolean evidence, boolean inProvince, java.time.LocalDate today) {
        HttpJson.Response r = secretariat.post("/api/contest/entries",
                                               submission(edition, title, personId, appliedSince, evidence, inProvince,
                                                          today));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().path("id").asText();
    }

    private static String rule(HttpJson.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        return response.json().path("rule").asText();
    }

    @Test
    @Order(9)
    void aRestartedPlatformHasEverythingOnceAndTheDemoCreatesNothingTwice() throws Exception {
        platform.stop();
        platform = start();

        assertExactlyTheAcknowledgedOrganisationsExist();
        JsonNode workflowOrg = api.get(ORGS + "/" + workflowOrgId).json();
        assertThat(workflowOrg.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(api.get(ORGS + "/" + workflowOrgId + "/history").json().path("items").size()).isGreaterThanOrEqualTo(4);

        DemoLoader.Summary second = new DemoLoader(platform.gatewayUrl(), "14", identity::authorization, System.out::println).run();
        System.out.println(second.describe());
        assertThat(second.failures()).isEmpty();
        assertThat(second.created()).isZero();
        assertThat(second.replayed()).isEqualTo(firstDemo.created());
        assertThat(second.saved()).isEqualTo(firstDemo.saved()); // replays answer with the same ids
        assertThat(api.get(ORGS + "?q=" + encode("hoi khuyen hoc")).json().path("totalItems").asLong()).isEqualTo(1);
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** A GET in the logged-in browser: its session cookie, no token of its own. */
    private HttpResponse<String> get(OidcLogin.Session browser, String path) {
        try {
            return browser.client().send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path))
                                                 .timeout(Duration.ofSeconds(10))
                                                 .header("Accept", "application/json").GET().build(),
                                         HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode readJson(String body) {
        try {
            return HttpJson.json().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Platform start() throws Exception {
        long began = System.nanoTime();
        Platform started = Platform.start(config, false, line -> System.out.println("  " + line));
        started.awaitReady(START_TIMEOUT);
        System.out.printf("platform READY at %s in %.1f s%n", started.gatewayUrl(), (System.nanoTime() - began) / 1e9);
        return started;
    }

    /** POSTs organisation n until acknowledged, always with the same Idempotency-Key, as a careful client would. */
    private void createWithRetries(int n) throws InterruptedException {
        Map<String, Object> body = Map.of(
                "name", crashPrefix + " số " + n, "kind", "SPECIALISED_ASSOCIATION", "field", "Thử nghiệm",
                "admission", decision("CL-" + n + "/QĐ-LHH", "2020-01-15", "BCH"));
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpJson.Response response = api.post(ORGS + "/existing-members", body,
                                                      Map.of("Idempotency-Key", "e2e-" + run + "-" + n));
                if (response.status() == 201) {
                    acknowledged.add(n);
                    return;
                }
                if (response.status() < 500) {
                    throw new AssertionError("organisation " + n + " refused: " + response);
                }
                failedAttempts.incrementAndGet();
            } catch (UncheckedIOException e) {
                failedAttempts.incrementAndGet(); // connection refused or reset while the service restarts
            }
            Thread.sleep(200);
        }
        throw new AssertionError("organisation " + n + " never acknowledged");
    }

    private void awaitAcknowledged(int count) {
        eventually(() -> acknowledged.size() >= count ? true : null);
    }

    private void assertExactlyTheAcknowledgedOrganisationsExist() {
        assertThat(acknowledged.size()).as("one page of search results holds them all").isLessThanOrEqualTo(100);
        String query = "?size=100&q=" + encode("to chuc chiu loi " + run);
        JsonNode page = eventually(() -> {
            JsonNode current = api.get(ORGS + query).json();
            return current.path("totalItems").asLong() >= acknowledged.size() ? current : null;
        });
        List<String> names = new ArrayList<>();
        page.path("items").forEach(item -> names.add(item.path("name").asText()));
        assertThat(page.path("totalItems").asLong()).isEqualTo(acknowledged.size());
        assertThat(names).doesNotHaveDuplicates();
        for (int n : acknowledged) {
            assertThat(names).contains(crashPrefix + " số " + n);
        }
    }

    private ConsumerRecord<String, CloudEvent> awaitCloudEvent(String subject, String type) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + config.port(PlatformConfig.KAFKA_PORT));
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, CloudEventDeserializer.class.getName());
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions = eventually(() -> {
                var infos = consumer.partitionsFor(TOPIC, Duration.ofSeconds(2));
                return infos == null || infos.isEmpty() ? null
                        : infos.stream().map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            });
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, CloudEvent> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() != null && subject.equals(record.value().getSubject())
                        && type.equals(record.value().getType())) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no " + type + " for " + subject + " on " + TOPIC);
    }

    private static Map<String, Object> decision(String number, String date, String body) {
        Map<String, Object> decision = new HashMap<>();
        decision.put("number", number);
        decision.put("date", date);
        decision.put("issuedBy", body);
        decision.put("signer", "Chủ tịch");
        return decision;
    }

    private HttpJson bearer(String username, String password) {
        assertThat(password).as("password of " + username).isNotNull();
        OidcLogin.Tokens tokens = OidcLogin.cliLogin(URI.create(config.authUrl()), username, password);
        return new HttpJson(platform.gatewayUrl()).withHeader("Authorization", "Bearer " + tokens.accessToken());
    }

    private static void ok(HttpJson.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private static JsonNode closedOrNull(JsonNode engagement) {
        return engagement.path("status").asText().equals("CLOSED") ? engagement : null;
    }

    /** An expert created and verified in membership, once review's pool has it. */
    private String verifiedExpert(String name, String employer) {
        HttpJson.Response person = api.post("/api/membership/persons", Map.of(
                "fullName", name, "dateOfBirth", "1970-01-02", "degree", "TIEN_SI", "workSector", "CAN_BO_CONG_CHUC",
                "field", "KHCN"));
        assertThat(person.status()).as(person.toString()).isEqualTo(201);
        Map<String, Object> profile = new HashMap<>();
        profile.put("expertiseFields", List.of("502"));
        profile.put("scope", "LOCAL");
        profile.put("employers", List.of(employer));
        profile.put("availability", "AVAILABLE");
        profile.put("consentToProcessPersonalData", true);
        HttpJson.Response expert = api.post("/api/membership/experts",
                                            Map.of("personId", person.json().path("id").asText(), "profile", profile));
        assertThat(expert.status()).as(expert.toString()).isEqualTo(201);
        String expertId = expert.json().path("id").asText();
        assertThat(api.post("/api/membership/experts/" + expertId + "/verification", Map.of("note", "Đủ hồ sơ")).status())
                .isEqualTo(200);
        eventually(() -> api.get("/api/review/experts/" + expertId).status() == 200 ? Boolean.TRUE : null);
        return expertId;
    }

    /** Polls every 10 ms for up to 30 s: for latencies measured in milliseconds. */
    private static <T> T eventuallyFast(Supplier<T> probe) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("condition not met within 30 s");
    }

    /** Polls every 200 ms for up to 60 s until the supplier answers non-null. */
    private static <T> T eventually(Supplier<T> probe) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                T value = probe.get();
                if (value != null) {
                    return value;
                }
            } catch (RuntimeException e) {
                last = e;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("condition not met within 60 s", last);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
