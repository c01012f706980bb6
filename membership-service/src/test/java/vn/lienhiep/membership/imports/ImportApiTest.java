package vn.lienhiep.membership.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import vn.lienhiep.membership.ApiTestBase;
import vn.lienhiep.testing.HttpJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ImportApiTest extends ApiTestBase {

    private static final String IMPORTS = "/api/membership/imports?kind=organizations";

    @Test
    void csvWithVietnameseHeadersAppliesGoodRowsReportsTheBadOneAndReimportCreatesNothing() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String csv = "\uFEFFTên tổ chức;Loại;Lĩnh vực;Thành viên sáng lập;Số quyết định kết nạp;Ngày quyết định;Người ký;"
                     + "Số hội viên;Số hội viên trí thức;Tính đến ngày\n"
                     + "Hội Cựu giáo chức " + tag + ";Hội chuyên ngành;Giáo dục;Có;05/QĐ-LHH;15/05/2010;Chủ tịch;1.200;800;31/12/2015\n"
                     + "Hội Sinh vật cảnh " + tag + ";hoi chuyen nganh;Nông nghiệp;Không;;;;;;\n"
                     + "Hội Hỏng " + tag + ";Loại lạ;Y tế;;;;;;;\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);

        JsonNode first = finished(http.upload(IMPORTS, "to-chuc.csv", file, Map.of()));
        assertThat(first.get("totalRows").asInt()).isEqualTo(3);
        assertThat(first.get("applied").asInt()).isEqualTo(2);
        assertThat(first.get("failed").asInt()).isEqualTo(1);
        JsonNode error = first.get("errors").get(0);
        assertThat(error.get("row").asInt()).isEqualTo(4);
        assertThat(error.get("column").asText()).isEqualTo("kind");
        assertThat(error.get("message").asText()).contains("Loại lạ");

        String admittedId = first.get("rows").get(0).get("id").asText();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode org = http.get("/api/membership/organizations/" + admittedId).json();
            assertThat(org.get("status").asText()).isEqualTo("ACTIVE");
            assertThat(org.get("admittedOn").asText()).isEqualTo("2010-05-15");
            assertThat(org.get("foundingMember").asBoolean()).isTrue();
            assertThat(org.get("latestMemberCount").get("members").asInt()).isEqualTo(1200);
        });

        JsonNode again = finished(http.upload(IMPORTS, "to-chuc.csv", file, Map.of()));
        assertThat(again.get("applied").asInt()).isZero();
        assertThat(again.get("skipped").asInt()).isEqualTo(2);
        assertThat(again.get("failed").asInt()).isEqualTo(1);
        assertThat(again.get("rows").get(0).get("id").asText()).isEqualTo(admittedId);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(http.get("/api/membership/organizations?q=" + tag).json().get("totalItems").asInt())
                        .isEqualTo(2));
    }

    @Test
    void xlsxWithRealDateCellsAndABadRow() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "lienhiep-test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Tổ chức");
        String[] headers = {"Tên tổ chức", "Loại", "Lĩnh vực", "Số quyết định", "Ngày quyết định", "Người ký",
                            "Số hội viên", "Số hội viên trí thức"};
        for (int c = 0; c < headers.length; c++) {
            sheet.value(0, c, headers[c]);
        }
        Object[][] rows = {
                {"Hội Luật gia " + tag, "Hội chuyên ngành", "Pháp luật", "77/QĐ-LHH", LocalDate.of(2012, 3, 8), "Chủ tịch", 500, 450},
                {"Hội Tin học " + tag, "Hiệp hội", "Công nghệ thông tin", "78/QĐ-LHH", LocalDate.of(2012, 3, 8), "Chủ tịch", 100, 300}};
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v instanceof LocalDate d) {
                    sheet.value(r + 1, c, d);
                    sheet.style(r + 1, c).format("dd/mm/yyyy").set();
                } else if (v instanceof Integer n) {
                    sheet.value(r + 1, c, n);
                } else {
                    sheet.value(r + 1, c, (String) v);
                }
            }
        }
        workbook.finish();

        JsonNode job = finished(http.upload(IMPORTS, "to-chuc.xlsx", out.toByteArray(), Map.of()));
        assertThat(job.get("applied").asInt()).as(job.toString()).isEqualTo(1);
        assertThat(job.get("failed").asInt()).isEqualTo(1);
        assertThat(job.get("errors").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(job.get("errors").get(0).get("column").asText()).isEqualTo("intellectualMembers");
        String id = job.get("rows").get(0).get("id").asText();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(http.get("/api/membership/organizations/" + id).json().get("admittedOn").asText())
                        .isEqualTo("2012-03-08"));
    }

    @Test
    void personsWithTheirMembershipsAndNoDuplicatesWithinAFileOrOnReimport() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String org = "Hội Nhà báo " + tag;
        HttpJson.Response created = http.post("/api/membership/organizations/existing-members", Map.of(
                "name", org, "kind", "SPECIALISED_ASSOCIATION", "field", "Báo chí",
                "admission", Map.of("number", "4/QĐ-LHH", "date", "2010-05-15", "issuedBy", "BCH", "signer", "Chủ tịch")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String csv = "Họ và tên,Ngày sinh,Giới tính,Dân tộc,Trình độ,Khu vực công tác,Lĩnh vực,Tổ chức,Ngày vào hội\n"
                     + "Lò Thị Mai " + tag + ",12/08/1980,Nữ,Thái,Thạc sĩ,Viên chức,Y tế," + org.toUpperCase() + ",01/06/2012\n"
                     + "Lò Thị Mai " + tag + ",12/08/1980,Nữ,Thái,Thạc sĩ,Viên chức,Y tế,,\n"
                     + "Quàng Văn Bình " + tag + ",1975-01-02,Nam,Thái,Giáo sư tự xưng,,,,\n"
                     + "Cầm Văn Đức " + tag + ",03/03/1990,Nam,Thái,Đại học,Doanh nghiệp,,Hội Không Tồn Tại " + tag + ",01/01/2020\n";
        String persons = "/api/membership/imports?kind=persons";

        JsonNode job = finished(http.upload(persons, "hoi-vien.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of()));
        assertThat(job.get("applied").asInt()).as(job.toString()).isEqualTo(1);
        assertThat(job.get("skipped").asInt()).as("the same person twice in one file").isEqualTo(1);
        assertThat(job.get("failed").asInt()).isEqualTo(2);
        assertThat(job.get("errors").findValuesAsText("column")).containsExactly("degree", "organization");
        String personId = job.get("rows").get(0).get("id").asText();
        assertThat(job.get("rows").get(1).get("id").asText()).isEqualTo(personId);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode person = http.get("/api/membership/persons/" + personId).json();
            assertThat(person.get("degree").asText()).isEqualTo("THAC_SI");
            assertThat(person.get("memberships").get(0).get("since").asText()).isEqualTo("2012-06-01");
        });
        JsonNode again = finished(http.upload(persons, "hoi-vien.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of()));
        assertThat(again.get("applied").asInt()).isZero();
        assertThat(again.get("skipped").asInt()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(http.get("/api/membership/persons?q=lo%20thi%20mai%20" + tag).json().get("totalItems").asInt())
                        .isEqualTo(1));
    }

    /** An impossible date is a row error naming its column, never the nearest valid day. */
    @Test
    void anImpossibleDateIsARowErrorNamingTheColumnAndStoresNothing() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String csv = "Họ và tên,Ngày sinh,Trình độ\n"
                     + "Lường Văn Sai " + tag + ",31/02/1980,Đại học\n"
                     + "Lường Thị Đúng " + tag + ",28/02/1980,Đại học\n";
        JsonNode job = finished(http.upload("/api/membership/imports?kind=persons", "ngay-sai.csv",
                                            csv.getBytes(StandardCharsets.UTF_8), Map.of()));
        assertThat(job.get("applied").asInt()).as(job.toString()).isEqualTo(1);
        assertThat(job.get("failed").asInt()).isEqualTo(1);
        JsonNode error = job.get("errors").get(0);
        assertThat(error.get("row").asInt()).isEqualTo(2);
        assertThat(error.get("column").asText()).isEqualTo("dateOfBirth");
        assertThat(error.get("message").asText()).startsWith("Ngày không hợp lệ").contains("31/02/1980");
        assertThat(error.get("messageEn").asText()).contains("31/02/1980");
        String stored = job.get("rows").get(0).get("id").asText();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(http.get("/api/membership/persons/" + stored).json().get("dateOfBirth").asText())
                        .isEqualTo("1980-02-28"));
        assertThat(http.get("/api/membership/persons?q=luong%20van%20sai%20" + tag).json().get("totalItems").asInt())
                .as("the row with 31/02 stored nobody (not as 29/02 either)").isZero();
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedWholeAndNoJobStarts() {
        byte[] file = "Họ và tên,Ngày sinh\nNguyễn Văn A,01/01/1970\n".getBytes(StandardCharsets.UTF_8);
        // A file without the required columns is a malformed upload: 400 naming the file and the missing columns.
        HttpJson.Response response = http.upload(IMPORTS, "sai.csv", file, Map.of());
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        JsonNode missing = response.json().get("errors").get(0);
        assertThat(missing.get("field").asText()).isEqualTo("file");
        assertThat(missing.get("message").asText()).startsWith("tệp thiếu cột bắt buộc").contains("name", "kind", "field");
        assertThat(missing.get("messageEn").asText()).contains("name", "kind", "field");
        assertThat(http.get("/api/membership/imports?limit=200").body()).doesNotContain("\"fileName\":\"sai.csv\"");

        HttpJson.Response unknownKind = http.upload("/api/membership/imports?kind=planets", "x.csv", file, Map.of());
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(http.get("/api/membership/imports/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void aRetriedUploadWithTheSameIdempotencyKeyReturnsTheSameJob() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        byte[] file = ("name,kind,field\nHội Thử " + tag + ",FEDERATION,Khác\n").getBytes(StandardCharsets.UTF_8);
        Map<String, String> key = Map.of("Idempotency-Key", "import-" + tag);
        HttpJson.Response first = http.upload(IMPORTS, "a.csv", file, key);
        HttpJson.Response retry = http.upload(IMPORTS, "a.csv", file, key);
        assertThat(first.status()).isEqualTo(202);
        assertThat(retry.status()).isEqualTo(202);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
    }

    private JsonNode finished(HttpJson.Response started) {
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String location = started.header("Location");
        assertThat(location).startsWith("/api/membership/imports/");
        JsonNode[] job = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            job[0] = http.get(location).json();
            assertThat(job[0].get("status").asText()).isEqualTo("COMPLETED");
        });
        return job[0];
    }
}
