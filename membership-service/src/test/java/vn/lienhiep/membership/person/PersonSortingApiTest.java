package vn.lienhiep.membership.person;

import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import vn.lienhiep.membership.ApiTestBase;
import vn.lienhiep.membership.person.projection.PersonProjection;
import vn.lienhiep.membership.person.projection.PersonQueries;
import vn.lienhiep.platform.readmodel.SortKeys;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.SortParameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code GET /persons?sort=fullName|-fullName}: Vietnamese order on the server, whatever the spelling's encoding. */
class PersonSortingApiTest extends ApiTestBase {

    private static final String PERSONS = PersonApiTest.PERSONS;

    @Autowired
    MongoTemplate mongo;

    @Test
    void sortsByFullNameTheVietnameseWayBothWays() {
        String tag = "srt" + UUID.randomUUID().toString().substring(0, 6);
        // "Đặng" typed with combining marks (NFD) sorts like its precomposed spelling
        for (String name : List.of(Normalizer.normalize("Đặng Văn Bình", Normalizer.Form.NFD), "Dương Thị Hà",
                                   "Âu Minh Châu", "An Văn Tú", "Lê Thị Lạng", "Lê Thị Lào")) {
            HttpJson.Response r = http.post(PERSONS, PersonApiTest.person(name + " " + tag, "1980-01-01"));
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
        }
        String list = PERSONS + "?q=" + tag + "&sort=";
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(http.get(list + "fullName").json().get("totalItems").asInt()).isEqualTo(6));

        List<String> ascending = List.of("An Văn Tú", "Âu Minh Châu", "Dương Thị Hà", "Đặng Văn Bình", "Lê Thị Lạng",
                                         "Lê Thị Lào");
        assertThat(names(http.get(list + "fullName"))).containsExactlyElementsOf(ascending);
        assertThat(names(http.get(list + "-fullName"))).containsExactly("Lê Thị Lào", "Lê Thị Lạng", "Đặng Văn Bình", "Dương Thị Hà", "Âu Minh Châu", "An Văn Tú");
    }

    @Test
    void aReadModelWrittenBeforeSortKeysIsCompleted() {
        String tag = "srt" + UUID.randomUUID().toString().substring(0, 6);
        for (String name : List.of("Đỗ Hùng", "Dương Hùng")) {
            assertThat(http.post(PERSONS, PersonApiTest.person(name + " " + tag, "1980-01-01")).status()).isEqualTo(201);
        }
        String list = PERSONS + "?q=" + tag + "&sort=fullName";
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(http.get(list).json().get("totalItems").asInt()).isEqualTo(2));
        Query tagged = Query.query(Criteria.where("searchName").regex(" " + tag + "$"));
        mongo.updateMulti(tagged, new Update().unset("sortName"), PersonProjection.COLLECTION);

        assertThat(SortKeys.fillMissing(mongo, PersonProjection.COLLECTION, "fullName", "sortName")).isEqualTo(2);
        assertThat(mongo.find(tagged, Document.class, PersonProjection.COLLECTION))
                .allSatisfy(d -> assertThat(d.getString("sortName"))
                        .isEqualTo(SortKeys.of(d.getString("fullName"))));
        assertThat(names(http.get(list))).containsExactly("Dương Hùng", "Đỗ Hùng");
    }

    @Test
    void anUnknownSortIsA400OnTheFieldSortAndOpenApiListsTheValues() {
        HttpJson.Response r = http.get(PERSONS + "?sort=name");
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        JsonNode error = r.json().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("sort");
        assertThat(error.get("message").asText()).isEqualTo("phải là một trong các giá trị: fullName, -fullName");
        assertThat(error.get("messageEn").asText()).isEqualTo("must be one of: fullName, -fullName");
        assertThat(SortParameters.documented(as(null), "/api/membership", PERSONS))
                .containsExactlyElementsOf(PersonQueries.SORTS.values());
    }

    private static List<String> names(HttpJson.Response page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        page.json().get("items").forEach(item -> {
            String name = Normalizer.normalize(item.get("fullName").asText(), Normalizer.Form.NFC);
            names.add(name.substring(0, name.lastIndexOf(' ')));
        });
        return names;
    }
}
