package vn.lienhiep.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing keys kept in SQL, so a restart keeps every issued token valid. The ACTIVE key signs (it is listed first,
 * and Spring's encoder picks the first matching key); the PREVIOUS key stays in the JWKS so tokens signed before a
 * rotation still verify until they expire; older keys are RETIRED and leave the JWKS.
 *
 * <p>The private key is stored as JWK JSON, sealed with AES-256-GCM when {@code LIENHIEP_AUTH_KEY_ENCRYPTION_KEY} is
 * set (the AES key is the SHA-256 of that secret, so it should be a long random value). Without it the JSON is in the
 * clear: acceptable for the embedded demo, not for production.
 */
@Component
public class SigningKeys implements JWKSource<SecurityContext> {

    public record KeyInfo(String kid, String state, Instant createdAt) {
    }

    private static final String SEALED = "aes256gcm:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final SecretKeySpec sealingKey;

    public SigningKeys(JdbcTemplate jdbc, @Value("${lienhiep.auth.key-encryption-key:}") String keyEncryptionKey) {
        this.jdbc = jdbc;
        this.sealingKey = keyEncryptionKey == null || keyEncryptionKey.isBlank() ? null
                : new SecretKeySpec(sha256(keyEncryptionKey), "AES");
    }

    /**
     * A verifier names the key id and may use any published key; the JWKS endpoint asks for everything; a signer asks
     * by key type without an id and must get exactly one key, the ACTIVE one.
     */
    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        List<JWK> keys = published();
        var matcher = selector.getMatcher();
        boolean signing = (matcher.getKeyIDs() == null || matcher.getKeyIDs().isEmpty())
                && matcher.getKeyTypes() != null && !matcher.getKeyTypes().isEmpty();
        return selector.select(new JWKSet(signing ? keys.subList(0, 1) : keys));
    }

    /** ACTIVE first, then PREVIOUS; creates the first key on first use. */
    public synchronized List<JWK> published() {
        List<JWK> keys = load();
        if (keys.isEmpty()) {
            insert(generate(), "ACTIVE");
            keys = load();
        }
        return keys;
    }

    private List<JWK> load() {
        return jdbc.query("SELECT jwk FROM signing_keys WHERE state IN ('ACTIVE', 'PREVIOUS') "
                          + "ORDER BY CASE state WHEN 'ACTIVE' THEN 0 ELSE 1 END, created_at DESC",
                          (rs, n) -> parse(rs.getString(1)));
    }

    /** A new ACTIVE key; the current one becomes PREVIOUS and any older PREVIOUS is retired. */
    @Transactional
    public synchronized String rotate() {
        published();
        jdbc.update("UPDATE signing_keys SET state = 'RETIRED' WHERE state = 'PREVIOUS'");
        jdbc.update("UPDATE signing_keys SET state = 'PREVIOUS' WHERE state = 'ACTIVE'");
        RSAKey key = generate();
        insert(key, "ACTIVE");
        return key.getKeyID();
    }

    public List<KeyInfo> list() {
        return jdbc.query("SELECT kid, state, created_at FROM signing_keys ORDER BY created_at DESC",
                          (rs, n) -> new KeyInfo(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()));
    }

    private void insert(RSAKey key, String state) {
        jdbc.update("INSERT INTO signing_keys (kid, jwk, state, created_at) VALUES (?, ?, ?, ?)", key.getKeyID(),
                    seal(key.toJSONString()), state, Timestamp.from(Instant.now()));
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private String seal(String json) {
        if (sealingKey == null) {
            return json;
        }
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sealingKey, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(json.getBytes(StandardCharsets.UTF_8));
            byte[] stored = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, stored, 0, iv.length);
            System.arraycopy(sealed, 0, stored, iv.length, sealed.length);
            return SEALED + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a signing key", e);
        }
    }

    private String unseal(String stored) {
        if (!stored.startsWith(SEALED)) {
            return stored; // written before an encryption key was configured; keys created from now on are sealed
        }
        if (sealingKey == null) {
            throw new IllegalStateException("signing keys are encrypted: set LIENHIEP_AUTH_KEY_ENCRYPTION_KEY");
        }
        try {
            byte[] raw = Base64.getDecoder().decode(stored.substring(SEALED.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sealingKey, new GCMParameterSpec(128, raw, 0, 12));
            return new String(cipher.doFinal(raw, 12, raw.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt the signing keys: wrong LIENHIEP_AUTH_KEY_ENCRYPTION_KEY?", e);
        }
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private JWK parse(String stored) {
        String json = unseal(stored);
        try {
            return JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("unreadable signing key", e);
        }
    }
}
