package vn.lienhiep.e2e.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import vn.lienhiep.testing.HttpJson;

/**
 * The web console in a real browser (headless Chromium) through the gateway, against the launcher's processes with
 * the demo data: what a person at the union sees and does. Every main page is saved under target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

    private static final String ORGS = "/api/membership/organizations";

    private ConsolePlatform platform;
    private Browser anonymous;
    private Browser staff;
    private Browser leadership;
    private Browser officer;
    private Browser coordinator;
    private String applicationName;
    private String applicationId;

    /** A failing test leaves what each browser showed at that moment, to be looked at. */
    @RegisterExtension
    final TestWatcher onFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            String test = context.getRequiredTestMethod().getName();
            Map<String, Browser> browsers = new java.util.LinkedHashMap<>();
            browsers.put("anonymous", anonymous);
            browsers.put("staff", staff);
            browsers.put("leadership", leadership);
            browsers.put("officer", officer);
            browsers.put("coordinator", coordinator);
            browsers.forEach((who, browser) -> {
                   if (browser != null) {
                       try {
                           browser.screenshot("FAILED-" + test + "-" + who);
                       } catch (RuntimeException ignored) {
                           // the browser itself may be what failed
                       }
                   }
               });
        }
    };

    @BeforeAll
    void start() throws Exception {
        if (System.getenv("LIENHIEP_REQUIRE_BROWSER") != null) {
            assertThat(Browser.available()).as("chromium and chromium-driver must be installed (.ci/run installs them)")
                                           .isTrue();
        }
        assumeTrue(Browser.available(), "chromium and chromium-driver are not installed (.ci/run installs them)");
        platform = ConsolePlatform.start();
        String run = platform.run;
        String ownOrg = platform.demo.get("orgKhoaHocKinhTe");
        anonymous = Browser.open(platform.gatewayUrl());
        staff = Browser.open(platform.gatewayUrl()).signIn("canbo." + run,
                platform.account("canbo." + run, "Nguyễn Thị Lan", List.of("UNION_STAFF"), null));
        leadership = Browser.open(platform.gatewayUrl()).signIn("thuongtruc." + run,
                platform.account("thuongtruc." + run, "Lò Văn Minh", List.of("UNION_LEADERSHIP"), null));
        officer = Browser.open(platform.gatewayUrl()).signIn("hoi." + run,
                platform.account("hoi." + run, "Cầm Thị Hoa", List.of("MEMBER_ORG_ADMIN"), ownOrg));
        coordinator = Browser.open(platform.gatewayUrl()).signIn("phanbien." + run,
                platform.account("phanbien." + run, "Quàng Văn Đức", List.of("REVIEW_COORDINATOR"), null));
    }

    @AfterAll
    void stop() {
        for (Browser browser : new Browser[] {anonymous, staff, leadership, officer, coordinator}) {
            if (browser != null) {
                browser.close();
            }
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void thePublicReadsTheDirectoryWithoutDiacriticsAndWithoutSigningIn() {
        anonymous.go("#/");
        assertThat(anonymous.text(By.cssSelector("#user"))).contains("Đăng nhập");
        anonymous.screenshot("01-home-public");

        String name = platform.api.get(ORGS + "/" + platform.demo.get("orgKhoaHocKinhTe")).json().path("name").asText();
        anonymous.go("#/organizations?q=" + fold(name).replace(' ', '+'));
        anonymous.waitForText(name);
        assertThat(anonymous.driver().getCurrentUrl()).contains("q=");
        assertThat(anonymous.all(By.cssSelector("main table.data tbody tr"))).hasSize(1);
        anonymous.screenshot("02-directory-search-without-diacritics");

        // The server sorts, the Vietnamese way, and the address keeps the choice.
        anonymous.go("#/organizations?sort=-name");
        assertThat(anonymous.find(By.cssSelector("select[name=sort]")).getAttribute("value")).isEqualTo("-name");
        List<String> shown = anonymous.all(By.cssSelector("main table.data tbody tr td:first-child a")).stream()
                .map(WebElement::getText).toList();
        List<String> served = new java.util.ArrayList<>();
        new HttpJson(platform.gatewayUrl()).get(ORGS + "?sort=-name&size=20").json().path("items")
                    .forEach(item -> served.add(item.path("name").asText()));
        assertThat(shown).isNotEmpty().isEqualTo(served.subList(0, shown.size()));

        // On a phone: one column, the menu behind a button.
        anonymous.resize(390, 844).go("#/organizations");
        assertThat(anonymous.find(By.id("menu-toggle")).isDisplayed()).isTrue();
        anonymous.screenshot("03-directory-phone");
        anonymous.resize(1280, 900);

        // English is one click away, and stays chosen.
        anonymous.click(By.cssSelector("#user button[lang=en]"));
        anonymous.waitForText("Member directory");
        anonymous.click(By.cssSelector("#user button[lang=vi]"));
        anonymous.waitForText("Danh bạ hội thành viên");
    }

    @Test
    @Order(2)
    void theOfficeTakesAnApplicationToAdmission() {
        applicationName = "Hội Tin học Trình duyệt " + platform.run;
        staff.go("#/organizations/new");
        staff.type("name", applicationName).select("kind", "SPECIALISED_ASSOCIATION").type("field", "Tin học")
             .type("appliedOn", "01/03/2025");
        for (WebElement box : staff.all(By.cssSelector("input[name=dossier]"))) {
            box.click();
        }
        staff.screenshot("04-application-form");
        assertThat(staff.unlabelledFields()).as("every field has a label").isEmpty();
        staff.click(By.cssSelector("main form button[type=submit]"));
        staff.waitUntil(d -> d.getCurrentUrl().matches(".*#/organizations/[0-9a-f-]{36}$"));
        staff.waitForPage();
        applicationId = staff.driver().getCurrentUrl().replaceAll(".*#/organizations/", "");
        staff.waitForText("Đã nộp hồ sơ");

        act(staff, "verification");
        staff.type("on", "05/03/2025");
        staff.click(By.cssSelector("dialog button[type=submit]"));
        staff.waitForText("Đang xem xét");
        // The office may not decide: what its role cannot do is not offered.
        assertThat(staff.all(By.cssSelector("[data-action=recommendation], [data-action=admission]"))).isEmpty();

        leadership.go("#/organizations/" + applicationId);
        act(leadership, "recommendation");
        leadership.type("decision.number", "07/NQ-BTV").type("decision.date", "31/02/2025")
                  .select("decision.issuedBy", "BTV");
        leadership.click(By.cssSelector("dialog button[type=submit]"));
        // An impossible date is refused on the field, never moved to the nearest valid day.
        assertThat(fieldError(leadership, "decision.date")).contains("Ngày không hợp lệ");
        leadership.type("decision.date", "10/03/2025");
        leadership.click(By.cssSelector("dialog button[type=submit]"));
        leadership.waitForText("Đã được BTV đề nghị");

        act(leadership, "admission");
        leadership.type("decision.number", "21/QĐ-LHH").type("decision.date", "20/03/2025")
                  .select("decision.issuedBy", "BCH");
        leadership.click(By.cssSelector("dialog button[type=submit]"));
        // The business rule (an admission decision names its signer) is said in words, with its rule.
        String refusal = leadership.text(By.cssSelector("dialog .form-message"));
        assertThat(refusal).contains("Không thực hiện được").contains("membership.");
        leadership.screenshot("05-admission-refused-with-the-rule");
        leadership.type("decision.signer", "Chủ tịch Lò Văn Sơn");
        leadership.click(By.cssSelector("dialog button[type=submit]"));
        leadership.waitForText("Đang hoạt động");
        leadership.go("#/organizations/" + applicationId).waitForText("21/QĐ-LHH");
        leadership.waitForText("Lịch sử");
        leadership.screenshot("06-organization-admitted-timeline-history");

        JsonNode admitted = platform.api.get(ORGS + "/" + applicationId).json();
        assertThat(admitted.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(admitted.path("admission").path("signer").asText()).isEqualTo("Chủ tịch Lò Văn Sơn");
    }

    @Test
    @Order(3)
    void aChangeMadeMeanwhileIsAConflictThatKeepsTheUsersInput() {
        staff.go("#/organizations/" + applicationId);
        act(staff, "member-counts");
        staff.type("asOf", "31/12/2025").type("members", "120").type("intellectualMembers", "85");
        // Meanwhile someone else changes the same organisation.
        HttpJson.Response meanwhile = platform.api.post(ORGS + "/" + applicationId + "/field",
                Map.of("field", "Công nghệ thông tin"));
        assertThat(meanwhile.status()).as(meanwhile.toString()).isEqualTo(200);

        staff.click(By.cssSelector("dialog button[type=submit]"));
        WebElement conflict = staff.find(By.cssSelector("dialog .conflict"));
        assertThat(conflict.getText()).contains("người khác đã thay đổi");
        staff.screenshot("07-conflict-409");
        staff.click(By.cssSelector("dialog .conflict button"));
        staff.waitUntil(d -> !d.findElement(By.cssSelector("dialog .conflict")).isDisplayed());
        assertThat(staff.find(By.cssSelector("dialog [name=members]")).getAttribute("value")).isEqualTo("120");
        staff.click(By.cssSelector("dialog button[type=submit]"));
        staff.waitUntil(d -> d.findElements(By.cssSelector("dialog")).isEmpty());
        staff.go("#/organizations/" + applicationId).waitForText("120 hội viên");
        assertThat(platform.api.get(ORGS + "/" + applicationId).json().path("field").asText())
                .isEqualTo("Công nghệ thông tin");
    }

    @Test
    @Order(4)
    void anImportWithABadRowReportsThatRowAndChangesNothingForIt() throws Exception {
        staff.go("#/imports");
        staff.screenshot("08-imports");
        String good = "Hội Nhập khẩu Tốt " + platform.run;
        String bad = "Hội Nhập khẩu Lỗi " + platform.run;
        Path file = Files.createTempFile("to-chuc-", ".csv");
        Files.writeString(file, String.join("\r\n",
                "Tên tổ chức,Loại,Lĩnh vực,Số quyết định kết nạp,Ngày quyết định,Cơ quan quyết định,Người ký",
                good + ",SPECIALISED_ASSOCIATION,Nông nghiệp,12/QĐ-LHH,15/01/2015,BCH,Chủ tịch",
                bad + ",SPECIALISED_ASSOCIATION,Nông nghiệp,13/QĐ-LHH,31/02/1980,BCH,Chủ tịch") + "\r\n", StandardCharsets.UTF_8);
        staff.select("kind", "organizations");
        staff.find(By.cssSelector("input[type=file][name=file]")).sendKeys(file.toAbsolutePath().toString());
        staff.click(By.cssSelector("main form button[type=submit]"));
        staff.waitUntil(d -> d.getCurrentUrl().contains("#/imports/"));
        staff.waitForText("Các dòng lỗi (1)");
        String report = staff.text(By.cssSelector("main"));
        assertThat(report).contains("admissionDate").contains("Đã xử lý 2/2 dòng");
        staff.screenshot("09-import-report-with-bad-row");

        eventually(() -> search(good) == 1);
        assertThat(search(bad)).as("the bad row changed nothing").isZero();

        // The template to start from: the columns the importer reads, Vietnamese first.
        staff.go("#/imports");
        staff.click(By.cssSelector("[data-template=organizations]"));
        Path template = staff.downloads().resolve("organizations-mau.csv");
        staff.waitUntil(d -> Files.exists(template));
        assertThat(Files.readString(template, StandardCharsets.UTF_8)).contains("ten to chuc");
    }

    @Test
    @Order(5)
    void anOfficerSeesTheirOwnOrganisationAndCannotReachAnother() {
        String own = platform.demo.get("orgKhoaHocKinhTe");
        officer.go("#/");
        officer.follow(By.xpath("//nav//a[contains(., 'Tổ chức của tôi')]"));
        assertThat(officer.driver().getCurrentUrl()).endsWith("#/organizations/" + own);
        officer.waitForText("Lịch sử");
        assertThat(officer.text(By.id("user"))).contains("Cầm Thị Hoa");
        officer.screenshot("10-officer-own-organization");
        // The office-only pages are not offered.
        assertThat(officer.text(By.id("nav"))).doesNotContain("Nhập dữ liệu").doesNotContain("Hội viên, trí thức");

        // Another organisation still in admission is not theirs to see at all.
        HttpJson.Response other = platform.api.post(ORGS, Map.of("name", "Hội Chưa Kết nạp " + platform.run,
                "kind", "SPECIALISED_ASSOCIATION", "field", "Y học"));
        assertThat(other.status()).isEqualTo(201);
        String otherId = other.json().path("id").asText();
        eventually(() -> platform.api.get(ORGS + "/" + otherId).status() == 200);
        officer.go("#/organizations/" + otherId);
        officer.waitForText("Không tìm thấy");
        // An admitted one shows only its public directory entry: no history, no actions.
        officer.go("#/organizations/" + applicationId);
        officer.waitForText(applicationName);
        assertThat(officer.bodyText()).doesNotContain("Lịch sử").doesNotContain("Thao tác");
    }

    @Test
    @Order(6)
    void theOfficesMainPagesRender() {
        staff.go("#/organizations");
        staff.screenshot("11-organizations-staff");
        staff.go("#/persons");
        staff.screenshot("12-persons");
        staff.go("#/experts");
        staff.screenshot("13-experts");
        // Expertise fields read as their names from membership's taxonomy, not as codes.
        assertThat(staff.bodyText()).contains("Kinh tế và kinh doanh").contains("Trồng trọt");
        staff.go("#/governance");
        staff.screenshot("14-governance");
        for (String page : List.of("#/organizations", "#/persons", "#/experts", "#/governance", "#/imports")) {
            staff.go(page);
            assertThat(staff.all(By.cssSelector("main .notice-error"))).as(page).isEmpty();
            assertThat(staff.unlabelledFields()).as(page + ": every field has a label").isEmpty();
        }
        coordinator.go("#/review/engagements");
        coordinator.screenshot("15a-review-engagements-list");
        coordinator.go("#/review/plans");
        coordinator.screenshot("15b-review-plans");
        List<WebElement> plans = coordinator.all(By.cssSelector("main table.data tbody a"));
        if (!plans.isEmpty()) {
            coordinator.markStale();
            plans.get(0).click();
            coordinator.waitForPage();
            coordinator.screenshot("15c-review-plan");
        }
        coordinator.go("#/review/overdue");
        coordinator.screenshot("15d-review-overdue");
        anonymous.go("#/review/outcomes");
        anonymous.screenshot("15e-review-outcomes-public");
        for (Browser browser : List.of(coordinator, anonymous)) {
            assertThat(browser.all(By.cssSelector("main .notice-error"))).isEmpty();
            assertThat(browser.unlabelledFields()).isEmpty();
        }
        coordinator.go("#/review/engagements");
        assertThat(coordinator.unlabelledFields()).as("the review list's filters have labels").isEmpty();
        leadership.go("#/dashboard");
        assertThat(leadership.unlabelledFields()).as("the dashboard's date has a label").isEmpty();
    }

    @Test
    @Order(10)
    void anExpertReadsAndDownloadsTheirOwnSignedRecord() {
        String expertId = platform.demo.get("demoExpert");
        String personId = platform.demo.get("demoExpertPerson");
        HttpJson admin = new HttpJson(platform.config.authUrl())
                .withHeader("Authorization", platform.identity.authorization());
        // A person is one account's: on a platform started with --demo (or tested before), another account holds it.
        java.util.Map<String, Object> none = new java.util.HashMap<>();
        none.put("personId", null);
        none.put("expertId", null);
        for (JsonNode user : admin.get("/admin/users").json()) {
            if (personId.equals(user.path("personId").asText()) || expertId.equals(user.path("expertId").asText())) {
                admin.send("PUT", "/admin/users/" + user.path("username").asText() + "/identity", none, Map.of());
            }
        }
        String username = "chuyengia." + platform.run;
        String password = platform.account(username, "Lò Thị Thảo", List.of("EXPERT"), null);
        HttpJson.Response linked = admin.send("PUT", "/admin/users/" + username + "/identity",
                Map.of("personId", personId, "expertId", expertId), Map.of());
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);

        try (Browser expert = Browser.open(platform.gatewayUrl()).signIn(username, password)) {
            expert.follow(By.xpath("//nav//a[contains(@href, '#/review/my-record')]"));
            expert.screenshot("20-expert-own-record");
            assertThat(expert.all(By.cssSelector("main .notice-error"))).isEmpty();
            expert.click(By.xpath("//main//button[contains(., 'Tải')]"));
            expert.waitUntil(d -> {
                try (var files = Files.list(expert.downloads())) {
                    return files.anyMatch(f -> f.getFileName().toString().contains(expertId));
                } catch (java.io.IOException e) {
                    return false;
                }
            });
        }
    }

    @Test
    @Order(7)
    void aReviewEngagementMovesOneStepOnTheBoard() {
        String title = "Dự thảo Nghị quyết về phát triển khoa học công nghệ tỉnh Sơn La " + platform.run;
        Map<String, Object> requester = Map.of("name", "UBND tỉnh Sơn La", "kind", "PEOPLES_COMMITTEE");
        HttpJson.Response received = platform.api.post("/api/review/engagements", Map.of("origin", "COMMISSIONED",
                "request", Map.of("title", title, "subjectType", "DRAFT_LAW", "issuingLevel", "PROVINCIAL",
                        "requester", requester, "reviewTypes", List.of("CRITIQUE"),
                        "receivedAt", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(2).toString())));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        String id = received.json().path("id").asText();
        eventually(() -> platform.api.get("/api/review/engagements/" + id).status() == 200);

        coordinator.go("#/review/engagements?view=board");
        coordinator.waitForText(title);
        coordinator.screenshot("15-review-board");
        coordinator.follow(By.xpath("//*[contains(@class,'board-card')]//a[contains(., '" + platform.run + "')]"));
        coordinator.waitForText(title);
        coordinator.screenshot("16-review-engagement-received");
        // Accepting is the leadership's decision: not offered to the review department.
        assertThat(coordinator.all(By.cssSelector("[data-action=acceptance]"))).isEmpty();

        leadership.go("#/review/engagements/" + id);
        act(leadership, "acceptance");
        leadership.type("decision.number", "45/QĐ-LHH")
                  .type("decision.date", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1)
                          .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                  .select("decision.issuedBy", "THUONG_TRUC").type("decision.signer", "Phó Chủ tịch");
        leadership.click(By.cssSelector("dialog button[type=submit]"));
        leadership.waitUntil(d -> d.findElements(By.cssSelector("dialog")).isEmpty());
        eventually(() -> "ACCEPTED".equals(platform.api.get("/api/review/engagements/" + id).json().path("status").asText()));
        leadership.go("#/review/engagements/" + id).waitForText("45/QĐ-LHH");
        // The engagement's history says who accepted it, under which decision.
        leadership.find(By.xpath("//section[h2[contains(., 'Lịch sử')]]//td[contains(., '45/QĐ-LHH')]"));
        leadership.screenshot("17-review-engagement-accepted");

        coordinator.go("#/review/engagements?view=board");
        coordinator.waitForText(title);
        WebElement column = coordinator.find(By.xpath(
                "//*[contains(@class,'board-column')][.//a[contains(., '" + platform.run + "')]]"));
        assertThat(column.getAttribute("data-status")).isEqualTo("ACCEPTED");
    }

    @Test
    @Order(8)
    void theDashboardAnswersAsOfAnyPastDayAndExportsItsTables() throws Exception {
        leadership.go("#/dashboard");
        By active = By.cssSelector("[data-figure='membership.activeOrganizations']");
        long today = Long.parseLong(leadership.find(active).getAttribute("data-value"));
        leadership.screenshot("18-dashboard-today");
        leadership.viewport("18b-dashboard-today-top");
        leadership.script("document.querySelector('svg.chart').scrollIntoView()");
        leadership.viewport("18c-dashboard-chart");
        leadership.script("window.scrollTo(0, 0)");

        leadership.type("asOf", "01/01/2011");
        leadership.markStale();
        leadership.click(By.cssSelector("form.as-of button[type=submit]"));
        leadership.waitForPage();
        assertThat(leadership.driver().getCurrentUrl()).contains("asOf=2011-01-01");
        assertThat(leadership.text(By.cssSelector("main h1"))).contains("01/01/2011");
        long then = Long.parseLong(leadership.find(active).getAttribute("data-value"));
        assertThat(then).as("fewer organisations were active in 2011 than today").isLessThan(today);
        leadership.screenshot("19-dashboard-as-of-2011");
        leadership.viewport("19b-dashboard-as-of-2011-top");

        leadership.click(By.cssSelector("[data-export=csv]"));
        leadership.waitUntil(d -> {
            try (var files = Files.list(leadership.downloads())) {
                return files.anyMatch(f -> f.toString().endsWith(".csv"));
            } catch (java.io.IOException e) {
                return false;
            }
        });
        leadership.click(By.cssSelector("[data-export=xlsx]"));
        leadership.waitUntil(d -> {
            try (var files = Files.list(leadership.downloads())) {
                return files.anyMatch(f -> f.toString().endsWith(".xlsx"));
            } catch (java.io.IOException e) {
                return false;
            }
        });
        Path xlsx;
        try (var files = Files.list(leadership.downloads())) {
            xlsx = files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElseThrow();
        }
        // A real workbook: a ZIP whose sheet holds the table's cells.
        try (var zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                                      StandardCharsets.UTF_8);
            assertThat(sheet).contains("<row r=\"1\">");
        }
    }

    @Test
    @Order(9)
    void signingOutEndsTheSession() {
        officer.click(By.xpath("//header//button[contains(., 'Đăng xuất')]"));
        officer.waitUntil(d -> d.getCurrentUrl().startsWith(platform.gatewayUrl()));
        officer.go("#/");
        officer.waitForText("Đăng nhập");
        assertThat(officer.all(By.cssSelector("#user .who"))).isEmpty();
    }

    /**
     * The contest's "done when" in the browser: a judge of the demo's 9th edition (agriculture sub-panel) sees only
     * their own assignments — not the medicine entry — and scores one on the scoring screen, whose criteria are the
     * edition's rules; an out-of-range point is refused with its rule named and changes nothing.
     */
    @Test
    @Order(11)
    void aJudgeScoresTheirOwnAssignmentOnTheScoringScreen() {
        HttpJson admin = new HttpJson(platform.config.authUrl())
                .withHeader("Authorization", platform.identity.authorization());
        String judgePerson = vn.lienhiep.stack.Identity.DEMO_JUDGE_PERSON;
        java.util.Map<String, Object> none = new java.util.HashMap<>();
        none.put("personId", null);
        none.put("expertId", null);
        for (JsonNode user : admin.get("/admin/users").json()) {
            if (judgePerson.equals(user.path("personId").asText())) {
                admin.send("PUT", "/admin/users/" + user.path("username").asText() + "/identity", none, Map.of());
            }
        }
        String username = "giamkhao." + platform.run;
        String password = platform.account(username, "Giám khảo Nông nghiệp 1", List.of("JUDGE"), null);
        java.util.Map<String, Object> link = new java.util.HashMap<>();
        link.put("personId", judgePerson);
        link.put("expertId", null);
        HttpJson.Response linked = admin.send("PUT", "/admin/users/" + username + "/identity", link, Map.of());
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        String mango = platform.demo.get("slEntryXoai");

        try (Browser judge = Browser.open(platform.gatewayUrl()).signIn(username, password)) {
            judge.follow(By.xpath("//nav//a[contains(@href, '#/contest/my-assignments')]"));
            judge.waitForText("Quy trình ghép cải tạo vườn xoài già cỗi");
            judge.screenshot("30-judge-own-assignments");
            assertThat(judge.bodyText()).contains("Máy sấy cà phê")
                    .doesNotContain("Phần mềm nhắc lịch tái khám");
            judge.go("#/contest/entries/" + mango).waitForText("Chấm điểm");
            judge.screenshot("31-judge-entry");
            act(judge, "scores");
            assertThat(judge.unlabelledFields()).as("every score field has a label").isEmpty();
            judge.type("points.NOVELTY", "35").type("points.APPLICABILITY", "25").type("points.EFFECTIVENESS", "35");
            judge.click(By.cssSelector("dialog button[type=submit]"));
            judge.waitForText("contest.scoring.out-of-range");
            judge.screenshot("32-judge-score-refused");
            judge.type("points.NOVELTY", "26.5");
            judge.click(By.cssSelector("dialog button[type=submit]"));
            judge.waitUntil(d -> d.findElements(By.cssSelector("dialog")).isEmpty());
            eventually(() -> platform.api.get("/api/contest/entries/" + mango).json().path("scores").size() == 1);
            judge.go("#/contest/entries/" + mango).waitForText("86,5");
            judge.screenshot("33-judge-scored");
            assertThat(judge.all(By.cssSelector("[data-action=scores]"))).as("a score is given once").isEmpty();
            JsonNode sheet = platform.api.get("/api/contest/entries/" + mango).json().path("scores").get(0);
            assertThat(sheet.path("judgeId").asText()).isEqualTo(judgePerson);
            assertThat(sheet.path("points").path("NOVELTY").asDouble()).isEqualTo(26.5);
            // Another sub-panel's entry does not exist for this judge.
            judge.go("#/contest/entries/" + platform.demo.get("slEntryTaiKham"));
            judge.waitUntil(d -> !d.findElements(By.cssSelector("main .notice-error")).isEmpty());
        }
    }

    /** The contest office reads R-C1 as of the end of 2021 from the imported history: the union's published figures. */
    @Test
    @Order(12)
    void theContestOfficeReadsTheCumulativeReportAsOfAnyDay() {
        String username = "thuky." + platform.run;
        String password = platform.account(username, "Ban Thư ký hội thi", List.of("CONTEST_SECRETARIAT"), null);
        try (Browser office = Browser.open(platform.gatewayUrl()).signIn(username, password)) {
            office.follow(By.xpath("//nav//a[contains(@href, '#/contest/report')]"));
            office.go("#/contest/report?type=TECH_INNOVATION&asOf=2021-12-31").waitForText("Lượt tác giả và đồng tác giả");
            String text = office.bodyText();
            assertThat(text).contains("Số tác giả khác nhau").contains("157").contains("398").contains("97");
            office.screenshot("34-contest-report-2021");
            office.go("#/contest/editions").waitForText("lần thứ 9");
            office.follow(By.xpath("//main//a[contains(., 'lần thứ 9')]"));
            office.waitForText("01/QĐ-BTCHT");
            office.screenshot("35-contest-edition");
            assertThat(office.unlabelledFields()).isEmpty();
        }
        try (Browser visitor = Browser.open(platform.gatewayUrl())) {
            visitor.go("#/contest/gallery").waitForText("Giải pháp, sản phẩm đạt giải");
            visitor.screenshot("36-contest-gallery-public");
        }
    }

    private static void act(Browser browser, String action) {
        browser.click(By.cssSelector("[data-action='" + action + "']"));
        browser.find(By.cssSelector("dialog[open]"));
    }

    private static String fieldError(Browser browser, String field) {
        WebElement input = browser.find(By.cssSelector("dialog [name='" + field + "']"));
        return browser.find(By.id(input.getAttribute("aria-describedby"))).getText();
    }

    private long search(String name) {
        return platform.api.get(ORGS + "?q=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8))
                .json().path("totalItems").asLong();
    }

    private static boolean eventually(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        throw new AssertionError("condition not met in 20 s");
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase();
    }
}
