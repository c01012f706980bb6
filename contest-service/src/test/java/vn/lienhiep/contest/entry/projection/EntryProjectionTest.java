package vn.lienhiep.contest.entry.projection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.lienhiep.contest.common.domain.Committee;
import vn.lienhiep.contest.common.domain.ContestType;
import vn.lienhiep.contest.common.domain.EditionTerms;
import vn.lienhiep.contest.common.domain.EntryAuthor;
import vn.lienhiep.contest.common.domain.Judge;
import vn.lienhiep.contest.common.domain.SubPanel;
import vn.lienhiep.contest.common.projection.JsonDocuments;
import vn.lienhiep.contest.edition.domain.EditionEvents;
import vn.lienhiep.contest.entry.domain.Dossier;
import vn.lienhiep.contest.entry.domain.EntrantType;
import vn.lienhiep.contest.entry.domain.EntryEvents;
import vn.lienhiep.contest.entry.domain.Round;
import vn.lienhiep.platform.autoconfigure.EventStoreAutoConfiguration;
import vn.lienhiep.platform.readmodel.VersionedDocuments;
import vn.lienhiep.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entries read model driven directly with events: an entry submitted after its edition's jury was appointed gets
 * its sub-panel at once, one submitted before gets it when the jury is appointed; the blind flag follows the rules in
 * force; scores pushed again on a redelivery are not doubled, a re-score stands beside the first sheets.
 */
class EntryProjectionTest {

    private static MongoClient client;
    private static EntryProjection projection;
    private static EntryQueries queries;
    private static final Instant T0 = Instant.parse("2024-08-01T02:00:00Z");

    @BeforeAll
    static void connect() {
        String db = "contest_entries_" + UUID.randomUUID().toString().substring(0, 8);
        client = MongoClients.create(TestInfrastructure.mongoUri(db));
        MongoTemplate mongo = new MongoTemplate(client, db);
        ObjectMapper axon = new EventStoreAutoConfiguration().defaultAxonObjectMapper();
        JsonDocuments json = new JsonDocuments(axon);
        projection = new EntryProjection(new VersionedDocuments(mongo), json);
        queries = new EntryQueries(mongo, json);
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private static EntryEvents.EntrySubmitted submitted(String id, String edition, String field) {
        Dossier dossier = new Dossier(field, "Giải pháp " + id, EntrantType.INDIVIDUAL, null, null,
                List.of(new EntryAuthor("p-" + id, "Lò Văn " + id, true, 100, "Trạm Khuyến nông", true, null, true)),
                2020, 2021, List.of(), List.of(), null, true, null);
        return new EntryEvents.EntrySubmitted(id, "001", edition, ContestType.TECH_INNOVATION, dossier,
                                              LocalDate.of(2024, 8, 1), null, 1);
    }

    @Test
    void theSubPanelReachesEntriesSubmittedBeforeAndAfterTheJury() {
        String edition = "ed-" + UUID.randomUUID();
        EditionTerms standard = EditionTerms.defaults(ContestType.TECH_INNOVATION, LocalDate.of(2024, 2, 1),
                                                      LocalDate.of(2024, 9, 30));
        EditionTerms blind = new EditionTerms(1, Committee.decision("01/QĐ-BTC", LocalDate.of(2024, 1, 25), null),
                standard.fields(), standard.eligibility(), standard.scoring(), standard.prizes(),
                standard.submissionOpen(), standard.submissionClose(), true, true, null);
        projection.on(new EditionEvents.EditionRulesIssued(edition, ContestType.TECH_INNOVATION, 9, "lần thứ 9", blind));
        String before = "en-" + UUID.randomUUID();
        projection.on(submitted(before, edition, "ICT"), 0, T0);
        assertThat(queries.find(before).orElseThrow().panelJudges()).isEmpty();
        assertThat(queries.find(before).orElseThrow().blind()).isTrue();

        projection.on(new EditionEvents.JuryAppointed(edition, Committee.decision("07/QĐ-BTC", LocalDate.of(2024, 10, 1),
                null), List.of(new SubPanel("ICT", "j1", List.of(new Judge("j1", "Giám khảo 1", null),
                                                                  new Judge("j2", "Giám khảo 2", null))))));
        assertThat(queries.find(before).orElseThrow().panelJudges()).containsExactly("j1", "j2");

        String after = "en-" + UUID.randomUUID();
        projection.on(submitted(after, edition, "ICT"), 0, T0);
        assertThat(queries.find(after).orElseThrow().panelJudges()).containsExactly("j1", "j2");
        assertThat(queries.search(edition, null, null, "j2", null, null, 0, 20).totalItems()).isEqualTo(2);
        assertThat(queries.search(edition, null, null, "j9", null, null, 0, 20).totalItems()).isZero();
        assertThat(queries.search(edition, null, null, null, null, "\u0000 ?!", 0, 20).totalItems())
                .as("a query without words filters nothing (found by the fuzzer: it answered 500)").isEqualTo(2);
        assertThat(queries.search(edition, null, null, null, null, "giai phap " + after.substring(3, 9), 0, 20)
                          .totalItems()).as("the title's words, without diacritics").isEqualTo(1);
        assertThat(queries.search(edition, null, null, null, "p-" + after, null, 0, 20).items())
                .as("an entrant's own entries, by the authors' person ids").extracting(EntryView::id).containsExactly(after);
    }

    @Test
    void aRedeliveredScoreIsNotCountedTwiceAndAReScoreStandsBesideTheFirst() {
        String id = "en-" + UUID.randomUUID();
        projection.on(submitted(id, "ed-x", "ICT"), 0, T0);
        Map<String, BigDecimal> points = Map.of("NOVELTY", new BigDecimal("20"), "APPLICABILITY", new BigDecimal("20"),
                                                "EFFECTIVENESS", new BigDecimal("30.5"));
        EntryEvents.EntryScored scored = new EntryEvents.EntryScored(id, "j1", Round.PRELIMINARY, points,
                new BigDecimal("70.5"), null, 1, LocalDate.of(2024, 10, 10));
        projection.on(scored, 1, T0.plusSeconds(1));
        projection.on(scored, 1, T0.plusSeconds(1));
        projection.on(new EntryEvents.EntryRescored(id, "j1", Round.PRELIMINARY, points, new BigDecimal("70.5"),
                "Chấm lại", 1, LocalDate.of(2024, 10, 12)), 2, T0.plusSeconds(2));
        EntryView view = queries.find(id).orElseThrow();
        assertThat(view.scores()).hasSize(2);
        assertThat(view.scores().get(0).rescore()).isFalse();
        assertThat(view.scores().get(1).rescore()).isTrue();
        assertThat(view.scores().get(0).points()).containsEntry("EFFECTIVENESS", 30.5);
        assertThat(view.withScoresOf("j2").scores()).as("another judge sees none of them").isEmpty();
    }
}
