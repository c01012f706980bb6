package vn.lienhiep.contest.edition.publicevents;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import vn.lienhiep.contest.common.domain.Committee;
import vn.lienhiep.contest.common.domain.ContestType;
import vn.lienhiep.contest.common.domain.EntryAuthor;
import vn.lienhiep.contest.common.domain.PrizeLevel;
import vn.lienhiep.contest.edition.domain.Award;
import vn.lienhiep.contest.edition.domain.EditionEvents;
import vn.lienhiep.contest.edition.domain.Medal;
import vn.lienhiep.contest.edition.domain.NationalTarget;
import vn.lienhiep.contest.entry.domain.Dossier;
import vn.lienhiep.contest.entry.domain.EntrantType;
import vn.lienhiep.contest.entry.domain.EntryEvents;
import vn.lienhiep.contest.entry.publicevents.EntryPublicEvents;
import vn.lienhiep.contest.vifotec.domain.CandidacyEvents;
import vn.lienhiep.contest.vifotec.publicevents.CandidacyPublicEvents;
import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.platform.contracts.SchemaRegistry;
import vn.lienhiep.platform.publishing.PublicEvent;
import vn.lienhiep.platform.publishing.PublicEventCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the contest announces, as the publisher serialises it and validated against infra/contracts: the approval with
 * one prize-awarded per prize (its own stable id, authors by person id and trade-union flag only: no name, share,
 * money or birth date), a revocation, national forwarding and results, the closed edition's counts, and an entry's
 * submission without its authors.
 */
class ContestPublicEventsTest {

    private final ObjectMapper json = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private final SchemaRegistry schemas = new SchemaRegistry();
    private final PublicEventCatalog catalog = PublicEventCatalog.merge(List.of(
            new EditionPublicEvents().editionPublicEventCatalog(), new EntryPublicEvents().entryPublicEventCatalog(),
            new CandidacyPublicEvents().candidacyPublicEventCatalog()));
    private static final DecisionRef DECISION = Committee.decision("12/QĐ-BTCHT", LocalDate.of(2024, 11, 20), null);

    private JsonNode data(PublicEvent event) throws Exception {
        byte[] data = json.writeValueAsBytes(event.payload());
        schemas.validate(event.schemaPath("contest"), data);
        return json.readTree(new String(data, StandardCharsets.UTF_8));
    }

    @Test
    void approvedResultsAnnounceEachPrizeWithoutPersonalData() throws Exception {
        Award first = new Award("entry-1", "001", "AGRI_FOREST_FISHERY_RESOURCES_ENV",
                "Quy trình ghép cải tạo vườn xoài già cỗi", PrizeLevel.FIRST, new BigDecimal("83.50"), 30_000_000,
                List.of(new Award.AwardedAuthor("p-a", "Lò Văn A", true, 60, 18_000_000, true, true),
                        new Award.AwardedAuthor(null, "Cầm Thị B", false, 40, 12_000_000, false, false)));
        Award second = new Award("entry-2", "004", "MEDICINE_PHARMACY", "Phần mềm nhắc lịch tái khám",
                PrizeLevel.SECOND, new BigDecimal("72.00"), 25_000_000,
                List.of(new Award.AwardedAuthor("p-e", "Lường Thị E", true, 100, 25_000_000, false, true)));
        List<PublicEvent> events = catalog.toPublic(new EditionEvents.ContestResultsApproved("ed-9",
                ContestType.TECH_INNOVATION, 9, "lần thứ 9", 2024, DECISION, List.of(first, second)));

        assertThat(events).extracting(PublicEvent::name)
                          .containsExactly("results-approved", "prize-awarded", "prize-awarded");
        JsonNode approved = data(events.get(0));
        assertThat(approved.path("prizesByLevel").path("FIRST").asInt()).isEqualTo(1);
        assertThat(approved.path("decision").path("number").asText()).isEqualTo("12/QĐ-BTCHT");
        assertThat(events.get(1).idSuffix()).isEqualTo("entry-1");
        assertThat(events.get(2).idSuffix()).isEqualTo("entry-2");
        JsonNode prize = data(events.get(1));
        assertThat(prize.path("level").asText()).isEqualTo("FIRST");
        assertThat(prize.path("authors")).hasSize(2);
        assertThat(prize.path("authors").get(0).path("personId").asText()).isEqualTo("p-a");
        assertThat(prize.path("authors").get(0).path("tradeUnionMember").asBoolean()).isTrue();
        assertThat(prize.path("authors").get(1).has("personId")).isFalse();
        assertThat(prize.toString()).doesNotContain("Lò Văn A").doesNotContain("18000000").doesNotContain("60");
    }

    @Test
    void revocationForwardingResultsAndTheClosedEditionMatchTheirSchemas() throws Exception {
        assertThat(data(catalog.toPublic(new EditionEvents.PrizeRevoked("ed-9", "entry-1", PrizeLevel.FIRST,
                "ICT", 2024, DECISION, "Giải pháp sao chép")).get(0)).path("reason").asText())
                .isEqualTo("Giải pháp sao chép");
        assertThat(data(catalog.toPublic(new EditionEvents.NationalNominationSent("ed-9",
                NationalTarget.NATIONAL_CONTEST, 18, List.of("entry-1", "entry-2"), LocalDate.of(2024, 12, 1)))
                .get(0)).path("entryIds")).hasSize(2);
        JsonNode notAwarded = data(catalog.toPublic(new EditionEvents.NationalResultRecorded("ed-9", "entry-2",
                NationalTarget.NATIONAL_CONTEST, 18, null, Medal.NONE, 2025)).get(0));
        assertThat(notAwarded.has("level")).isFalse();
        JsonNode closed = data(catalog.toPublic(new EditionEvents.EditionArchived("ed-9", ContestType.TECH_INNOVATION,
                9, 2024, 45, 79, Map.of("ICT", 5, "MEDICINE_PHARMACY", 40), Map.of("FIRST", 1, "SECOND", 2), 2,
                LocalDate.of(2025, 1, 10))).get(0));
        assertThat(closed.path("authorParticipations").asInt()).isEqualTo(79);
        assertThat(data(catalog.toPublic(new EditionEvents.SubmissionDeadlineExtended("ed-9",
                LocalDate.of(2024, 6, 30), LocalDate.of(2024, 7, 15), DECISION)).get(0)).path("newClose").asText())
                .isEqualTo("2024-07-15");
    }

    @Test
    void aSubmittedEntryIsAnnouncedWithoutItsAuthors() throws Exception {
        Dossier dossier = new Dossier("ICT", "Phần mềm quản lý hồ sơ", EntrantType.INDIVIDUAL, null, null,
                List.of(new EntryAuthor("p-x", "Nguyễn Văn X", true, 100, "Sở Thông tin", false,
                                        LocalDate.of(1990, 1, 1), false)),
                2022, 2023, List.of(), List.of(), null, true, null);
        JsonNode submitted = data(catalog.toPublic(new EntryEvents.EntrySubmitted("entry-1", "001", "ed-9",
                ContestType.TECH_INNOVATION, dossier, LocalDate.of(2024, 6, 1), null, 1)).get(0));
        assertThat(submitted.path("authorCount").asInt()).isEqualTo(1);
        assertThat(submitted.toString()).doesNotContain("Nguyễn").doesNotContain("p-x").doesNotContain("1990");
        assertThat(catalog.toPublic(new EntryEvents.EntryScored("entry-1", "p-j", null, Map.of(), BigDecimal.TEN,
                null, 1, LocalDate.of(2024, 7, 1)))).as("scores never leave the service").isEmpty();
    }

    @Test
    void aVifotecCandidacyIsAnnouncedWhenForwardedAndWhenItsResultIsKnown() throws Exception {
        DecisionRef letter = new DecisionRef("12/LHH-VP", LocalDate.of(2024, 9, 30), "THUONG_TRUC", "Chủ tịch");
        JsonNode forwarded = data(catalog.toPublic(new CandidacyEvents.VifotecCandidacyForwarded("c-1", 2024,
                "BIOLOGY", letter, LocalDate.of(2024, 10, 1))).get(0));
        assertThat(forwarded.path("letter").path("issuedBy").asText()).isEqualTo("THUONG_TRUC");
        JsonNode notAwarded = data(catalog.toPublic(new CandidacyEvents.VifotecResultRecorded("c-1", 2024, "BIOLOGY",
                null, 2025)).get(0));
        assertThat(notAwarded.has("level")).isFalse();
        assertThat(catalog.toPublic(new CandidacyEvents.CandidacyPrescreened("c-1", LocalDate.of(2024, 9, 1))))
                .as("pre-screening is the union's own business").isEmpty();
    }
}
