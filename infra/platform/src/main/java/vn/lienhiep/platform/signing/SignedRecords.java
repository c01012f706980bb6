package vn.lienhiep.platform.signing;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The platform's one way of signing a record so that anyone holding it can check it offline (ADR 0011): the record as
 * one JSON object in its RFC 8785 canonical form ({@link CanonicalJson}) with one more member, {@code signature}, a JWS
 * (RFC 7515) compact serialization with a DETACHED payload ({@code header..signature}, RFC 7515 App. F): ES256,
 * {@code kid} naming the key in {@link #publicKeys()}, {@code typ} the purpose's. The payload is the canonical form of
 * the record without its {@code signature}.
 *
 * <p>To verify: drop {@code signature}, canonicalize what is left (for records of strings, booleans, integers, objects
 * and arrays {@code jq -cjS 'del(.signature)'} does it), base64url the bytes into the empty middle part, and verify the
 * JWS with the published key of that {@code kid}, checking its {@code typ}. Canonicalizing, rather than signing the
 * bytes as sent, lets a record be stored or re-indented without breaking the signature; any change of content breaks
 * it.
 *
 * <p>ES256 (ECDSA P-256, SHA-256): nimbus signs it with the JDK alone, whereas its Ed25519 support needs Google Tink,
 * which is not on the classpath. Where the key comes from: the purpose's configuration property when set (an EC P-256
 * private JWK, or PEM holding a PKCS#8 "PRIVATE KEY" block and its "PUBLIC KEY" block, e.g.
 * {@code openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 > k.pem; openssl pkey -in k.pem -pubout >> k.pem});
 * otherwise the newest unretired key in the purpose's table, generated and stored at first start. Every stored key
 * stays published, so records signed before a key change still verify.
 *
 * <p>A service declares one per purpose, as the adapter of its own signing port, and makes it when it starts: the key
 * is read (or generated and stored) here, in the constructor, so a configured key that is unusable stops the service
 * at start, and the published key set holds the signing key before the first record is signed.
 */
public final class SignedRecords {

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SigningPurpose purpose;
    private final JOSEObjectType type;
    private final boolean configured;
    private final ECKey signing;

    /**
     * @param configuredKey the value of the purpose's configuration property; blank: the service keeps its own key
     */
    public SignedRecords(JdbcTemplate jdbc, Clock clock, SigningPurpose purpose, String configuredKey) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.purpose = purpose;
        this.type = new JOSEObjectType(purpose.type());
        this.configured = configuredKey != null && !configuredKey.isBlank();
        this.signing = configured ? fromConfiguration(configuredKey.trim()) : storedOrGenerated();
    }

    /**
     * The record in its canonical form with one more member, {@code signature}: the detached JWS of the canonical
     * form of the record without it. The record is plain data (maps, lists, strings, booleans, integers, null).
     */
    public byte[] signed(Map<String, Object> record) {
        Map<String, Object> withSignature = new LinkedHashMap<>(record);
        withSignature.put("signature", signDetached(CanonicalJson.bytes(record)));
        return CanonicalJson.bytes(withSignature);
    }

    /** The members of the JWK set that verifies: the configured key (if any) and every key the service ever generated. */
    public Map<String, Object> publicKeys() {
        List<JWK> keys = new ArrayList<>();
        if (configured) {
            keys.add(signing.toPublicJWK());
        }
        for (String json : jdbc.queryForList(
                "SELECT private_jwk FROM " + purpose.keyTable() + " ORDER BY created_at DESC", String.class)) {
            ECKey key = parseJwk(json).toPublicJWK();
            if (keys.stream().noneMatch(k -> k.getKeyID().equals(key.getKeyID()))) {
                keys.add(key);
            }
        }
        return new JWKSet(keys).toJSONObject(true);
    }

    private String signDetached(byte[] payload) {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(signing.getKeyID()).type(type)
                                                                               .build(),
                                      new Payload(payload));
        try {
            jws.sign(new ECDSASigner(signing));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign the record", e);
        }
        return jws.serialize(true);
    }

    private ECKey storedOrGenerated() {
        ECKey stored = newestStored();
        if (stored != null) {
            return stored;
        }
        try {
            ECKey fresh = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
                                                         .keyIDFromThumbprint(true).generate();
            jdbc.update("INSERT INTO " + purpose.keyTable() + " (kid, algorithm, private_jwk, created_at) "
                        + "VALUES (?, ?, ?, ?)",
                        fresh.getKeyID(), "ES256", fresh.toJSONString(), Timestamp.from(clock.instant()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate a signing key for " + purpose.keyTable(), e);
        } catch (DuplicateKeyException practicallyImpossible) {
            // Same thumbprint already stored: read it back below.
        }
        // Another instance starting at the same moment may have stored its own key: both are published, and every
        // instance signs with the newest one from now on.
        return newestStored();
    }

    private ECKey newestStored() {
        List<String> rows = jdbc.queryForList("SELECT private_jwk FROM " + purpose.keyTable()
                                              + " WHERE retired_at IS NULL ORDER BY created_at DESC, kid", String.class);
        return rows.isEmpty() ? null : parseJwk(rows.get(0));
    }

    private ECKey fromConfiguration(String text) {
        ECKey key = text.startsWith("{") ? parseJwk(text) : fromPem(text);
        if (!key.isPrivate() || !Curve.P_256.equals(key.getCurve())) {
            throw new IllegalStateException(purpose.keyProperty() + " must be an EC P-256 private key");
        }
        try {
            ECKey withId = key.getKeyID() != null ? key : new ECKey.Builder(key).keyIDFromThumbprint().build();
            // A PEM's two blocks might not belong together: records would then never verify. Refuse to start instead.
            JWSObject probe = new JWSObject(new JWSHeader(JWSAlgorithm.ES256), new Payload("probe"));
            probe.sign(new ECDSASigner(withId));
            if (!probe.verify(new ECDSAVerifier(withId.toPublicJWK()))) {
                throw new IllegalStateException(purpose.keyProperty() + ": public key does not match the private key");
            }
            return withId;
        } catch (JOSEException e) {
            throw new IllegalStateException(purpose.keyProperty() + " unusable", e);
        }
    }

    private ECKey fromPem(String pem) {
        ECPrivateKey privateKey = null;
        ECPublicKey publicKey = null;
        Matcher m = PEM.matcher(pem);
        try {
            KeyFactory ec = KeyFactory.getInstance("EC");
            while (m.find()) {
                byte[] der = Base64.getMimeDecoder().decode(m.group(2));
                if ("PRIVATE KEY".equals(m.group(1))) {
                    privateKey = (ECPrivateKey) ec.generatePrivate(new PKCS8EncodedKeySpec(der));
                } else if ("PUBLIC KEY".equals(m.group(1))) {
                    publicKey = (ECPublicKey) ec.generatePublic(new X509EncodedKeySpec(der));
                }
            }
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException(purpose.keyProperty() + ": unreadable PEM", e);
        }
        if (privateKey == null || publicKey == null) {
            throw new IllegalStateException(purpose.keyProperty() + ": PEM needs a PKCS#8 PRIVATE KEY block and its "
                                            + "PUBLIC KEY block");
        }
        return new ECKey.Builder(Curve.P_256, publicKey).privateKey(privateKey).keyUse(KeyUse.SIGNATURE)
                                                        .algorithm(JWSAlgorithm.ES256).build();
    }

    private ECKey parseJwk(String json) {
        try {
            return ECKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("unreadable signing key (" + purpose.keyTable() + " or "
                                            + purpose.keyProperty() + ")", e);
        }
    }
}
