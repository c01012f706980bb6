package vn.lienhiep.contest.statistics.projection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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
import vn.lienhiep.contest.common.domain.PrizeLevel;
import vn.lienhiep.contest.edition.domain.Award;
import vn.lienhiep.contest.edition.domain.EditionEvents;
import vn.lienhiep.contest.edition.domain.Medal;
import vn.lienhiep.contest.edition.domain.NationalTarget;
import vn.lienhiep.contest.entry.domain.Dossier;
import vn.lienhiep.contest.entry.domain.EntrantType;
import vn.lienhiep.contest.entry.domain.EntryEvents;
import vn.lienhiep.contest.history.domain.PastAuthor;
import vn.lienhiep.contest.history.domain.PastEditionEvents;
import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facts behind R-C1..R-C3 driven directly with events, on the real Mongo driver: a redelivered story counts the
 * same (sets and upserts, never increments), a revoked prize stops counting from its decision's date, an entry
 * competes from its eligibility and not before, a past edition counts from the end of its award year, and the same
 * person is one distinct author across a live and a past edition (by person id), while a name-only author is one by
 * canonical name.
 */
class ContestStatisticsProjectionTest {

    private static MongoClient client;
    private static ContestStatisticsProjection projection;
    private static ContestStatisticsQueries queries;

    @BeforeAll
    static void connect() {
        String db = "contest_statistics_" + UUID.randomUUID().toString().substring(0, 8);
        client = MongoClients.create(TestInfrastructure.mongoUri(db));
        MongoTemplate mongo = new MongoTemplate(client, db);
        projection = new ContestStatisticsProjection(mongo);
        queries = new ContestStatisticsQueries(mongo);
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private static List<Runnable> story() {
        DecisionRef results = Committee.decision("12/QĐ-BTCHT", LocalDate.of(2024, 11, 20), null);
        DecisionRef revocation = Committee.decision("20/QĐ-BTCHT", LocalDate.of(2025, 3, 1), null);
        EditionTerms terms = EditionTerms.defaults(ContestType.TECH_INNOVATION, LocalDate.of(2024, 2, 1),
                                                   LocalDate.of(2024, 9, 30));
        EntryAuthor lo = new EntryAuthor("p-lo", "Lò Văn A", true, 60, "Trạm Khuyến nông Yên Châu", true, null, true);
        EntryAuthor cam = new EntryAuthor(null, "Cầm Thị B", false, 40, "Hợp tác xã Chiềng Hặc", false, null, false);
        EntryAuthor ha = new EntryAuthor(null, "Hà Văn D", true, 100, "Đội chè Mộc Châu", false, null, false);
        List<Runnable> steps = new ArrayList<>();
        steps.add(() -> projection.on(new EditionEvents.EditionDrafted("ed-9", ContestType.TECH_INNOVATION, 9,
                "lần thứ 9", "2024", 2024, 18, terms)));
        steps.add(() -> projection.on(new EntryEvents.EntrySubmitted("en-1", "001", "ed-9", ContestType.TECH_INNOVATION,
                dossier("AGRI_FOREST_FISHERY_RESOURCES_ENV", "Ghép xoài", List.of(lo, cam)), LocalDate.of(2024, 8, 1),
                null, 1)));
        steps.add(() -> projection.on(new EntryEvents.EntrySubmitted("en-2", "002", "ed-9", ContestType.TECH_INNOVATION,
                dossier("AGRI_FOREST_FISHERY_RESOURCES_ENV", "Bẫy côn trùng", List.of(ha)), LocalDate.of(2024, 8, 2),
                null, 1)));
        steps.add(() -> projection.on(new EntryEvents.EntryDeclaredEligible("en-1", "ed-9",
                "AGRI_FOREST_FISHERY_RESOURCES_ENV", 1, LocalDate.of(2024, 10, 5))));
        steps.add(() -> projection.on(new EntryEvents.EntryDeclaredEligible("en-2", "ed-9",
                "AGRI_FOREST_FISHERY_RESOURCES_ENV", 1, LocalDate.of(2024, 10, 5))));
        steps.add(() -> projection.on(new EditionEvents.ContestResultsApproved("ed-9", ContestType.TECH_INNOVATION, 9,
                "lần thứ 9", 2024, results, List.of(new Award("en-1", "001", "AGRI_FOREST_FISHERY_RESOURCES_ENV",
                        "Ghép xoài", PrizeLevel.FIRST, new BigDecimal("83.50"), 30_000_000L, List.of())))));
        steps.add(() -> projection.on(new EditionEvents.CeremonyHeld("ed-9", LocalDate.of(2024, 12, 1))));
        steps.add(() -> projection.on(new EditionEvents.NationalNominationSent("ed-9", NationalTarget.NATIONAL_CONTEST,
                18, List.of("en-1"), LocalDate.of(2024, 12, 10))));
        steps.add(() -> projection.on(new EditionEvents.NationalResultRecorded("ed-9", "en-1",
                NationalTarget.NATIONAL_CONTEST, 18, PrizeLevel.THIRD, Medal.BRONZE, 2025)));
        steps.add(() -> projection.on(new EditionEvents.PrizeRevoked("ed-9", "en-1", PrizeLevel.FIRST,
                "AGRI_FOREST_FISHERY_RESOURCES_ENV", 2024, revocation, "Sao chép")));
        // The 8th edition from paper: the same person (by id), and a name-only author written another way.
        steps.add(() -> projection.on(new PastEditionEvents.PastEditionRecorded("past-8", ContestType.TECH_INNOVATION, 8,
                2022, "lần thứ 8")));
        steps.add(() -> projection.on(new PastEditionEvents.PastEntryRecorded("past-8", ContestType.TECH_INNOVATION, 8,
                2022, "01", "ICT", "Phần mềm hộ nghèo", List.of(new PastAuthor("Lò Văn A", "p-lo", true),
                new PastAuthor("hà  văn d", null, false)), "UBND huyện Mai Sơn", PrizeLevel.SECOND, null, false)));
        return steps;
    }

    private static Dossier dossier(String field, String title, List<EntryAuthor> authors) {
        return new Dossier(field, title, EntrantType.INDIVIDUAL, null, null, authors, 2020, 2021, List.of(), List.of(),
                           null, true, null);
    }

    @Test
    void theReportCountsEachFactOnceAndAsOfItsDate() {
        List<Runnable> story = story();
        story.forEach(Runnable::run);
        ContestReport once = queries.report("TECH_INNOVATION", LocalDate.of(2025, 1, 31));
        story.forEach(Runnable::run);
        ContestReport again = queries.report("TECH_INNOVATION", LocalDate.of(2025, 1, 31));
        assertThat(again).as("a redelivered story counts the same").isEqualTo(once);

        assertThat(once.editions()).isEqualTo(2);
        assertThat(once.entries()).isEqualTo(3);
        assertThat(once.authorParticipations()).isEqualTo(5);
        assertThat(once.distinctAuthors()).as("Lò Văn A by id, Hà Văn D by canonical name, Cầm Thị B").isEqualTo(3);
        assertThat(once.awardedEntries()).isEqualTo(2);
        assertThat(once.awardedByLevel()).containsEntry("FIRST", 1).containsEntry("SECOND", 1);
        assertThat(once.nationalAwards()).as("the national result's year is 2025").isEqualTo(1);
        assertThat(once.nationalNominations()).isEqualTo(1);

        ContestReport afterRevocation = queries.report("TECH_INNOVATION", LocalDate.of(2025, 3, 1));
        assertThat(afterRevocation.awardedEntries()).as("the revoked prize stops counting on its decision's date")
                                                  .isEqualTo(1);
        assertThat(afterRevocation.awardedByLevel()).doesNotContainKey("FIRST");

        ContestReport beforeEligibility = queries.report("TECH_INNOVATION", LocalDate.of(2024, 10, 4));
        assertThat(beforeEligibility.entries()).as("the 8th edition only: the 9th's entries compete from 5 October")
                                               .isEqualTo(1);
        assertThat(beforeEligibility.editions()).isEqualTo(1);
        ContestReport in2022 = queries.report("TECH_INNOVATION", LocalDate.of(2022, 6, 30));
        assertThat(in2022.editions()).as("a past edition counts from the end of its award year").isZero();
        assertThat(in2022.byEdition()).isEmpty();
    }
}
