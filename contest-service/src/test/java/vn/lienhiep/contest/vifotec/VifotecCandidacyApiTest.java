package vn.lienhiep.contest.vifotec;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import vn.lienhiep.contest.ApiTestBase;
import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.testing.HttpJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The province's part in the VIFOTEC award: a work identified, its dossier prepared, pre-screened (refused, with the
 * rule named, outside the five-year window or outside the award's fields), forwarded under the leadership's signature
 * and its result recorded; nothing is forwarded before it passed the pre-screening.
 */
class VifotecCandidacyApiTest extends ApiTestBase {

    private static final String V = "/api/contest/vifotec-candidacies";
    private static final LocalDate TODAY = LocalDate.now(Clocks.VIETNAM);

    @Test
    void aWorkIsPrescreenedForwardedAndItsResultRecorded() {
        HttpJson secretariat = as("test-thuky", Role.CONTEST_SECRETARIAT);
        HttpJson leadership = as("test-thuongtruc", Role.UNION_LEADERSHIP);
        String good = identify(secretariat, "Quy trình sản xuất dầu lạc Đồng Yên", "BIOLOGY", TODAY.getYear() - 3);
        String old = identify(secretariat, "Bếp đun tiết kiệm củi", "ENERGY", TODAY.getYear() - 9);
        String elsewhere = identify(secretariat, "Giáo trình điện tử", "EDUCATION", TODAY.getYear() - 1);

        // Nothing is forwarded before its dossier and pre-screening.
        rule(leadership.post(V + "/" + good + "/forwarding", forwarding()), "contest.vifotec.forward-not-allowed");
        for (String id : List.of(good, old, elsewhere)) {
            ok(secretariat.post(V + "/" + id + "/dossier", Map.of("documents",
                    List.of("Phiếu đăng ký", "Bản mô tả công trình", "Xác nhận của đơn vị áp dụng"))));
        }
        rule(secretariat.post(V + "/" + old + "/prescreening", null), "contest.vifotec.application-window");
        rule(secretariat.post(V + "/" + elsewhere + "/prescreening", null), "contest.vifotec.field-unknown");
        ok(secretariat.post(V + "/" + good + "/prescreening", null));
        assertThat(secretariat.post(V + "/" + good + "/forwarding", forwarding()).status())
                .as("the leadership signs the forwarding").isEqualTo(403);
        ok(leadership.post(V + "/" + good + "/forwarding", forwarding()));
        ok(secretariat.post(V + "/" + good + "/result", Map.of("level", "THIRD", "year", TODAY.getYear())));

        JsonNode[] view = new JsonNode[1];
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            view[0] = http.get(V + "/" + good).json();
            assertThat(view[0].path("status").asText()).isEqualTo("RESULT_RECORDED");
        });
        assertThat(view[0].path("resultLevel").asText()).isEqualTo("THIRD");
        assertThat(view[0].path("letter").path("number").asText()).isEqualTo("12/LHH-VP");
        assertThat(http.get(V + "/" + old).json().path("status").asText()).isEqualTo("DOSSIER_PREPARED");
        assertThat(http.get(V + "?awardYear=" + TODAY.getYear()).json().path("totalItems").asInt())
                .isGreaterThanOrEqualTo(3);
        assertThat(http.get(V + "/no-such-candidacy").status()).isEqualTo(404);
    }

    private String identify(HttpJson client, String title, String field, int appliedSince) {
        HttpJson.Response r = client.post(V, Map.of("awardYear", TODAY.getYear(), "title", title, "field", field,
                "authors", List.of("Hoàng Văn Dũng (hư cấu)"), "appliedSinceYear", appliedSince,
                "finalDeadline", TODAY.plusMonths(2).toString()));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().path("id").asText();
    }

    private static Map<String, Object> forwarding() {
        return Map.of("letter", Map.of("number", "12/LHH-VP", "date", TODAY.toString(), "issuedBy", "THUONG_TRUC",
                                       "signer", "Chủ tịch"), "sentOn", TODAY.toString());
    }

    private static void ok(HttpJson.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private static void rule(HttpJson.Response response, String ruleCode) {
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.json().path("rule").asText()).isEqualTo(ruleCode);
    }
}
