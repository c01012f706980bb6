package vn.lienhiep.review.engagement.publicevents;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.platform.contracts.SchemaRegistry;
import vn.lienhiep.platform.publishing.PublicEvent;
import vn.lienhiep.platform.publishing.PublicEventCatalog;
import vn.lienhiep.review.common.domain.ReviewForm;
import vn.lienhiep.review.common.domain.SubjectType;
import vn.lienhiep.review.engagement.domain.DueDates;
import vn.lienhiep.review.engagement.domain.EngagementEvents.*;
import vn.lienhiep.review.engagement.domain.ExpertAssignment;
import vn.lienhiep.review.engagement.domain.IssuingLevel;
import vn.lienhiep.review.engagement.domain.PanelRole;
import vn.lienhiep.review.engagement.domain.PanelSeat;
import vn.lienhiep.review.engagement.domain.RequestDetails;
import vn.lienhiep.review.engagement.domain.RequestOrigin;
import vn.lienhiep.review.engagement.domain.Requester;
import vn.lienhiep.review.engagement.domain.RequesterKind;
import vn.lienhiep.review.engagement.domain.ReviewType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What review announces, as the publisher serialises it and validated against infra/contracts: an expert only once
 * the panel is confirmed (one event per seat, each with its own stable id), an old store's acceptances as they were
 * published then, a confidential request without its title, a self-initiated review when the authority consents.
 */
class EngagementPublicEventsTest {

    private final ObjectMapper json = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private final SchemaRegistry schemas = new SchemaRegistry();
    private final PublicEventCatalog catalog = new EngagementPublicEvents().engagementPublicEventCatalog();
    private static final String ID = "eng-1";
    private static final DueDates DUE = new DueDates("QĐ 92/2006/QĐ-UBND", LocalDate.of(2021, 3, 22),
                                                     LocalDate.of(2021, 3, 24), LocalDate.of(2021, 4, 14), false);

    private static RequestDetails request(boolean confidential) {
        return new RequestDetails("Đề án sắp xếp đơn vị hành chính cấp xã", SubjectType.PARTY_POLICY,
                IssuingLevel.PROVINCIAL, null, new Requester("Tỉnh ủy Lào Cai", RequesterKind.PROVINCIAL_PARTY_COMMITTEE),
                null, Set.of(ReviewType.CONSULTANCY), LocalDate.of(2021, 3, 15), null, List.of(), confidential, null,
                null);
    }

    private JsonNode data(PublicEvent event) throws Exception {
        byte[] data = json.writeValueAsBytes(event.payload());
        schemas.validate(event.schemaPath("review"), data);
        return json.readTree(new String(data, StandardCharsets.UTF_8));
    }

    @Test
    void anAcceptanceIsPrivateAndTheConfirmedPanelAnnouncesEachSeatThenItself() throws Exception {
        assertThat(catalog.toPublic(new InvitationAccepted(ID, "exp-a", PanelRole.CHAIR, LocalDate.of(2021, 3, 20),
                                                           null))).isEmpty();

        ReviewPanelFormed formed = new ReviewPanelFormed(ID,
                List.of(new PanelSeat("exp-a", PanelRole.CHAIR), new PanelSeat("exp-b", PanelRole.SECRETARY),
                        new PanelSeat("exp-c", PanelRole.MEMBER)),
                EnumSet.of(ReviewForm.WORKSHOP), LocalDate.of(2021, 3, 25),
                List.of(new ExpertAssignment("exp-a", PanelRole.CHAIR, "Lò Thị Thảo", SubjectType.PARTY_POLICY),
                        new ExpertAssignment("exp-b", PanelRole.SECRETARY, null, SubjectType.PARTY_POLICY)));
        List<PublicEvent> events = catalog.toPublic(formed);
        assertThat(events).extracting(PublicEvent::name)
                          .containsExactly("expert-assigned", "expert-assigned", "panel-formed");
        assertThat(events).extracting(e -> e.cloudEventId("domain-id"))
                          .containsExactly("domain-id:exp-a", "domain-id:exp-b", "domain-id");
        JsonNode chair = data(events.get(0));
        assertThat(chair.path("displayName").asText()).isEqualTo("Lò Thị Thảo");
        assertThat(chair.path("assignedOn").asText()).as("assigned when the panel was formed").isEqualTo("2021-03-25");
        assertThat(data(events.get(1)).has("displayName")).as("no consent, no name").isFalse();
        assertThat(data(events.get(2)).path("memberCount").asInt()).isEqualTo(3);
    }

    @Test
    void anOldStoresAcceptancesAreRepublishedAsTheyWereAndItsPanelsAnnounceNoSeat() throws Exception {
        // ExpertAssignedToReview@1, upcast: what was published on acceptance, with the acceptance's own id.
        InvitationAccepted old = new InvitationAccepted(ID, "exp-a", PanelRole.CHAIR, LocalDate.of(2026, 12, 2),
                new ExpertAssignment("exp-a", PanelRole.CHAIR, "Lò Thị Thảo", SubjectType.PARTY_CONGRESS_DOCUMENT));
        List<PublicEvent> republished = catalog.toPublic(old);
        assertThat(republished).hasSize(1);
        assertThat(republished.get(0).cloudEventId("acceptance-id")).isEqualTo("acceptance-id");
        assertThat(data(republished.get(0))).isEqualTo(json.readTree("""
                {"engagementId":"eng-1","expertId":"exp-a","displayName":"Lò Thị Thảo","panelRole":"CHAIR",
                 "subjectType":"PARTY_CONGRESS_DOCUMENT","assignedOn":"2026-12-02"}"""));

        ReviewPanelFormed oldPanel = new ReviewPanelFormed(ID, List.of(new PanelSeat("exp-a", PanelRole.CHAIR)),
                EnumSet.of(ReviewForm.WORKSHOP), LocalDate.of(2026, 12, 2), List.of());
        assertThat(catalog.toPublic(oldPanel)).extracting(PublicEvent::name).containsExactly("panel-formed");
    }

    @Test
    void aConfidentialRequestIsAnnouncedWithoutItsTitle() throws Exception {
        JsonNode open = data(catalog.toPublic(new ReviewRequestReceived(ID, RequestOrigin.ASSIGNED, request(false), DUE))
                                    .get(0));
        assertThat(open.path("title").asText()).isEqualTo("Đề án sắp xếp đơn vị hành chính cấp xã");
        JsonNode secret = data(catalog.toPublic(new ReviewRequestReceived(ID, RequestOrigin.ASSIGNED, request(true), DUE))
                                      .get(0));
        assertThat(secret.has("title")).isFalse();
        assertThat(secret.toString()).doesNotContain("sắp xếp");
        assertThat(secret.path("requesterKind").asText()).isEqualTo("PROVINCIAL_PARTY_COMMITTEE");
    }

    @Test
    void aSelfInitiatedReviewIsAnnouncedWhenTheAuthorityConsents() throws Exception {
        assertThat(catalog.toPublic(new ReviewProposed(ID, request(false)))).isEmpty();
        DecisionRef consent = new DecisionRef("652/QĐ-UBND", LocalDate.of(2021, 3, 15), "UBND_TINH", null);
        List<PublicEvent> approved = catalog.toPublic(new ReviewProposalApproved(ID, consent, LocalDate.of(2021, 3, 15),
                                                                                 DUE, request(false)));
        assertThat(approved).extracting(PublicEvent::name).containsExactly("request-received");
        JsonNode data = data(approved.get(0));
        assertThat(data.path("origin").asText()).isEqualTo("SELF_INITIATED");
        assertThat(data.path("receivedOn").asText()).isEqualTo("2021-03-15");
        // Approved under revision 1 (no request carried): never announced then, so not now either.
        assertThat(catalog.toPublic(new ReviewProposalApproved(ID, consent, LocalDate.of(2021, 3, 15), DUE, null)))
                .isEmpty();
    }
}
