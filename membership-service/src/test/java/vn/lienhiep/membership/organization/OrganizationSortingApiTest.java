package vn.lienhiep.membership.organization;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import vn.lienhiep.membership.ApiTestBase;
import vn.lienhiep.membership.organization.projection.OrganizationQueries;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.SortParameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code GET /organizations?sort=…}: Vietnamese alphabetical order on the server, both ways, and 400 on anything else. */
class OrganizationSortingApiTest extends ApiTestBase {

    private static final String ORGS = "/api/membership/organizations";

    @Test
    void sortsByNameTheVietnameseWayByAdmissionDateAndByStatus() {
        String tag = "srt" + UUID.randomUUID().toString().substring(0, 6);
        // admitted in an order that is not the names' order; one only applied (no admission date, status SUBMITTED)
        admitted("Hội Địa chất " + tag, "2012-03-01");
        admitted("Hội Dược học " + tag, "2015-06-30");
        admitted("Hội Âm nhạc " + tag, "2010-01-15");
        HttpJson.Response applied = http.post(ORGS, Map.of("name", "Hội An toàn " + tag,
                                                           "kind", "SPECIALISED_ASSOCIATION", "field", "Lao động"));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        String list = ORGS + "?q=" + tag + "&sort=";
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(http.get(list + "name").json().get("totalItems").asInt()).isEqualTo(4));

        assertThat(names(http.get(list + "name")))
                .containsExactly("Hội An toàn", "Hội Âm nhạc", "Hội Dược học", "Hội Địa chất");
        assertThat(names(http.get(list + "-name")))
                .containsExactly("Hội Địa chất", "Hội Dược học", "Hội Âm nhạc", "Hội An toàn");
        assertThat(names(http.get(list + "admittedOn")))
                .as("not admitted (no date) first, then by the admission decision's date")
                .containsExactly("Hội An toàn", "Hội Âm nhạc", "Hội Địa chất", "Hội Dược học");
        assertThat(names(http.get(list + "-admittedOn")))
                .containsExactly("Hội Dược học", "Hội Địa chất", "Hội Âm nhạc", "Hội An toàn");
        assertThat(names(http.get(list + "-status")).get(0)).isEqualTo("Hội An toàn"); // SUBMITTED after ACTIVE…
        assertThat(names(http.get(list + "status")).get(3)).isEqualTo("Hội An toàn");

        // the public directory (anonymous) sorts the same way over what it shows: admitted members only
        assertThat(names(as(null).get(list + "-name"))).containsExactly("Hội Địa chất", "Hội Dược học", "Hội Âm nhạc");
        // pages follow the order: the second page of two starts where the first ended
        assertThat(names(http.get(list + "name&size=2&page=1"))).containsExactly("Hội Dược học", "Hội Địa chất");
    }

    @Test
    void anUnknownSortIsA400OnTheFieldSortInBothLanguages() {
        for (String bogus : List.of("bogus", "searchName", "--name", "name,status")) {
            HttpJson.Response r = http.get(ORGS + "?sort=" + bogus);
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            JsonNode error = r.json().get("errors").get(0);
            assertThat(error.get("field").asText()).isEqualTo("sort");
            assertThat(error.get("message").asText()).startsWith("phải là một trong").contains("-admittedOn");
            assertThat(error.get("messageEn").asText())
                    .isEqualTo("must be one of: name, -name, admittedOn, -admittedOn, status, -status");
        }
        assertThat(as(null).get(ORGS + "?sort=bogus").status()).as("the public directory too").isEqualTo(400);
    }

    @Test
    void openApiDocumentsExactlyTheValuesTheListAccepts() {
        assertThat(SortParameters.documented(as(null), "/api/membership", ORGS))
                .containsExactlyElementsOf(OrganizationQueries.SORTS.values());
    }

    private void admitted(String name, String date) {
        HttpJson.Response r = http.post(ORGS + "/existing-members", Map.of("name", name, "kind", "MEMBER_UNIT",
                "field", "Khoa học", "admission", Map.of("number", "1/QĐ-LHH", "date", date, "issuedBy", "BCH",
                                                          "signer", "Chủ tịch")));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    /** The names on the page without the test's tag. */
    private static List<String> names(HttpJson.Response page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        page.json().get("items").forEach(item -> {
            String name = item.get("name").asText();
            names.add(name.substring(0, name.lastIndexOf(' ')));
        });
        return names;
    }
}
