package vn.lienhiep.review.engagement;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.review.ApiTestBase;
import vn.lienhiep.review.engagement.projection.EngagementQueries;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.SortParameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code GET /engagements?sort=receivedAt|title|reportDue}, both ways; newest first without sort; 400 otherwise. */
class EngagementSortingApiTest extends ApiTestBase {

    private static final String E = "/api/review/engagements";

    @Test
    void sortsByArrivalByTitleTheVietnameseWayAndByReportDueDate() {
        String tag = "srt" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(Clocks.VIETNAM);
        register("Đề án Địa chất " + tag, today.minusDays(20));
        register("Đề án Dược liệu " + tag, today.minusDays(5));
        register("Đề án Âm nhạc " + tag, today.minusDays(30));
        register("Đề án An toàn " + tag, today.minusDays(10));
        String list = E + "?q=" + tag;
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(http.get(list).json().get("totalItems").asInt()).isEqualTo(4));

        List<String> newestFirst = List.of("Đề án Dược liệu", "Đề án An toàn", "Đề án Địa chất", "Đề án Âm nhạc");
        assertThat(titles(http.get(list))).as("the default order is unchanged").containsExactlyElementsOf(newestFirst);
        assertThat(titles(http.get(list + "&sort=-receivedAt"))).containsExactlyElementsOf(newestFirst);
        assertThat(titles(http.get(list + "&sort=receivedAt")))
                .containsExactly("Đề án Âm nhạc", "Đề án Địa chất", "Đề án An toàn", "Đề án Dược liệu");
        assertThat(titles(http.get(list + "&sort=title")))
                .containsExactly("Đề án An toàn", "Đề án Âm nhạc", "Đề án Dược liệu", "Đề án Địa chất");
        assertThat(titles(http.get(list + "&sort=-title")))
                .containsExactly("Đề án Địa chất", "Đề án Dược liệu", "Đề án Âm nhạc", "Đề án An toàn");

        List<String> dueAscending = reportDues(http.get(list + "&sort=reportDue"));
        assertThat(dueAscending).hasSize(4).doesNotContainNull().isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(dueAscending.get(0)).isLessThan(dueAscending.get(3));
        assertThat(reportDues(http.get(list + "&sort=-reportDue")))
                .isSortedAccordingTo(Comparator.<String>naturalOrder().reversed());
    }

    @Test
    void anUnknownSortIsA400OnTheFieldSortAndOpenApiListsTheValues() {
        HttpJson.Response r = http.get(E + "?sort=deadline");
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode error = r.json().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("sort");
        assertThat(error.get("message").asText())
                .isEqualTo("phải là một trong các giá trị: receivedAt, -receivedAt, title, -title, reportDue, -reportDue");
        assertThat(error.get("messageEn").asText())
                .isEqualTo("must be one of: receivedAt, -receivedAt, title, -title, reportDue, -reportDue");
        assertThat(SortParameters.documented(as(null), "/api/review", E))
                .containsExactlyElementsOf(EngagementQueries.SORTS.values());
    }

    private void register(String title, LocalDate receivedAt) {
        Map<String, Object> requester = new HashMap<>();
        requester.put("name", "Ủy ban nhân dân tỉnh Sơn La");
        requester.put("kind", "PEOPLES_COMMITTEE");
        requester.put("requesterId", "ubnd-son-la");
        Map<String, Object> request = new HashMap<>();
        request.put("title", title);
        request.put("subjectType", "ENVIRONMENTAL_ASSESSMENT");
        request.put("issuingLevel", "PROVINCIAL");
        request.put("requester", requester);
        request.put("draftingBody", "Sở Tài nguyên và Môi trường");
        request.put("reviewTypes", List.of("CRITIQUE"));
        request.put("receivedAt", receivedAt.toString());
        request.put("dossier", List.of("Công văn đề nghị"));
        HttpJson.Response r = http.post(E, Map.of("origin", "COMMISSIONED", "request", request));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    private static List<String> titles(HttpJson.Response page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> titles = new ArrayList<>();
        page.json().get("items").forEach(item -> {
            String title = item.get("title").asText();
            titles.add(title.substring(0, title.lastIndexOf(' ')));
        });
        return titles;
    }

    private static List<String> reportDues(HttpJson.Response page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> dues = new ArrayList<>();
        page.json().get("items").forEach(item -> dues.add(item.path("due").path("reportDue").asText(null)));
        return dues;
    }
}
