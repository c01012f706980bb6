package vn.lienhiep.membership.workforce;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import vn.lienhiep.membership.workforce.domain.WorkforceEvents.SnapshotImported;
import vn.lienhiep.membership.workforce.domain.WorkforceSnapshotId;
import vn.lienhiep.membership.workforce.publicevents.WorkforcePublicEvents;
import vn.lienhiep.platform.contracts.SchemaRegistry;
import vn.lienhiep.platform.publishing.PublicEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkforcePublicEventsTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                                                        .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private final SchemaRegistry schemas = new SchemaRegistry();

    @Test
    void importedSnapshotValidatesAgainstItsSchema() throws Exception {
        var figures = LaoCaiSnapshot.figures(LaoCaiSnapshot.SOURCE);
        SnapshotImported event = SnapshotImported.of(WorkforceSnapshotId.of(figures.asOfDate(), figures.source()),
                                                     figures);
        PublicEvent published = new WorkforcePublicEvents().workforcePublicEventCatalog().toPublic(event).get(0);
        assertThat(published.schemaPath("membership")).isEqualTo("membership/workforce-statistic-imported.v1.json");
        byte[] data = json.writeValueAsBytes(published.payload());
        schemas.validate(published.schemaPath("membership"), data);
        assertThat(json.readTree(data).get("byField").get("Y_TE").asInt()).isEqualTo(2_543);

        // the schema is strict enough to catch a drifted payload
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(data);
        ((com.fasterxml.jackson.databind.node.ObjectNode) node.get("bySector")).put("OTHER", 1);
        assertThatThrownBy(() -> schemas.validate("membership/workforce-statistic-imported.v1.json", node))
                .isInstanceOf(SchemaRegistry.SchemaViolationException.class);
    }
}
