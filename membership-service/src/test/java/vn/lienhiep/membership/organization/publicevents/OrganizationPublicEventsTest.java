package vn.lienhiep.membership.organization.publicevents;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.lienhiep.membership.ApiTestBase;
import vn.lienhiep.platform.contracts.SchemaRegistry;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestInfrastructure;
import vn.lienhiep.testing.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path on the real pieces: command → event in the H2 file store → read model in the Mongo-wire server →
 * public event on the real Kafka topic, schema-valid, with the CloudEvents attributes subscribers rely on.
 */
class OrganizationPublicEventsTest extends ApiTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void admissionAndSuspensionArePublishedOnceEachAsStructuredCloudEvents() throws Exception {
        HttpJson.Response created = http.post("/api/membership/organizations/existing-members", Map.of(
                "name", unique("Hội Đông y"), "kind", "SPECIALISED_ASSOCIATION", "field", "Y tế",
                "admission", Map.of("number", "9/QĐ-LHH", "date", "2011-04-20", "issuedBy", "BCH", "signer", "Chủ tịch")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        String today = LocalDate.now(vn.lienhiep.kernel.Clocks.VIETNAM).toString();
        HttpJson.Response suspended = http.post("/api/membership/organizations/" + id + "/suspension", Map.of(
                "decision", Map.of("number", "30/QĐ-LHH", "date", today, "issuedBy", "BCH", "signer", "Chủ tịch"),
                "reason", "Thử nghiệm"));
        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
        // private events (renames, field changes) are not published
        http.post("/api/membership/organizations/" + id + "/field", Map.of("field", "Y học cổ truyền"));

        List<ConsumerRecord<String, CloudEvent>> records = TopicReader.forKey(TestInfrastructure.kafkaBootstrap(),
                "lienhiep.membership.v1", id, 2, Duration.ofSeconds(20));

        assertThat(records).extracting(r -> r.value().getType()).containsExactly(
                "vn.lienhiep.membership.organization-admitted.v1",
                "vn.lienhiep.membership.organization-status-changed.v1");
        List<String> storedIds = jdbc.queryForList("SELECT eventidentifier FROM domainevententry "
                                                   + "WHERE aggregateidentifier = ? ORDER BY sequencenumber", String.class, id);
        SchemaRegistry schemas = new SchemaRegistry();
        ObjectMapper json = new ObjectMapper();
        for (ConsumerRecord<String, CloudEvent> record : records) {
            CloudEvent event = record.value();
            assertThat(new String(record.headers().lastHeader("content-type").value()))
                    .startsWith("application/cloudevents+json");
            assertThat(storedIds).contains(event.getId());
            assertThat(event.getSource()).isEqualTo(URI.create("urn:lienhiep:14:membership"));
            assertThat(event.getSubject()).isEqualTo(id);
            assertThat(event.getTime()).isNotNull();
            assertThat(event.getExtension("province")).isEqualTo("14");
            assertThat(event.getExtension("aggregatesequence")).isEqualTo(storedIds.indexOf(event.getId()));
            String name = event.getType().substring("vn.lienhiep.membership.".length(), event.getType().length() - 3);
            assertThat(event.getDataSchema()).isEqualTo(URI.create("https://schemas.lienhiep.vn/membership/" + name + ".v1.json"));
            JsonNode data = json.readTree(event.getData().toBytes());
            schemas.validate("membership/" + name + ".v1.json", data);
            assertThat(data.get("organizationId").asText()).isEqualTo(id);
        }
        JsonNode admitted = json.readTree(records.get(0).value().getData().toBytes());
        assertThat(admitted.get("decision").get("number").asText()).isEqualTo("9/QĐ-LHH");
        assertThat(admitted.get("decision").get("date").asText()).isEqualTo("2011-04-20");
    }
}
