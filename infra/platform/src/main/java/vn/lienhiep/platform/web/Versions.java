package vn.lienhiep.platform.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.lienhiep.kernel.InvalidInput;

/**
 * Optimistic concurrency over HTTP: GET answers {@code ETag: "<version>"}; a write may send it back as
 * {@code If-Match} and gets 409 if the aggregate moved on meanwhile.
 */
public final class Versions {

    private static final Pattern ETAG = Pattern.compile("^(?:W/)?\"?(\\d{1,18})\"?$");

    private Versions() {
    }

    /** @return the expected version, or null when the header is absent; 400 for a malformed one */
    public static Long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.strip())) {
            return null;
        }
        Matcher matcher = ETAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new InvalidInput("If-Match", "phải là thẻ phiên bản, ví dụ \"3\"",
                                   "must be an entity tag holding a version, e.g. \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
