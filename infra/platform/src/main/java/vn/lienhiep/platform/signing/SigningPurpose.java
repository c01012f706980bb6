package vn.lienhiep.platform.signing;

import java.util.regex.Pattern;

/**
 * One kind of record a service signs ({@link SignedRecords}), named so that its keys and signatures are never mixed with
 * another kind's: review's expert records and the contest's certificates each have their own.
 *
 * @param keyTable    the service's table keeping the keys it generated (created by the service's own migration, with
 *                    the columns {@code kid, algorithm, private_jwk, created_at, retired_at})
 * @param keyProperty the configuration property that may hold the key instead (named in every refusal to start)
 * @param type        the JWS {@code typ}: what the signature is about, so it cannot be passed off as another kind's
 */
public record SigningPurpose(String keyTable, String keyProperty, String type) {

    private static final Pattern TABLE = Pattern.compile("[a-z][a-z0-9_]*");

    public SigningPurpose {
        if (keyTable == null || !TABLE.matcher(keyTable).matches()) {
            throw new IllegalArgumentException("not a table name: " + keyTable);
        }
        if (keyProperty == null || keyProperty.isBlank() || type == null || type.isBlank()) {
            throw new IllegalArgumentException("a signing purpose names its key property and its JWS typ");
        }
    }
}
