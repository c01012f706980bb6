package vn.lienhiep.membership.person.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

import vn.lienhiep.kernel.InvalidInput;
import vn.lienhiep.kernel.text.VietnameseText;

/**
 * The person identity rule [A]: a person is the same person when the national id matches, or — without one — when
 * the folded full name and the birth date match. The key of a national id is its SHA-256, so the registry table never
 * holds the id itself.
 */
public final class PersonIdentity {

    private PersonIdentity() {
    }

    /**
     * @return "nid:&lt;sha-256 hex&gt;" or "name:&lt;folded name&gt;|&lt;yyyy-MM-dd&gt;"
     * @throws InvalidInput naming {@code dateOfBirth} when neither a national id nor a birth date is given
     */
    public static String naturalKey(String fullName, LocalDate dateOfBirth, String nationalId) {
        String id = ContactData.normaliseNationalId(nationalId);
        if (id != null) {
            return "nid:" + sha256(id);
        }
        if (dateOfBirth == null) {
            throw new InvalidInput("dateOfBirth", "là bắt buộc khi không có số định danh (CCCD/CMND)",
                                   "is required when no national id is given");
        }
        String folded = VietnameseText.fold(fullName);
        if (folded.isEmpty()) {
            throw InvalidInput.blank("fullName");
        }
        return "name:" + folded + "|" + dateOfBirth;
    }

    public static String naturalKey(PersonProfile profile, ContactData contact) {
        return naturalKey(profile.fullName(), profile.dateOfBirth(), contact.nationalId());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                                                         .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
