package vn.lienhiep.proof.fuzz;

/**
 * One hostile request. {@code rawPath} is sent as written (already percent-encoded where needed), so traversal and
 * invalid UTF-8 escapes reach the gateway unchanged. {@code mutation}: the request would change state if accepted.
 */
public record FuzzCase(String family, String method, String rawPath, String contentType, byte[] body, boolean mutation,
                       String operation) {

    public String describe() {
        String shown = body == null ? "" : body.length > 300
                ? " body[" + body.length + " bytes]: " + new String(body, 0, 200, java.nio.charset.StandardCharsets.UTF_8) + "…"
                : " body: " + new String(body, java.nio.charset.StandardCharsets.UTF_8);
        return method + " " + rawPath + (contentType == null ? "" : " (" + contentType + ")") + shown;
    }
}
