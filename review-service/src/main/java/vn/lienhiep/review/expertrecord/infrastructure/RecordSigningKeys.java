package vn.lienhiep.review.expertrecord.infrastructure;

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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The key that signs exported expert records, and the public keys anyone may verify them with.
 *
 * <p>ES256 (ECDSA P-256, SHA-256): nimbus signs it with the JDK alone, whereas its Ed25519 support needs Google Tink,
 * which is not on the classpath. Where the key comes from: {@code lienhiep.review.record-signing-key} when set (an EC
 * P-256 private JWK, or PEM holding a PKCS#8 "PRIVATE KEY" block and its "PUBLIC KEY" block, e.g.
 * {@code openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 > k.pem; openssl pkey -in k.pem -pubout >> k.pem});
 * otherwise the newest unretired key in {@code review_record_signing_key}, generated and stored at first start. Every
 * stored key stays published, so records signed before a key change still verify.
 */
@Component
public class RecordSigningKeys implements SmartInitializingSingleton {

    /** The JWS "typ" of a signed record: what the signature is about, so it cannot be passed off as another token. */
    public static final JOSEObjectType TYPE = new JOSEObjectType("lienhiep-expert-record+jcs");

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String configured;
    private volatile ECKey signing;

    public RecordSigningKeys(JdbcTemplate jdbc, Clock clock,
                             @Value("${lienhiep.review.record-signing-key:}") String configured) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.configured = configured;
    }

    @Override
    public void afterSingletonsInstantiated() {
        signing();
    }

    /** Signs {@code payload} and answers the JWS compact serialization with the payload detached (RFC 7515 App. F). */
    public String signDetached(byte[] payload) {
        ECKey key = signing();
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).type(TYPE).build(),
                                      new Payload(payload));
        try {
            jws.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign the record", e);
        }
        return jws.serialize(true);
    }

    /** Public parts only: the configured key (if any) and every key this service ever generated. */
    public JWKSet publicKeys() {
        List<JWK> keys = new ArrayList<>();
        if (!configured.isBlank()) {
            keys.add(signing().toPublicJWK());
        }
        for (String json : jdbc.queryForList(
                "SELECT private_jwk FROM review_record_signing_key ORDER BY created_at DESC", String.class)) {
            ECKey key = parseJwk(json).toPublicJWK();
            if (keys.stream().noneMatch(k -> k.getKeyID().equals(key.getKeyID()))) {
                keys.add(key);
            }
        }
        return new JWKSet(keys);
    }

    private ECKey signing() {
        ECKey key = signing;
        if (key == null) {
            synchronized (this) {
                if (signing == null) {
                    signing = configured.isBlank() ? storedOrGenerated() : fromConfiguration(configured.trim());
                }
                key = signing;
            }
        }
        return key;
    }

    private ECKey storedOrGenerated() {
        ECKey stored = newestStored();
        if (stored != null) {
            return stored;
        }
        try {
            ECKey fresh = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
                                                         .keyIDFromThumbprint(true).generate();
            jdbc.update("INSERT INTO review_record_signing_key (kid, algorithm, private_jwk, created_at) VALUES (?, ?, ?, ?)",
                        fresh.getKeyID(), "ES256", fresh.toJSONString(), Timestamp.from(clock.instant()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate the record signing key", e);
        } catch (DuplicateKeyException practicallyImpossible) {
            // Same thumbprint already stored: read it back below.
        }
        // Another instance starting at the same moment may have stored its own key: both are published, and every
        // instance signs with the newest one from now on.
        return newestStored();
    }

    private ECKey newestStored() {
        List<String> rows = jdbc.queryForList("SELECT private_jwk FROM review_record_signing_key WHERE retired_at IS NULL "
                                              + "ORDER BY created_at DESC, kid", String.class);
        return rows.isEmpty() ? null : parseJwk(rows.get(0));
    }

    static ECKey fromConfiguration(String text) {
        ECKey key;
        if (text.startsWith("{")) {
            key = parseJwk(text);
        } else {
            key = fromPem(text);
        }
        if (!key.isPrivate() || !Curve.P_256.equals(key.getCurve())) {
            throw new IllegalStateException("lienhiep.review.record-signing-key must be an EC P-256 private key");
        }
        try {
            ECKey withId = key.getKeyID() != null ? key : new ECKey.Builder(key).keyIDFromThumbprint().build();
            // A PEM's two blocks might not belong together: records would then never verify. Refuse to start instead.
            JWSObject probe = new JWSObject(new JWSHeader(JWSAlgorithm.ES256), new Payload("probe"));
            probe.sign(new ECDSASigner(withId));
            if (!probe.verify(new com.nimbusds.jose.crypto.ECDSAVerifier(withId.toPublicJWK()))) {
                throw new IllegalStateException("lienhiep.review.record-signing-key: public key does not match the private key");
            }
            return withId;
        } catch (JOSEException e) {
            throw new IllegalStateException("lienhiep.review.record-signing-key unusable", e);
        }
    }

    private static ECKey fromPem(String pem) {
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
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("lienhiep.review.record-signing-key: unreadable PEM", e);
        }
        if (privateKey == null || publicKey == null) {
            throw new IllegalStateException("lienhiep.review.record-signing-key: PEM needs a PKCS#8 PRIVATE KEY block "
                                            + "and its PUBLIC KEY block");
        }
        return new ECKey.Builder(Curve.P_256, publicKey).privateKey(privateKey).keyUse(KeyUse.SIGNATURE)
                                                        .algorithm(JWSAlgorithm.ES256).build();
    }

    private static ECKey parseJwk(String json) {
        try {
            return ECKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("unreadable record signing key", e);
        }
    }
}
