package vn.lienhiep.membership.workforce.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

import vn.lienhiep.kernel.text.VietnameseText;

/**
 * The identity of a snapshot is what it counts: its date and where the figures come from. Deriving the id from both
 * makes a repeated import of the same snapshot land on the same aggregate, which refuses it, instead of counting
 * the province twice. The source is compared folded (case, diacritics and spacing do not make a new source).
 */
public final class WorkforceSnapshotId {

    private WorkforceSnapshotId() {
    }

    public static String of(LocalDate asOfDate, String source) {
        String canonical = VietnameseText.fold(VietnameseText.clean(source)).toLowerCase().replaceAll("\\s+", " ").strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return "ws-" + asOfDate + "-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
