package vn.lienhiep.review.expertrecord;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.review.ApiTestBase;
import vn.lienhiep.review.common.domain.PoolExpert;
import vn.lienhiep.review.expertpool.infrastructure.JdbcExpertPool;
import vn.lienhiep.review.expertrecord.projection.ExpertRecordProjection;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An expert's signed record, after a real engagement driven through HTTP: what it states, that the signature verifies
 * offline with the published key (with nimbus and an independent canonicalization), that one changed byte breaks it,
 * and that delivering the same events again changes nothing.
 */
class ExpertRecordApiTest extends ApiTestBase {

    private static final String E = "/api/review/engagements";
    private static final String TITLE = "Dự thảo Quy hoạch phát triển đô thị tỉnh Lào Cai";
    private static final String SECRET_TITLE = "Đề án sắp xếp đơn vị hành chính cấp xã (mật)";

    @Autowired
    JdbcExpertPool pool;
    @Autowired
    ExpertRecordProjection projection;
    @Autowired
    EventStore eventStore;
    @Autowired
    MongoTemplate mongo;

    private final LocalDate today = LocalDate.now(Clocks.VIETNAM);
    /** Independent of the service's canonicalizer: Jackson 2 with sorted keys and no whitespace is JCS for these records. */
    private final ObjectMapper canonical = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private HttpJson coordinator() {
        return as("tvpb", Role.REVIEW_COORDINATOR);
    }

    private HttpJson leadership() {
        return as("thuong-truc", Role.UNION_LEADERSHIP);
    }

    @Test
    void theRecordStatesWhatHappenedAndItsSignatureVerifiesOfflineUntilOneByteChanges() throws Exception {
        List<String> roles = List.of("CHAIR", "SECRETARY", "CRITIC", "CRITIC", "MEMBER");
        List<String> panel = new ArrayList<>();
        for (String role : roles) {
            panel.add(expert("Chuyên gia " + role));
        }
        String decliner = expert("Chuyên gia bận việc");
        String chair = panel.get(0);

        String id = created(coordinator().post(E, registration(TITLE, false, today.minusDays(40))));
        ok(leadership().post(E + "/" + id + "/acceptance", Map.of("decision", decision("31/QĐ-LHH", today.minusDays(38)))));
        ok(coordinator().post(E + "/" + id + "/plan", Map.of("forms", List.of("COUNCIL"), "fundingSource", "REQUESTER_CONTRACT",
                "estimateVnd", 45_000_000, "planYear", today.getYear(), "contractRef", "HĐ 7/" + today.getYear())));
        for (int i = 0; i < panel.size(); i++) {
            ok(coordinator().post(E + "/" + id + "/panel/invitations", Map.of("expertId", panel.get(i), "role", roles.get(i))));
        }
        ok(coordinator().post(E + "/" + id + "/panel/invitations", Map.of("expertId", decliner, "role", "MEMBER")));
        ok(coordinator().post(E + "/" + id + "/panel/" + decliner + "/decline", Map.of("reason", "Đi công tác dài ngày")));
        for (String expert : panel) {
            ok(coordinator().post(E + "/" + id + "/panel/" + expert + "/acceptance", Map.of()));
            ok(coordinator().post(E + "/" + id + "/panel/" + expert + "/declaration",
                                  Map.of("interests", List.of(), "signedOn", today.minusDays(30).toString(),
                                         "nonDisclosureSigned", true)));
        }
        ok(coordinator().post(E + "/" + id + "/panel/confirmation", Map.of()));
        ok(coordinator().post(E + "/" + id + "/collection-closure", Map.of()));
        ok(coordinator().post(E + "/" + id + "/report/drafts", Map.of("summary", "Hội đồng góp ý hai nội dung.",
                "recommendations", List.of("Bổ sung quỹ đất cây xanh.", "Làm rõ lộ trình."), "dissentingOpinions", List.of())));
        ok(coordinator().post(E + "/" + id + "/report/submission", Map.of()));
        ok(leadership().post(E + "/" + id + "/report/sending", Map.of("decision", decision("27/LHH-TVPB", today.minusDays(5)),
                "signedBy", "Chủ tịch", "sentOn", today.minusDays(5).toString())));

        // A second, confidential engagement the chair is invited to: listed, title withheld.
        String secret = created(coordinator().post(E, registration(SECRET_TITLE, true, today.minusDays(3))));
        ok(leadership().post(E + "/" + secret + "/acceptance", Map.of("decision", decision("40/QĐ-LHH", today.minusDays(2)))));
        ok(coordinator().post(E + "/" + secret + "/plan", Map.of("forms", List.of("EXPERT_GROUP"), "fundingSource",
                "REQUESTER_CONTRACT", "estimateVnd", 10_000_000, "planYear", today.getYear(), "contractRef", "HĐ 9")));
        ok(coordinator().post(E + "/" + secret + "/panel/invitations", Map.of("expertId", chair, "role", "MEMBER")));

        JsonNode record = await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                .until(() -> recordOf(chair).json(), r -> r.path("engagements").size() == 2
                        && r.path("engagements").findValues("reportSentOn").size() == 1);
        assertThat(record.path("expertId").asText()).isEqualTo(chair);
        assertThat(record.path("issuer").asText()).isNotBlank();
        assertThat(record.path("issuedAt").asText()).endsWith("Z");
        JsonNode done = engagement(record, id);
        assertThat(done.path("title").asText()).isEqualTo(TITLE);
        assertThat(done.path("role").asText()).isEqualTo("CHAIR");
        assertThat(done.path("outcome").asText()).isEqualTo("CONFIRMED");
        assertThat(done.path("confirmed").asBoolean()).isTrue();
        assertThat(done.path("subjectType").asText()).isEqualTo("ENVIRONMENTAL_ASSESSMENT");
        assertThat(done.path("invitedOn").asText()).isEqualTo(today.toString());
        assertThat(done.path("acceptedOn").asText()).isEqualTo(today.toString());
        assertThat(done.path("reportSentOn").asText()).isEqualTo(today.minusDays(5).toString());
        JsonNode confidential = engagement(record, secret);
        assertThat(confidential.path("title").asText()).isEqualTo("Nhiệm vụ bảo mật / Confidential engagement");
        assertThat(confidential.path("outcome").asText()).isEqualTo("INVITED");
        assertThat(recordOf(chair).body()).doesNotContain("sắp xếp đơn vị hành chính");

        // The declined invitation stays in the decliner's record, with its outcome, and never gained the report date.
        JsonNode declined = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> recordOf(decliner).json(), r -> r.path("engagements").size() == 1);
        assertThat(engagement(declined, id).path("outcome").asText()).isEqualTo("DECLINED");
        assertThat(engagement(declined, id).has("reportSentOn")).isFalse();
        assertThat(engagement(declined, id).path("confirmed").asBoolean()).isFalse();

        // Verify offline: the public key set, an independent canonical form of the body without its signature, nimbus.
        HttpJson.Response keysResponse = as((String) null).get("/api/review/record-keys");
        assertThat(keysResponse.status()).as(keysResponse.toString()).isEqualTo(200);
        JWKSet keys = JWKSet.parse(keysResponse.body());
        assertThat(keys.getKeys()).allMatch(k -> !k.isPrivate());
        HttpJson.Response response = recordOf(chair);
        Map<String, Object> body = canonical.readValue(response.body(), Map.class);
        String signature = (String) body.remove("signature");
        byte[] payload = canonical.writeValueAsBytes(body);
        assertThat(signature).matches("[A-Za-z0-9_-]+\\.\\.[A-Za-z0-9_-]+");

        JWSObject detached = JWSObject.parse(signature, new Payload(payload));
        assertThat(detached.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(detached.getHeader().getType()).isEqualTo(new JOSEObjectType("lienhiep-expert-record+jcs"));
        ECKey key = (ECKey) keys.getKeyByKeyId(detached.getHeader().getKeyID());
        assertThat(key).as("kid published in /record-keys").isNotNull();
        assertThat(detached.verify(new ECDSAVerifier(key))).isTrue();

        // One changed byte of the payload (the chair claims another role) and it no longer verifies.
        byte[] tampered = new String(payload, StandardCharsets.UTF_8).replace("\"CHAIR\"", "\"CHAIS\"")
                                                                      .getBytes(StandardCharsets.UTF_8);
        assertThat(tampered).hasSameSizeAs(payload).isNotEqualTo(payload);
        assertThat(JWSObject.parse(signature, new Payload(tampered)).verify(new ECDSAVerifier(key))).isFalse();
        byte[] flipped = payload.clone();
        flipped[flipped.length / 2] ^= 0x01;
        assertThat(JWSObject.parse(signature, new Payload(flipped)).verify(new ECDSAVerifier(key))).isFalse();

        // Delivering the engagement's events a second time (at-least-once delivery, a replay) changes no row.
        Query rowsOfEngagement = Query.query(Criteria.where("engagementId").is(id));
        long rowsBefore = mongo.count(rowsOfEngagement, ExpertRecordProjection.COLLECTION);
        assertThat(rowsBefore).isEqualTo(6);
        JsonNode before = withoutIssuedAt(recordOf(chair).json());
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        for (String engagementId : List.of(id, secret)) {
            eventStore.readEvents(engagementId).asStream().forEach(event -> {
                try {
                    handlers.handle(event);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        assertThat(mongo.count(rowsOfEngagement, ExpertRecordProjection.COLLECTION)).isEqualTo(rowsBefore);
        assertThat(withoutIssuedAt(recordOf(chair).json())).isEqualTo(before);
        assertThat(engagement(recordOf(decliner).json(), id).path("outcome").asText()).isEqualTo("DECLINED");
    }

    @Test
    void onlyTheUnionsReviewPeopleIssueRecordsWhileTheKeysArePublic() {
        String expert = expert("Chuyên gia không tham gia");
        HttpJson.Response empty = coordinator().get("/api/review/experts/" + expert + "/record");
        assertThat(empty.status()).as(empty.toString()).isEqualTo(200);
        assertThat(empty.json().path("engagements")).isEmpty();
        assertThat(empty.json().path("signature").asText()).contains("..");
        // An expert account reads its own record only: another expert's answers 404 like an unknown id.
        assertThat(as("chuyen-gia", Role.EXPERT).get("/api/review/experts/" + expert + "/record").status()).isEqualTo(404);
        HttpJson.Response own = as(TestTokens.shared().user("chuyen-gia-tu-xem").roles(Role.EXPERT).expert(expert).bearer())
                .get("/api/review/experts/" + expert + "/record");
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.json().path("expertId").asText()).isEqualTo(expert);
        assertThat(as((String) null).get("/api/review/experts/" + expert + "/record").status()).isEqualTo(401);
        assertThat(coordinator().get("/api/review/experts/no-such-expert/record").status()).isEqualTo(404);
        HttpJson.Response keys = as((String) null).get("/api/review/record-keys");
        assertThat(keys.status()).isEqualTo(200);
        assertThat(keys.body()).contains("\"kty\":\"EC\"").contains("\"crv\":\"P-256\"").doesNotContain("\"d\"");
    }

    private HttpJson.Response recordOf(String expertId) {
        HttpJson.Response r = coordinator().get("/api/review/experts/" + expertId + "/record");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r;
    }

    private static JsonNode engagement(JsonNode record, String engagementId) {
        for (JsonNode e : record.path("engagements")) {
            if (e.path("engagementId").asText().equals(engagementId)) {
                return e;
            }
        }
        throw new AssertionError("engagement " + engagementId + " not in " + record);
    }

    private static JsonNode withoutIssuedAt(JsonNode record) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = record.deepCopy();
        copy.remove("issuedAt");
        copy.remove("signature");
        return copy;
    }

    private Map<String, Object> registration(String title, boolean confidential, LocalDate receivedAt) {
        Map<String, Object> requester = new HashMap<>();
        requester.put("name", "Ủy ban nhân dân tỉnh Lào Cai");
        requester.put("kind", "PEOPLES_COMMITTEE");
        requester.put("requesterId", "ubnd-" + UUID.randomUUID().toString().substring(0, 6));
        Map<String, Object> request = new HashMap<>();
        request.put("title", title);
        request.put("subjectType", "ENVIRONMENTAL_ASSESSMENT");
        request.put("issuingLevel", "PROVINCIAL");
        request.put("requester", requester);
        request.put("draftingBody", "Sở Xây dựng tỉnh Lào Cai");
        request.put("reviewTypes", List.of("CRITIQUE"));
        request.put("receivedAt", receivedAt.toString());
        request.put("dossier", List.of("Công văn đề nghị", "Dự thảo"));
        request.put("confidential", confidential);
        return Map.of("origin", "COMMISSIONED", "request", request);
    }

    private static Map<String, Object> decision(String number, LocalDate date) {
        return Map.of("number", number, "date", date.toString(), "issuedBy", "THUONG_TRUC", "signer", "Chủ tịch");
    }

    private String expert(String name) {
        String id = UUID.randomUUID().toString();
        pool.activate(new PoolExpert(id, UUID.randomUUID().toString(), name, List.of("207"),
                                     List.of("Trường Cao đẳng Lào Cai"), "LOCAL", "AVAILABLE"), 1);
        return id;
    }

    private static String created(HttpJson.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().path("id").asText();
    }

    private static void ok(HttpJson.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }
}
