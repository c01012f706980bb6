package vn.lienhiep.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The writer's JSON stays well-formed whatever text it carries: quotes, backslashes, control characters, Vietnamese. */
class ProblemResponsesTest {

    @Test
    void anyTextStaysOneWellFormedString() throws Exception {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("title", "Chưa xác thực / \"Unauthenticated\"");
        members.put("detail", "a\\b\nc\r\td\u0001e\u2028f");
        members.put("status", 401);
        members.put("flag", true);

        JsonNode parsed = new ObjectMapper().readTree(ProblemResponses.json(members));

        assertThat(parsed.path("title").asText()).isEqualTo("Chưa xác thực / \"Unauthenticated\"");
        assertThat(parsed.path("detail").asText()).isEqualTo("a\\b\nc\r\td\u0001e\u2028f");
        assertThat(parsed.path("status").isInt()).isTrue();
        assertThat(parsed.path("flag").asBoolean()).isTrue();
        assertThat(parsed.size()).isEqualTo(4);
    }
}
