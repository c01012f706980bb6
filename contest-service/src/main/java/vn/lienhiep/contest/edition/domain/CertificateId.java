package vn.lienhiep.contest.edition.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which certificate: the one of the author at {@code author} (0-based, in the order of the award's authors) of the
 * prize of entry {@code entryId} in edition {@code editionId}. Stable: the same prize and author always have the same
 * id, however often the certificate is printed. Written {@code <editionId>.<entryId>.<author>}; edition and entry ids
 * never hold a dot.
 */
public record CertificateId(String editionId, String entryId, int author) {

    private static final Pattern ID = Pattern.compile("[^.\\s/]+");
    private static final Pattern WRITTEN = Pattern.compile("([^.\\s/]+)\\.([^.\\s/]+)\\.(0|[1-9][0-9]{0,8})");

    public CertificateId {
        if (!valid(editionId, entryId, author)) {
            throw new IllegalArgumentException("no certificate has the id " + editionId + "." + entryId + "." + author);
        }
    }

    /** The id of that author's certificate; empty when no certificate can have it (a dot in an id, an index below 0). */
    public static Optional<CertificateId> of(String editionId, String entryId, int author) {
        return valid(editionId, entryId, author) ? Optional.of(new CertificateId(editionId, entryId, author))
                : Optional.empty();
    }

    /** The id as written in a verification URL; empty for text that is not one. */
    public static Optional<CertificateId> parse(String written) {
        Matcher m = WRITTEN.matcher(written == null ? "" : written);
        return m.matches() ? Optional.of(new CertificateId(m.group(1), m.group(2), Integer.parseInt(m.group(3))))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return editionId + "." + entryId + "." + author;
    }

    private static boolean valid(String editionId, String entryId, int author) {
        return editionId != null && ID.matcher(editionId).matches() && entryId != null && ID.matcher(entryId).matches()
               && author >= 0;
    }
}
