package vn.lienhiep.proof.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * Something that creates an organisation and later shows it: the platform through its gateway, or the peer CRUD app.
 * Both get the same request body, so the comparison is of the same work.
 */
public interface Target {

    /**
     * Creates organisation number {@code n} of this run and returns its id.
     *
     * @throws IllegalStateException with the status and the start of the body when the answer is not 201
     */
    String create(String runTag, long n) throws Exception;

    /** Whether {@code GET} of the organisation answers 200 yet. */
    boolean visible(String id) throws Exception;

    /** The request body both targets receive (the platform's existing-member record). */
    static Map<String, Object> organisation(String runTag, long n) {
        Map<String, Object> admission = new HashMap<>();
        admission.put("number", "BN-" + n + "/QĐ-LHH");
        admission.put("date", "2020-01-15");
        admission.put("issuedBy", "BCH");
        admission.put("signer", "Chủ tịch");
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Hội đo tải " + runTag + " số " + n);
        body.put("kind", "SPECIALISED_ASSOCIATION");
        body.put("field", "Đo tải");
        body.put("admission", admission);
        return body;
    }

    /** {@code POST <create>} answering 201 with {@code {"id":…}}, {@code GET <read>/{id}}. */
    static Target http(Http http, String createPath, String readPath) {
        return new Target() {
            @Override
            public String create(String runTag, long n) throws Exception {
                Http.Response response = http.post(createPath, organisation(runTag, n));
                if (response.status() != 201) {
                    String body = response.body() == null ? "" : response.body();
                    throw new IllegalStateException("POST " + createPath + " answered " + response.status() + ": "
                                                    + body.substring(0, Math.min(300, body.length())));
                }
                return response.json().path("id").asText();
            }

            @Override
            public boolean visible(String id) throws Exception {
                return http.get(readPath + "/" + id).status() == 200;
            }
        };
    }

    String PLATFORM_CREATE = "/api/membership/organizations/existing-members";
    String PLATFORM_READ = "/api/membership/organizations";
    String PEER_CREATE = "/orgs";
    String PEER_READ = "/orgs";
}
