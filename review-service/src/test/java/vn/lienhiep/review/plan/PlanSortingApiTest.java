package vn.lienhiep.review.plan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import vn.lienhiep.review.ApiTestBase;
import vn.lienhiep.review.plan.projection.PlanQueries;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.SortParameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code GET /plans?sort=year|-year}; newest year first without sort; 400 otherwise. */
class PlanSortingApiTest extends ApiTestBase {

    private static final String PLANS = "/api/review/plans";
    /** Years no other test drafts (PlanApiTest counts up from 2040 and tries 2099 without the right). */
    private static final List<Integer> YEARS = List.of(2086, 2084, 2085);

    @Test
    void sortsByYearBothWaysAndKeepsNewestFirstByDefault() {
        for (int year : YEARS) {
            HttpJson.Response r = http.post(PLANS, Map.of("year", year, "title", "Kế hoạch TVPB năm " + year));
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(years(http.get(PLANS + "?size=100"))).containsAll(YEARS));

        List<Integer> ascending = years(http.get(PLANS + "?size=100&sort=year"));
        assertThat(ascending).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(ascending.stream().filter(YEARS::contains)).containsExactly(2084, 2085, 2086);
        List<Integer> descending = years(http.get(PLANS + "?size=100&sort=-year"));
        assertThat(descending).isSortedAccordingTo(Comparator.<Integer>naturalOrder().reversed());
        assertThat(descending.stream().filter(YEARS::contains)).containsExactly(2086, 2085, 2084);
        assertThat(years(http.get(PLANS + "?size=100"))).as("the default order is unchanged")
                                                        .containsExactlyElementsOf(descending);
    }

    @Test
    void anUnknownSortIsA400OnTheFieldSortAndOpenApiListsTheValues() {
        HttpJson.Response r = http.get(PLANS + "?sort=title");
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        JsonNode error = r.json().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("sort");
        assertThat(error.get("message").asText()).isEqualTo("phải là một trong các giá trị: year, -year");
        assertThat(error.get("messageEn").asText()).isEqualTo("must be one of: year, -year");
        assertThat(SortParameters.documented(as(null), "/api/review", PLANS))
                .containsExactlyElementsOf(PlanQueries.SORTS.values());
    }

    private static List<Integer> years(HttpJson.Response page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<Integer> years = new ArrayList<>();
        page.json().get("items").forEach(item -> years.add(item.get("year").asInt()));
        return years;
    }
}
