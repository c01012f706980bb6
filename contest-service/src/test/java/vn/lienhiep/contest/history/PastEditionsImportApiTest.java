package vn.lienhiep.contest.history;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import vn.lienhiep.contest.ApiTestBase;
import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.testing.HttpJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A union arrives with years of paper history: past editions of its technical contest imported from a spreadsheet
 * (Vietnamese headers, one row per entry, a cell with several authors quoted as spreadsheets export it) show up in R-C1 with BOTH author measures (participations and distinct
 * persons), by level and nationally, as of any date; re-importing the file records nothing twice and a bad row is
 * reported with its column. Figures are compared before and after the import, since other tests share the database.
 */
class PastEditionsImportApiTest extends ApiTestBase {

    private static final String IMPORTS = "/api/contest/imports?kind=past-entries";
    private static final String STATISTICS = "/api/contest/statistics?type=TECH_INNOVATION";

    @Test
    void pastEditionsCountInTheCumulativeReportWithBothAuthorMeasures() {
        HttpJson secretariat = as("test-thuky", Role.CONTEST_SECRETARIAT);
        JsonNode before = http.get(STATISTICS).json();
        JsonNode before2017 = http.get(STATISTICS + "&asOf=2017-06-30").json();
        String csv = "\uFEFFCuộc thi;Lần thứ;Năm;Số hồ sơ;Lĩnh vực;Tên giải pháp;Tác giả;Đơn vị;Giải;"
                     + "Toàn quốc lần thứ;Giải toàn quốc;Huy chương;Năm toàn quốc\n"
                     + "Hội thi Sáng tạo kỹ thuật;150;2016;01;Y dược;Bài thuốc nam chữa viêm khớp;"
                     + "\"Lò Văn Hùng*; Cầm Thị Mai\";Bệnh viện Y học cổ truyền;Giải Nhất;12;Khuyến khích;;2016\n"
                     + "Hội thi Sáng tạo kỹ thuật;150;2016;02;ICT;Phần mềm quản lý hộ nghèo;Quàng Văn Tú;"
                     + "UBND huyện Mai Sơn;;;;;\n"
                     + "Hội thi Sáng tạo kỹ thuật;151;2018;01;Nông lâm ngư nghiệp, tài nguyên và môi trường;"
                     + "Máy tách hạt mắc ca;\"Lò Văn Hùng*; Tòng Văn Pao\";HTX Mắc ca Thuận Châu;Giải Ba;14;Giải Ba;"
                     + "Huy chương đồng;2017\n"
                     + "Hội thi Sáng tạo kỹ thuật;151;2018;02;ICT;Dòng lỗi;\"Tác giả A*; Tác giả B*\";;Giải Nhì;;;;\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);

        JsonNode first = finished(secretariat.upload(IMPORTS, "lich-su-hoi-thi.csv", file, Map.of()));
        assertThat(first.get("totalRows").asInt()).isEqualTo(4);
        assertThat(first.get("applied").asInt()).as(first.toString()).isEqualTo(3);
        assertThat(first.get("failed").asInt()).isEqualTo(1);
        assertThat(first.get("errors").get(0).get("row").asInt()).isEqualTo(5);
        assertThat(first.get("errors").get(0).get("column").asText()).isEqualTo("authors");

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(http.get(STATISTICS).json().get("entries").asInt() - before.get("entries").asInt())
                        .isEqualTo(3));
        JsonNode after = http.get(STATISTICS).json();
        assertThat(delta(after, before, "editions")).isEqualTo(2);
        assertThat(delta(after, before, "authorParticipations")).as("every author of every entry").isEqualTo(5);
        assertThat(delta(after, before, "distinctAuthors")).as("Lò Văn Hùng counted once").isEqualTo(4);
        assertThat(delta(after, before, "awardedEntries")).isEqualTo(2);
        assertThat(after.get("awardedByLevel").path("FIRST").asInt() - before.get("awardedByLevel").path("FIRST").asInt())
                .isEqualTo(1);
        assertThat(after.get("national").toString()).contains("\"nationalEdition\":14").contains("\"medal\":\"BRONZE\"");
        assertThat(after.get("measures").findValuesAsText("labelVi")).contains("Lượt tác giả và đồng tác giả",
                                                                             "Số tác giả khác nhau");
        JsonNode edition150 = null;
        for (JsonNode row : after.get("byEdition")) {
            if (row.get("ordinal").asInt() == 150) {
                edition150 = row;
            }
        }
        assertThat(edition150).isNotNull();
        assertThat(edition150.get("entries").asInt()).isEqualTo(2);
        assertThat(edition150.get("units").asInt()).isEqualTo(2);
        assertThat(edition150.get("past").asBoolean()).isTrue();

        // As of mid-2017 only the 2016 edition had been held.
        JsonNode in2017 = http.get(STATISTICS + "&asOf=2017-06-30").json();
        assertThat(delta(in2017, before2017, "editions")).isEqualTo(1);
        assertThat(delta(in2017, before2017, "entries")).isEqualTo(2);

        JsonNode again = finished(secretariat.upload(IMPORTS, "lich-su-hoi-thi.csv", file, Map.of()));
        assertThat(again.get("applied").asInt()).isZero();
        assertThat(again.get("skipped").asInt()).isEqualTo(3);
        assertThat(delta(http.get(STATISTICS).json(), before, "entries")).as("nothing twice").isEqualTo(3);
    }

    private static int delta(JsonNode after, JsonNode before, String field) {
        return after.get(field).asInt() - before.get(field).asInt();
    }

    private JsonNode finished(HttpJson.Response started) {
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String location = started.header("Location");
        assertThat(location).startsWith("/api/contest/imports/");
        JsonNode[] job = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            job[0] = as("test-thuky", Role.CONTEST_SECRETARIAT).get(location).json();
            assertThat(job[0].get("status").asText()).isEqualTo("COMPLETED");
        });
        return job[0];
    }
}
