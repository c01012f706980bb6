package vn.lienhiep.contest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.ServiceApiTest;
import vn.lienhiep.testing.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The contest's API as the tests drive it, each body with its own token: the committee, the secretariat, the jury
 * chair, judges by person id, and the union's staff reading. The request bodies (decisions, dossiers, authors, jury
 * sub-panels, score sheets) are the static helpers; the steps an edition goes through are the instance's.
 */
public final class ContestFixture {

    public static final String ED = "/api/contest/editions";
    public static final String EN = "/api/contest/entries";
    public static final LocalDate TODAY = LocalDate.now(Clocks.VIETNAM);

    public final HttpJson committee;
    public final HttpJson secretariat;
    public final HttpJson chair;
    /** The union's staff with the leadership's role: reads editions and entries. */
    public final HttpJson office;
    private final ServiceApiTest api;

    public ContestFixture(ServiceApiTest api) {
        this.api = api;
        committee = api.as(TestTokens.shared().bearer("test-btc", Role.CONTEST_COMMITTEE));
        secretariat = api.as(TestTokens.shared().bearer("test-thuky", Role.CONTEST_SECRETARIAT));
        chair = api.as(TestTokens.shared().user("test-truongbgk").roles(Role.JURY_CHAIR).person("p-chair").bearer());
        office = api.as(TestTokens.shared().bearer("test-staff", Role.UNION_STAFF, Role.UNION_LEADERSHIP));
    }

    /** A judge scoring as the person their token names. */
    public HttpJson judge(String personId) {
        return api.as(TestTokens.shared().user("judge-" + personId).roles(Role.JUDGE).person(personId).bearer());
    }

    // --- the steps of an edition ---------------------------------------------------------------------------------

    /** A new edition of {@code type}, its rules issued five days ago and launched the same day. */
    public String launched(String type, String label, Map<String, Object> terms) {
        HttpJson.Response drafted = secretariat.post(ED, Map.of("type", type, "ordinal", ApiTestBase.nextOrdinal(),
                                                                "label", label, "awardYear", TODAY.getYear(),
                                                                "terms", terms));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        String id = drafted.json().path("id").asText();
        ok(committee.post(ED + "/" + id + "/rules", Map.of("decision", decision("01/QĐ-BTC", 5))));
        ok(committee.post(ED + "/" + id + "/launch", Map.of("launchedOn", TODAY.minusDays(5).toString())));
        return id;
    }

    public String submit(String edition, Map<String, Object> dossier, int daysAgo, Integer postmarkDaysAgo) {
        HttpJson.Response r = secretariat.post(EN, submission(edition, dossier, daysAgo, postmarkDaysAgo));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().path("id").asText();
    }

    public void refused(String edition, Map<String, Object> dossier, int daysAgo, Integer postmarkDaysAgo,
                        String ruleCode) {
        rule(secretariat.post(EN, submission(edition, dossier, daysAgo, postmarkDaysAgo)), ruleCode);
    }

    public void assign(String entry, String... judges) {
        for (String j : judges) {
            ok(chair.post(EN + "/" + entry + "/judges", Map.of("judgeId", j)));
        }
    }

    public void score(String entry, String judgeId, Map<String, Object> sheet) {
        ok(judge(judgeId).post(EN + "/" + entry + "/scores", sheet));
    }

    public void rescore(String entry, String judgeId, Map<String, Object> sheet) {
        ok(judge(judgeId).post(EN + "/" + entry + "/rescores", sheet));
    }

    /** The entry as the office reads it, once {@code ready} holds (read models follow the events). */
    public JsonNode awaitEntry(String id, Predicate<JsonNode> ready) {
        return awaitRead(EN + "/" + id, ready);
    }

    /** The edition as the office reads it, once {@code ready} holds. */
    public JsonNode awaitEdition(String id, Predicate<JsonNode> ready) {
        return awaitRead(ED + "/" + id, ready);
    }

    private JsonNode awaitRead(String path, Predicate<JsonNode> ready) {
        List<JsonNode> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).until(() -> {
            HttpJson.Response r = office.get(path);
            seen.add(0, r.json());
            return r.status() == 200 && ready.test(r.json());
        });
        return seen.get(0);
    }

    // --- request bodies ------------------------------------------------------------------------------------------

    public static Map<String, Object> decision(String number, int daysAgo) {
        return Map.of("number", number, "date", TODAY.minusDays(daysAgo).toString(), "signer", "Trưởng Ban Tổ chức");
    }

    public static Map<String, Object> author(String personId, String name, boolean principal, int share,
                                             String workplace, boolean consent) {
        Map<String, Object> a = new HashMap<>();
        a.put("personId", personId);
        a.put("name", name);
        a.put("principal", principal);
        a.put("sharePercent", share);
        a.put("workplace", workplace);
        a.put("tradeUnionMember", principal);
        a.put("consentToPublish", consent);
        return a;
    }

    public static Map<String, Object> born(Map<String, Object> author, LocalDate on) {
        author.put("birthDate", on.toString());
        return author;
    }

    public static Map<String, Object> dossier(String field, String title, List<Map<String, Object>> authors) {
        Map<String, Object> d = new HashMap<>();
        d.put("field", field);
        d.put("title", title);
        d.put("entrantType", "INDIVIDUAL");
        d.put("authors", authors);
        d.put("createdYear", 2020);
        d.put("appliedSinceYear", 2021);
        d.put("applicationSites", List.of("Huyện Yên Châu"));
        d.put("evidence", List.of(Map.of("type", "CONFIRMATION_BY_APPLYING_UNIT", "issuer", "UBND xã Chiềng Hặc")));
        d.put("inProvince", true);
        return d;
    }

    @SafeVarargs
    public static Map<String, Object> panel(String field, Map<String, Object>... judges) {
        return Map.of("field", field, "judges", List.of(judges));
    }

    public static Map<String, Object> judgeOf(String personId, String workplace) {
        return Map.of("judgeId", personId, "name", "Giám khảo " + personId, "workplace", workplace);
    }

    public static Map<String, Object> sheet(double novelty, double applicability, double effectiveness) {
        return Map.of("points", Map.of("NOVELTY", novelty, "APPLICABILITY", applicability,
                                       "EFFECTIVENESS", effectiveness));
    }

    public static Map<String, Object> submission(String edition, Map<String, Object> dossier, int daysAgo,
                                                 Integer postmarkDaysAgo) {
        Map<String, Object> body = new HashMap<>();
        body.put("editionId", edition);
        body.put("dossier", dossier);
        body.put("submittedOn", TODAY.minusDays(daysAgo).toString());
        if (postmarkDaysAgo != null) {
            body.put("postmarkedOn", TODAY.minusDays(postmarkDaysAgo).toString());
        }
        return body;
    }

    // --- answers -------------------------------------------------------------------------------------------------

    public static JsonNode row(JsonNode standings, String entryId) {
        for (JsonNode r : standings.path("rows")) {
            if (r.path("entryId").asText().equals(entryId)) {
                return r;
            }
        }
        throw new AssertionError("no standing for " + entryId + ": " + standings);
    }

    public static JsonNode award(JsonNode edition, String entryId) {
        for (JsonNode w : edition.path("awards")) {
            if (w.path("entryId").asText().equals(entryId)) {
                return w;
            }
        }
        throw new AssertionError("no award for " + entryId);
    }

    public static void ok(HttpJson.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    public static void rule(HttpJson.Response response, String ruleCode) {
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.json().path("rule").asText()).as(response.toString()).isEqualTo(ruleCode);
    }
}
