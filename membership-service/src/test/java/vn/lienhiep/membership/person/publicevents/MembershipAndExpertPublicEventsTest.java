package vn.lienhiep.membership.person.publicevents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import vn.lienhiep.membership.expert.domain.Availability;
import vn.lienhiep.membership.expert.domain.ExpertDetails;
import vn.lienhiep.membership.expert.domain.ExpertEvents.*;
import vn.lienhiep.membership.expert.domain.ExpertScope;
import vn.lienhiep.membership.expert.domain.ExpertStatus;
import vn.lienhiep.membership.expert.publicevents.ExpertPublicEvents;
import vn.lienhiep.membership.person.domain.MemberType;
import vn.lienhiep.membership.person.domain.PersonEvents.*;
import vn.lienhiep.platform.contracts.SchemaRegistry;
import vn.lienhiep.platform.publishing.PublicEvent;
import vn.lienhiep.platform.publishing.PublicEventCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every public payload of persons and experts, serialised as the publisher does, validates against its schema; the
 * schemas refuse personal data; private cases stay private.
 */
class MembershipAndExpertPublicEventsTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                                                        .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private final SchemaRegistry schemas = new SchemaRegistry();
    private final PublicEventCatalog persons = new PersonPublicEvents().personPublicEventCatalog();
    private final PublicEventCatalog experts = new ExpertPublicEvents().expertPublicEventCatalog();

    private static final ExpertDetails PUBLISHING = new ExpertDetails(List.of("202"), "Lưới điện", ExpertScope.LOCAL,
            5, List.of("Công ty Điện lực"), List.of("Kỹ sư"), Availability.LIMITED, true, true);
    private static final ExpertDetails PRIVATE = new ExpertDetails(List.of("202"), null, ExpertScope.CENTRAL_INVITED,
            null, List.of("Bộ Công Thương"), List.of(), Availability.AVAILABLE, true, false);
    private static final Instant AT = Instant.parse("2026-03-01T01:02:03Z");

    private JsonNode validPayload(PublicEventCatalog catalog, Object event, String name) throws Exception {
        List<PublicEvent> published = catalog.toPublic(event);
        assertThat(published).as(name + " is public, once").hasSize(1);
        assertThat(published.get(0).name()).isEqualTo(name);
        byte[] data = json.writeValueAsBytes(published.get(0).payload());
        schemas.validate("membership/" + name + ".v1.json", data);
        return json.readTree(data);
    }

    @Test
    void membershipEventsMatchTheirSchemas() throws Exception {
        JsonNode started = validPayload(persons, new MembershipStarted("p", "m", "o", MemberType.HONORARY,
                LocalDate.of(2010, 5, 15), false), "membership-started");
        assertThat(started.get("since").asText()).isEqualTo("2010-05-15");
        assertThat(started.get("continuous").asBoolean()).isFalse();
        JsonNode ended = validPayload(persons, new MembershipEnded("p", "m", "o", LocalDate.of(2020, 1, 1),
                                                                   "qua đời"), "membership-ended");
        assertThat(ended.has("reason")).as("free text about a private person is not published").isFalse();
        assertThat(ended.get("until").asText()).isEqualTo("2020-01-01");
        assertThat(persons.isPublic(PersonRegistered.class)).isFalse();
        assertThat(persons.isPublic(PersonProfileUpdated.class)).isFalse();
    }

    @Test
    void expertEventsMatchTheirSchemasAndCarryTheNameOnlyWithConsent() throws Exception {
        JsonNode named = validPayload(experts, new ExpertVerified("e", "p", PUBLISHING, "Nguyễn Văn A", AT, null),
                                      "expert-verified");
        assertThat(named.get("displayName").asText()).isEqualTo("Nguyễn Văn A");
        assertThat(named.get("verifiedAt").asText()).isEqualTo("2026-03-01T01:02:03Z");
        // Even if a name slipped into the event, no consent means no name on the wire.
        JsonNode anonymous = validPayload(experts, new ExpertVerified("e", "p", PRIVATE, "Nguyễn Văn A", AT, null),
                                          "expert-verified");
        assertThat(anonymous.has("displayName")).isFalse();
        validPayload(experts, new ExpertProfileChanged("e", "p", PUBLISHING, "Nguyễn Văn A", ExpertStatus.ACTIVE,
                                                   ExpertStatus.ACTIVE, AT),
                     "expert-profile-changed");
        validPayload(experts, new ExpertDeactivated("e", "p", null, LocalDate.of(2026, 3, 1)), "expert-deactivated");
        assertThat(validPayload(experts, new ExpertDeactivated("e", "p", "nghỉ hưu", LocalDate.of(2026, 3, 1)),
                                "expert-deactivated").has("reason")).isFalse();
    }

    @Test
    void changesOfProfilesThatAreNotActiveStayPrivate() {
        for (ExpertStatus status : List.of(ExpertStatus.PENDING_VERIFICATION, ExpertStatus.INACTIVE)) {
            assertThat(experts.toPublic(new ExpertProfileChanged("e", "p", PUBLISHING, null, status, status, null))).isEmpty();
        }
        assertThat(experts.isPublic(ExpertRegistered.class)).isFalse();
        assertThat(experts.isPublic(ExpertRejected.class)).isFalse();
    }

    @Test
    void theSchemasRefusePersonalData() throws Exception {
        for (String name : List.of("membership-started", "expert-verified")) {
            Object event = name.startsWith("membership")
                    ? new MembershipStarted("p", "m", "o", MemberType.OFFICIAL, LocalDate.of(2010, 1, 1), true)
                    : new ExpertVerified("e", "p", PRIVATE, null, AT, null);
            ObjectNode payload = (ObjectNode) json.valueToTree(
                    (name.startsWith("membership") ? persons : experts).toPublic(event).get(0).payload());
            payload.put("dateOfBirth", "1980-01-01");
            assertThatThrownBy(() -> schemas.validate("membership/" + name + ".v1.json", payload))
                    .isInstanceOf(SchemaRegistry.SchemaViolationException.class);
        }
    }
}
