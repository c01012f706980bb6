package vn.lienhiep.platform.signing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The platform's one way of signing a record, checked as a verifier who holds only the record and the published key
 * set would check it: with nimbus and a canonical form written independently of {@link CanonicalJson} (Jackson with
 * sorted keys and no whitespace is JCS for records of strings, booleans, integers, objects and arrays).
 */
@SuppressWarnings("unchecked")
class SignedRecordsTest {

    private static final SigningPurpose PURPOSE = new SigningPurpose("test_record_signing_key",
                                                                     "lienhiep.test.record-signing-key",
                                                                     "lienhiep-test-record+jcs");
    private static final Instant START = Instant.parse("2026-03-01T01:00:00Z");

    private final ObjectMapper canonical = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private JdbcTemplate jdbc;

    @BeforeEach
    void database() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:signing-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(h2);
        // The columns every service's own migration gives its key table.
        jdbc.execute("CREATE TABLE test_record_signing_key (kid VARCHAR(100) NOT NULL, algorithm VARCHAR(16) NOT NULL, "
                     + "private_jwk VARCHAR(4000) NOT NULL, created_at TIMESTAMP WITH TIME ZONE NOT NULL, "
                     + "retired_at TIMESTAMP WITH TIME ZONE, PRIMARY KEY (kid))");
    }

    @Test
    void aSignedRecordVerifiesOfflineWithThePublishedKeysEvenReIndentedButNotOnceAMemberChanges() throws Exception {
        SignedRecords records = new SignedRecords(jdbc, at(START), PURPOSE, "");
        byte[] signed = records.signed(certificate("FIRST"));
        JWKSet keys = JWKSet.parse(records.publicKeys());
        assertThat(keys.getKeys()).hasSize(1).allMatch(k -> !k.isPrivate());

        Map<String, Object> body = canonical.readValue(signed, Map.class);
        assertThat(new String(signed, StandardCharsets.UTF_8)).as("sent in canonical form")
                .isEqualTo(canonical.writeValueAsString(body));
        String signature = (String) body.get("signature");
        assertThat(signature).matches("[A-Za-z0-9_-]+\\.\\.[A-Za-z0-9_-]+");
        JWSObject jws = JWSObject.parse(signature, new Payload(withoutSignature(body)));
        assertThat(jws.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(jws.getHeader().getType()).isEqualTo(new JOSEObjectType("lienhiep-test-record+jcs"));
        assertThat(verifies(body, keys)).isTrue();

        // Stored, mailed, re-indented and read back: the content is what is signed, not the bytes as sent.
        String reIndented = canonical.copy().disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                                     .writerWithDefaultPrettyPrinter().writeValueAsString(body);
        assertThat(reIndented).isNotEqualTo(new String(signed, StandardCharsets.UTF_8)).contains("\n  ");
        assertThat(verifies(canonical.readValue(reIndented, Map.class), keys)).isTrue();

        // One member changed (the level raised), or one nested member: the signature no longer holds.
        Map<String, Object> raised = canonical.readValue(signed, Map.class);
        raised.put("level", "SPECIAL");
        assertThat(verifies(raised, keys)).isFalse();
        Map<String, Object> redated = canonical.readValue(signed, Map.class);
        ((Map<String, Object>) redated.get("decision")).put("date", "2026-02-28");
        assertThat(verifies(redated, keys)).isFalse();
        // Another record's signature does not vouch for this one.
        Map<String, Object> swapped = canonical.readValue(signed, Map.class);
        swapped.put("signature", canonical.readValue(records.signed(certificate("SECOND")), Map.class).get("signature"));
        assertThat(verifies(swapped, keys)).isFalse();
    }

    @Test
    void theCanonicalFormIsRfc8785s() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("z", 1);
        value.put("é", "Giải Nhất");
        value.put("Z", List.of(true, false));
        value.put("\uD83D\uDE00", "emoji sorts by its UTF-16 surrogates, before U+FB01");
        value.put("\uFB01", "ligature");
        value.put("a", Map.of("text", "dòng 1\ndòng 2\t\"trích\" \\ \u0001", "none", List.of()));
        value.put("n", null);
        value.put("big", -(1L << 53));
        assertThat(new String(CanonicalJson.bytes(value), StandardCharsets.UTF_8)).isEqualTo(
                "{\"Z\":[true,false],\"a\":{\"none\":[],\"text\":\"dòng 1\\ndòng 2\\t\\\"trích\\\" \\\\ \\u0001\"},"
                + "\"big\":-9007199254740992,\"n\":null,\"z\":1,\"é\":\"Giải Nhất\","
                + "\"\uD83D\uDE00\":\"emoji sorts by its UTF-16 surrogates, before U+FB01\",\"\uFB01\":\"ligature\"}");
        assertThatThrownBy(() -> CanonicalJson.bytes(Map.of("mean", 83.5))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.bytes(Map.of("n", (1L << 53) + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theKeyOutlivesARestartAndEveryKeyEverUsedStaysPublished() throws Exception {
        SignedRecords first = new SignedRecords(jdbc, at(START), PURPOSE, "");
        Map<String, Object> old = canonical.readValue(first.signed(certificate("FIRST")), Map.class);
        SignedRecords restarted = new SignedRecords(jdbc, at(START.plus(Duration.ofHours(1))), PURPOSE, "");
        assertThat(kid(canonical.readValue(restarted.signed(certificate("FIRST")), Map.class))).isEqualTo(kid(old));
        assertThat(JWKSet.parse(restarted.publicKeys()).getKeys()).hasSize(1);

        // Retired: it signs no more, a new key is generated, and what the old one signed still verifies.
        jdbc.update("UPDATE test_record_signing_key SET retired_at = CURRENT_TIMESTAMP");
        SignedRecords rotated = new SignedRecords(jdbc, at(START.plus(Duration.ofDays(1))), PURPOSE, "");
        Map<String, Object> fresh = canonical.readValue(rotated.signed(certificate("FIRST")), Map.class);
        assertThat(kid(fresh)).isNotEqualTo(kid(old));
        JWKSet keys = JWKSet.parse(rotated.publicKeys());
        assertThat(keys.getKeys()).extracting(JWK::getKeyID).containsExactlyInAnyOrder(kid(old), kid(fresh));
        assertThat(verifies(old, keys)).isTrue();
        assertThat(verifies(fresh, keys)).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM test_record_signing_key", Integer.class)).isEqualTo(2);
    }

    @Test
    void aConfiguredKeySignsAndIsPublishedWhileAMismatchedOneStopsTheStart() throws Exception {
        ECKey configured = new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
        new SignedRecords(jdbc, at(START), PURPOSE, ""); // a key generated before the configuration was set
        SignedRecords records = new SignedRecords(jdbc, at(START), PURPOSE, configured.toJSONString());
        Map<String, Object> signed = canonical.readValue(records.signed(certificate("FIRST")), Map.class);
        assertThat(kid(signed)).isEqualTo(configured.getKeyID());
        JWKSet keys = JWKSet.parse(records.publicKeys());
        assertThat(keys.getKeys()).hasSize(2).allMatch(k -> !k.isPrivate());
        assertThat(verifies(signed, keys)).isTrue();

        String mismatched = pem("PRIVATE KEY", configured.toECPrivateKey().getEncoded())
                            + pem("PUBLIC KEY", new ECKeyGenerator(Curve.P_256).generate().toECPublicKey().getEncoded());
        assertThatThrownBy(() -> new SignedRecords(jdbc, at(START), PURPOSE, mismatched))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lienhiep.test.record-signing-key");
        assertThatThrownBy(() -> new SignedRecords(jdbc, at(START), PURPOSE, configured.toPublicJWK().toJSONString()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("private key");
    }

    // --- a verifier's side: the record and the key set, nothing else ----------------------------------------------

    private boolean verifies(Map<String, Object> record, JWKSet keys) throws Exception {
        JWSObject jws = JWSObject.parse((String) record.get("signature"), new Payload(withoutSignature(record)));
        if (!new JOSEObjectType(PURPOSE.type()).equals(jws.getHeader().getType())) {
            return false;
        }
        ECKey key = (ECKey) keys.getKeyByKeyId(jws.getHeader().getKeyID());
        return key != null && jws.verify(new ECDSAVerifier(key));
    }

    private byte[] withoutSignature(Map<String, Object> record) throws Exception {
        Map<String, Object> content = new LinkedHashMap<>(record);
        content.remove("signature");
        return canonical.writeValueAsBytes(content);
    }

    private static String kid(Map<String, Object> record) throws Exception {
        return JWSObject.parse((String) record.get("signature"), new Payload(new byte[0])).getHeader().getKeyID();
    }

    private static Map<String, Object> certificate(String level) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("format", "lienhiep.test.record.v1");
        record.put("author", "Cầm Thị Ngọc Ánh");
        record.put("title", "Quy trình ghép cải tạo vườn xoài già cỗi tại huyện Yên Châu");
        record.put("level", level);
        record.put("principal", false);
        record.put("awardYear", 2026);
        record.put("decision", new LinkedHashMap<>(Map.of("number", "12/QĐ-BTCHT", "date", "2026-03-01")));
        record.put("fields", List.of("AGRI", "ENV"));
        return record;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + java.util.Base64.getMimeEncoder().encodeToString(der)
               + "\n-----END " + type + "-----\n";
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
