package vn.lienhiep.membership.governance;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import vn.lienhiep.membership.governance.domain.GovernanceEvents.CongressClosed;
import vn.lienhiep.membership.governance.domain.GovernanceEvents.OfficeHoldingEnded;
import vn.lienhiep.membership.governance.domain.GovernanceEvents.OfficeHoldingStarted;
import vn.lienhiep.membership.governance.domain.GoverningBodyType;
import vn.lienhiep.membership.governance.domain.HoldingBasis;
import vn.lienhiep.membership.governance.domain.Position;
import vn.lienhiep.membership.governance.domain.ServiceMode;
import vn.lienhiep.membership.governance.publicevents.GovernancePublicEvents;
import vn.lienhiep.platform.contracts.SchemaRegistry;
import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.platform.publishing.PublicEvent;
import vn.lienhiep.platform.publishing.PublicEventCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every governance payload, as the publisher serialises it, satisfies its JSON Schema in infra/contracts. */
class GovernancePublicEventsTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                                                        .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private final SchemaRegistry schemas = new SchemaRegistry();
    private final PublicEventCatalog catalog = new GovernancePublicEvents().governancePublicEventCatalog();
    private final LocalDate day = LocalDate.of(2010, 5, 15);
    private final DecisionRef decision = new DecisionRef("01/NQ-ĐH", day, "DAI_HOI", "Chủ tịch đoàn");

    @Test
    void electedAppointedAndReElectedHoldersValidate() throws Exception {
        validate(new OfficeHoldingStarted("union-14", "h1", 1, "p1", "Phạm Thị Hà", GoverningBodyType.BTV,
                Position.CHAIR, ServiceMode.FULL_TIME, day, HoldingBasis.ELECTED, 1, decision), "office-holder-elected");
        validate(new OfficeHoldingStarted("union-14", "h9", 1, "p9", "Nguyễn Văn A", GoverningBodyType.BCH,
                Position.MEMBER, ServiceMode.CONCURRENT, day, HoldingBasis.APPOINTED, null,
                new DecisionRef("20/NQ-BCH", day, "BCH", null)), "office-holder-elected");
    }

    @Test
    void endedHoldingsAndClosedCongressesValidate() throws Exception {
        validate(new OfficeHoldingEnded("union-14", "h1", "p1", "Phạm Thị Hà", GoverningBodyType.BTV, Position.CHAIR,
                                        day, "Hết nhiệm kỳ / Term ended", null), "office-holding-ended");
        byte[] closed = validate(new CongressClosed("union-14", 1, 1, day, 140, 150), "congress-closed");
        assertThat(json.readTree(closed).get("closedOn").asText()).isEqualTo("2010-05-15");
    }

    @Test
    void theSchemasCatchADriftedPayload() throws Exception {
        byte[] data = validate(new CongressClosed("union-14", 1, 1, day, 140, 150), "congress-closed");
        ObjectNode node = (ObjectNode) json.readTree(data);
        node.remove("termOrdinal");
        assertThatThrownBy(() -> schemas.validate("membership/congress-closed.v1.json", node))
                .isInstanceOf(SchemaRegistry.SchemaViolationException.class);
        ObjectNode holder = (ObjectNode) json.readTree(json.writeValueAsBytes(GovernancePublicEvents.elected(
                new OfficeHoldingStarted("union-14", "h1", 1, "p1", "A", GoverningBodyType.BCH, Position.MEMBER,
                        ServiceMode.CONCURRENT, day, HoldingBasis.ELECTED, 1, decision))));
        holder.put("position", "PRESIDENT");
        assertThatThrownBy(() -> schemas.validate("membership/office-holder-elected.v1.json", holder))
                .isInstanceOf(SchemaRegistry.SchemaViolationException.class);
    }

    private byte[] validate(Object event, String name) throws Exception {
        PublicEvent published = catalog.toPublic(event).get(0);
        assertThat(published.name()).isEqualTo(name);
        byte[] data = json.writeValueAsBytes(published.payload());
        schemas.validate(published.schemaPath("membership"), data);
        assertThat(new String(data, java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("birth").doesNotContain("phone").doesNotContain("email");
        return data;
    }
}
