package vn.lienhiep.membership.person.domain;

import java.util.Locale;
import java.util.regex.Pattern;

import vn.lienhiep.kernel.InvalidInput;
import vn.lienhiep.kernel.text.VietnameseText;

/**
 * Personal data under Decree 13/2023/NĐ-CP: kept in the person's own stream, shown only on the person's own record,
 * never in public events; the national id never reaches a read model (only its last four characters).
 */
public record ContactData(String phone, String email, String address, String nationalId) {

    private static final Pattern NATIONAL_ID = Pattern.compile("[0-9A-Z]{6,20}");

    public static final ContactData NONE = new ContactData(null, null, null, null);

    public ContactData {
        phone = PersonProfile.blankToNull(phone == null ? null : phone.strip());
        email = PersonProfile.blankToNull(email == null ? null : email.strip());
        address = PersonProfile.blankToNull(VietnameseText.clean(address));
        nationalId = normaliseNationalId(nationalId);
    }

    /** CCCD/CMND as printed, spaces and dots removed, upper case; null when absent. */
    public static String normaliseNationalId(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String id = raw.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
        if (!NATIONAL_ID.matcher(id).matches()) {
            throw new InvalidInput("nationalId", "số định danh phải gồm 6 đến 20 chữ cái hoặc chữ số",
                                   "the national id must be 6 to 20 letters or digits");
        }
        return id;
    }

    public String nationalIdLast4() {
        return nationalId == null ? null : nationalId.substring(Math.max(0, nationalId.length() - 4));
    }
}
