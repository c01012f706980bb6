package vn.lienhiep.membership.expert;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import vn.lienhiep.membership.ApiTestBase;
import vn.lienhiep.membership.expert.projection.ExpertQueries;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.SortParameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code GET /experts?sort=fullName|reconfirmationDueOn}, ascending and descending, 400 on anything else. */
class ExpertSortingApiTest extends ApiTestBase {

    private static final String EXPERTS = ExpertApiTest.EXPERTS;

    @Test
    void sortsByFullNameTheVietnameseWayAndByReconfirmationDate() {
        String tag = "srt" + UUID.randomUUID().toString().substring(0, 6);
        // "Ăn" and "An" fold alike: different birth dates, or they would be one person twice
        expert("Đinh Văn Hải " + tag, "1970-02-03", true);
        expert("Dương Văn Hải " + tag, "1970-02-04", false);
        expert("Ăn Văn Hải " + tag, "1970-02-05", true);
        expert("An Văn Hải " + tag, "1970-02-06", true);
        String list = EXPERTS + "?q=" + tag + "&sort=";
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode page = http.get(list + "fullName").json();
            assertThat(page.get("totalItems").asInt()).isEqualTo(4);
            page.get("items").forEach(item -> assertThat(item.get("fullName").isNull()).isFalse());
            assertThat(http.get(list + "fullName&status=ACTIVE").json().get("totalItems").asInt()).isEqualTo(3);
        });

        assertThat(names(http.get(list + "fullName")))
                .containsExactly("An Văn Hải", "Ăn Văn Hải", "Dương Văn Hải", "Đinh Văn Hải");
        assertThat(names(http.get(list + "-fullName")))
                .containsExactly("Đinh Văn Hải", "Dương Văn Hải", "Ăn Văn Hải", "An Văn Hải");
        JsonNode byDue = http.get(list + "reconfirmationDueOn").json().get("items");
        assertThat(byDue.get(0).get("fullName").asText()).as("never verified: no due date, first")
                                                          .startsWith("Dương Văn Hải");
        assertThat(byDue.get(0).get("reconfirmationDueOn").isNull()).isTrue();
        assertThat(byDue.get(3).get("reconfirmationDueOn").asText()).isNotBlank();
        assertThat(names(http.get(list + "-reconfirmationDueOn")).get(3)).isEqualTo("Dương Văn Hải");
    }

    @Test
    void anUnknownSortIsA400OnTheFieldSortAndOpenApiListsTheValues() {
        HttpJson.Response r = http.get(EXPERTS + "?sort=bogus");
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        JsonNode error = r.json().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("sort");
        assertThat(error.get("messageEn").asText())
                .isEqualTo("must be one of: fullName, -fullName, reconfirmationDueOn, -reconfirmationDueOn");
        assertThat(SortParameters.documented(as(null), "/api/membership", EXPERTS))
                .containsExactlyElementsOf(ExpertQueries.SORTS.values());
    }

    private void expert(String fullName, String dateOfBirth, boolean verified) {
        Map<String, Object> person = new HashMap<>();
        person.put("fullName", fullName);
        person.put("dateOfBirth", dateOfBirth);
        person.put("degree", "TIEN_SI");
        person.put("workSector", "CAN_BO_CONG_CHUC");
        person.put("field", "KHCN");
        HttpJson.Response p = http.post(ExpertApiTest.PERSONS, person);
        assertThat(p.status()).as(p.toString()).isEqualTo(201);
        Map<String, Object> profile = new HashMap<>();
        profile.put("expertiseFields", List.of("202"));
        profile.put("specialisations", "Thủy lợi");
        profile.put("scope", "LOCAL");
        profile.put("yearsExperience", 10);
        profile.put("employers", List.of("Sở Nông nghiệp"));
        profile.put("positions", List.of("Chuyên viên"));
        profile.put("availability", "AVAILABLE");
        profile.put("consentToProcessPersonalData", true);
        profile.put("consentToPublishName", false);
        HttpJson.Response e = http.post(EXPERTS, Map.of("personId", p.json().get("id").asText(), "profile", profile));
        assertThat(e.status()).as(e.toString()).isEqualTo(201);
        if (verified) {
            HttpJson.Response v = http.post(EXPERTS + "/" + e.json().get("id").asText() + "/verification",
                                            Map.of("note", "Đủ hồ sơ"));
            assertThat(v.status()).as(v.toString()).isEqualTo(200);
        }
    }

    private static List<String> names(HttpJson.Response page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        page.json().get("items").forEach(item -> {
            String name = item.get("fullName").asText();
            names.add(name.substring(0, name.lastIndexOf(' ')));
        });
        return names;
    }
}
