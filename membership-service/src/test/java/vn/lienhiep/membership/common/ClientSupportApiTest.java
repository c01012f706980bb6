package vn.lienhiep.membership.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.membership.ApiTestBase;
import vn.lienhiep.testing.HttpJson;

/**
 * What a client (the web console, an integrator) needs besides the records: the words for the API's codes, and the
 * file an import starts from. Both come from the platform, the same in every context.
 */
class ClientSupportApiTest extends ApiTestBase {

    @Test
    void theLabelsOfEveryCodeArePublicInVietnameseAndEnglish() {
        HttpJson.Response response = new HttpJson("http://localhost:" + port).get("/api/membership/labels");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode labels = response.json().path("labels");
        assertThat(response.json().path("context").asText()).isEqualTo("membership");
        assertThat(labels.path("OrganizationStatus").path("ACTIVE").path("vi").asText()).isEqualTo("Đang hoạt động");
        assertThat(labels.path("OrganizationStatus").path("ACTIVE").path("en").asText()).isEqualTo("Active member");
        // The shared kernel's codes too, and in the order the enum declares them (a form lists them so).
        assertThat(labels.path("DecisionBody").fieldNames().next()).isEqualTo("BCH");
        assertThat(labels.path("DossierDocument").path("CHARTER").path("vi").asText()).isEqualTo("Điều lệ đã được phê duyệt");
        assertThat(labels.path("ExpertStatus").size()).isEqualTo(4);
    }

    @Test
    void anImportStartsFromATemplateWithTheColumnsTheImporterReads() {
        HttpJson.Response template = as("test-staff", Role.UNION_STAFF).get("/api/membership/imports/templates/organizations");
        assertThat(template.status()).as(template.toString()).isEqualTo(200);
        assertThat(template.contentType()).startsWith("text/csv");
        assertThat(template.header("Content-Disposition")).contains("organizations-mau.csv");
        // Required columns first, each under its first accepted (Vietnamese) header; a BOM so spreadsheets read UTF-8.
        assertThat(template.body()).startsWith("\uFEFFten to chuc,loai,linh vuc,");

        HttpJson.Response unknown = as("test-staff", Role.UNION_STAFF).get("/api/membership/imports/templates/contests");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").get(0).path("field").asText()).isEqualTo("kind");

        assertThat(as("test-leadership", Role.UNION_LEADERSHIP).get("/api/membership/imports/templates/organizations")
                .status()).isEqualTo(403);
    }
}
