package vn.lienhiep.contest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.lienhiep.contest.common.domain.AwardedSolutions;
import vn.lienhiep.contest.common.domain.ContestType;
import vn.lienhiep.contest.entry.infrastructure.JdbcEntryStandings;
import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.testing.HttpJson;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienhiep.contest.ContestFixture.ED;
import static vn.lienhiep.contest.ContestFixture.EN;
import static vn.lienhiep.contest.ContestFixture.TODAY;
import static vn.lienhiep.contest.ContestFixture.author;
import static vn.lienhiep.contest.ContestFixture.award;
import static vn.lienhiep.contest.ContestFixture.born;
import static vn.lienhiep.contest.ContestFixture.decision;
import static vn.lienhiep.contest.ContestFixture.dossier;
import static vn.lienhiep.contest.ContestFixture.judgeOf;
import static vn.lienhiep.contest.ContestFixture.ok;
import static vn.lienhiep.contest.ContestFixture.panel;
import static vn.lienhiep.contest.ContestFixture.row;
import static vn.lienhiep.contest.ContestFixture.rule;
import static vn.lienhiep.contest.ContestFixture.sheet;

/**
 * An edition of Sơn La's Hội thi Sáng tạo kỹ thuật from its rules to the national result, through the API with each
 * body's role: issued, launched, extended; entries taken and one refused by each screening rule (the rule named);
 * judged by two judges each, one divergence re-scored by the whole sub-panel (first scores kept), conflicts of
 * interest refused; normalised standings; awarded within the quotas, approved, in the public gallery; two entries sent
 * nationally and a national result recorded.
 */
class ContestFlowApiTest extends ApiTestBase {

    @Autowired
    JdbcEntryStandings organisations;

    @Autowired
    AwardedSolutions awarded;

    private ContestFixture contest;
    private HttpJson committee;
    private HttpJson secretariat;
    private HttpJson chair;

    @BeforeEach
    void clients() {
        contest = new ContestFixture(this);
        committee = contest.committee;
        secretariat = contest.secretariat;
        chair = contest.chair;
    }

    @Test
    void anEditionRunsFromItsRulesToTheNationalResult() {
        // --- the draft, the rules, the launch, an extension ------------------------------------------------------
        Map<String, Object> terms = new HashMap<>();
        terms.put("submissionOpen", TODAY.minusDays(40).toString());
        terms.put("submissionClose", TODAY.minusDays(10).toString());
        terms.put("eligibility", Map.of("appliedSinceYear", 2017, "provinceOnly", true));
        terms.put("nationalCap", 2);
        HttpJson.Response drafted = secretariat.post(ED, Map.of("type", "TECH_INNOVATION", "ordinal", nextOrdinal(),
                "label", "Hội thi Sáng tạo kỹ thuật tỉnh Sơn La lần thứ 9", "cycleLabel", "2024",
                "awardYear", TODAY.getYear(), "nationalEdition", 18, "terms", terms));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        String edition = drafted.json().path("id").asText();

        ok(committee.post(ED + "/" + edition + "/rules", Map.of("decision", decision("01/QĐ-BTCHT", 41))));
        ok(committee.post(ED + "/" + edition + "/launch", Map.of("launchedOn", TODAY.minusDays(40).toString())));
        HttpJson.Response earlier = committee.post(ED + "/" + edition + "/extension", Map.of(
                "decision", decision("05/QĐ-BTCHT", 12), "newClose", TODAY.minusDays(20).toString()));
        rule(earlier, "contest.edition.deadline-not-later");
        ok(committee.post(ED + "/" + edition + "/extension", Map.of(
                "decision", decision("05/QĐ-BTCHT", 12), "newClose", TODAY.minusDays(1).toString())));
        JsonNode extended = contest.awaitEdition(edition, e -> e.path("terms").path("submissionClose").asText()
                                                                 .equals(TODAY.minusDays(1).toString()));
        assertThat(extended.path("versions").get(0).path("submissionClose").asText())
                .as("the rules in force share the extended window").isEqualTo(TODAY.minusDays(1).toString());

        // --- entries, and one refused by each screening rule ---------------------------------------------------
        String a = contest.submit(edition, dossier("AGRI_FOREST_FISHERY_RESOURCES_ENV",
                "Quy trình ghép cải tạo vườn xoài già cỗi tại huyện Yên Châu",
                List.of(author("p-a", "Lò Văn A", true, 60, "Trạm Khuyến nông Yên Châu", true),
                        author("p-b", "Cầm Thị B", false, 40, "Hợp tác xã Yên Châu", false))), 20, null);
        String b = contest.submit(edition, dossier("AGRI_FOREST_FISHERY_RESOURCES_ENV",
                "Máy sấy cà phê dùng năng lượng mặt trời",
                List.of(author("p-c", "Quàng Văn C", true, 100, "Công ty Cà phê Sơn La", false))), 15, null);
        String c = contest.submit(edition, dossier("AGRI_FOREST_FISHERY_RESOURCES_ENV",
                "Bẫy côn trùng hại chè bằng đèn LED",
                List.of(author("p-d", "Hà Văn D", true, 100, "Đội sản xuất chè Mộc Châu", false))), 15, null);
        // Posted on time, received after the deadline: the postmark counts.
        String d = contest.submit(edition, dossier("MEDICINE_PHARMACY",
                "Phần mềm nhắc lịch tái khám cho bệnh nhân tăng huyết áp tuyến xã",
                List.of(author("p-e", "Lường Thị E", true, 100, "Bệnh viện Đa khoa tỉnh Sơn La", false))), 0, 2);

        contest.refused(edition, dossier("MEDICINE_PHARMACY", "Nhận sau hạn, không có dấu bưu điện",
                List.of(author(null, "Tác giả F", true, 100, null, false))), 0, null, "contest.entry.after-deadline");
        Map<String, Object> old = dossier("MEDICINE_PHARMACY", "Giải pháp áp dụng từ năm 2015",
                List.of(author(null, "Tác giả G", true, 100, null, false)));
        old.put("appliedSinceYear", 2015);
        contest.refused(edition, old, 5, null, "contest.eligibility.applied-since");
        Map<String, Object> noEvidence = dossier("MEDICINE_PHARMACY", "Giải pháp chưa có minh chứng áp dụng",
                List.of(author(null, "Tác giả H", true, 100, null, false)));
        noEvidence.put("evidence", List.of());
        contest.refused(edition, noEvidence, 5, null, "contest.eligibility.evidence-missing");
        Map<String, Object> outside = dossier("MEDICINE_PHARMACY", "Giải pháp của tác giả ngoài tỉnh",
                List.of(author(null, "Tác giả I", true, 100, null, false)));
        outside.put("inProvince", false);
        contest.refused(edition, outside, 5, null, "contest.eligibility.outside-province");
        organisations.organisationStatus("org-dinh-chi", "SUSPENDED", 1);
        Map<String, Object> suspended = dossier("MEDICINE_PHARMACY", "Giải pháp của hội đang bị đình chỉ",
                List.of(author(null, "Tác giả K", true, 100, null, false)));
        suspended.put("entrantType", "ORGANISATION");
        suspended.put("organisationId", "org-dinh-chi");
        suspended.put("organisationName", "Hội Khoa học kỹ thuật bị đình chỉ");
        contest.refused(edition, suspended, 5, null, "contest.eligibility.member-suspended");
        awarded.record(ContestType.TECH_INNOVATION, "edition-8", "entry-8-1", "Lò đốt rác thải sinh hoạt quy mô xã");
        contest.refused(edition, dossier("MEDICINE_PHARMACY", "Lò đốt rác thải sinh hoạt quy mô xã",
                List.of(author(null, "Tác giả L", true, 100, null, false))), 5, null,
                "contest.eligibility.previously-awarded");
        contest.refused(edition, dossier("MEDICINE_PHARMACY", "Hai tác giả chính",
                List.of(author(null, "Tác giả M", true, 50, null, false), author(null, "Tác giả N", true, 50, null, false))),
                5, null, "contest.entry.principal-author");
        contest.refused(edition, dossier("MEDICINE_PHARMACY", "Tỷ lệ đóng góp không đủ 100%",
                List.of(author(null, "Tác giả O", true, 70, null, false), author(null, "Tác giả P", false, 20, null, false))),
                5, null, "contest.entry.shares-not-100");

        // --- screening, the jury, the preliminary round -------------------------------------------------------
        for (String entry : List.of(a, b, c, d)) {
            ok(secretariat.post(EN + "/" + entry + "/eligibility", null));
        }
        HttpJson.Response small = committee.post(ED + "/" + edition + "/jury", Map.of("decision",
                decision("07/QĐ-BTCHT", 2), "subPanels", List.of(panel("MEDICINE_PHARMACY", judgeOf("p-j4", "Sở Y tế")))));
        rule(small, "contest.edition.sub-panel-too-small");
        ok(committee.post(ED + "/" + edition + "/jury", Map.of("decision", decision("07/QĐ-BTCHT", 2), "subPanels", List.of(
                panel("AGRI_FOREST_FISHERY_RESOURCES_ENV", judgeOf("p-j1", "Sở Nông nghiệp và Môi trường"),
                      judgeOf("p-j2", "Trường Cao đẳng Sơn La"), judgeOf("p-j3", "Trạm Khuyến nông Yên Châu"),
                      judgeOf("p-c", "Công ty Cà phê Sơn La")),
                panel("MEDICINE_PHARMACY", judgeOf("p-j4", "Sở Y tế"), judgeOf("p-j5", "Trường Đại học Tây Bắc"))))));
        ok(secretariat.post(ED + "/" + edition + "/submissions-closure", null));
        ok(secretariat.post(ED + "/" + edition + "/screening-completion", null));

        // Conflicts of interest, each refused with its rule: same unit as an author, an entrant of the same edition.
        rule(chair.post(EN + "/" + a + "/judges", Map.of("judgeId", "p-j3")), "contest.judging.conflict-same-unit");
        rule(chair.post(EN + "/" + a + "/judges", Map.of("judgeId", "p-c")), "contest.judging.judge-is-entrant");
        rule(chair.post(EN + "/" + d + "/judges", Map.of("judgeId", "p-j1")), "contest.judging.not-on-sub-panel");
        contest.assign(a, "p-j1", "p-j2");
        contest.assign(b, "p-j1", "p-j3");
        contest.assign(c, "p-j1", "p-j2");
        contest.assign(d, "p-j4", "p-j5");

        contest.awaitEntry(d, e -> e.path("assignments").size() == 2);
        // A judge sees only their own sub-panel's entries, and scores only their own assignments.
        assertThat(contest.judge("p-j4").get(EN + "/" + a).status()).isEqualTo(404);
        assertThat(contest.judge("p-j4").get(EN + "?editionId=" + edition).json().path("items")).hasSize(1);
        assertThat(contest.judge("p-j1").get(EN + "?editionId=" + edition).json().path("items")).hasSize(3);
        assertThat(contest.judge("p-j4").post(EN + "/" + a + "/scores", sheet(20, 20, 30)).status()).isEqualTo(404);
        rule(contest.judge("p-j3").post(EN + "/" + a + "/scores", sheet(20, 20, 30)), "contest.judging.not-assigned");

        contest.score(a, "p-j1", sheet(25, 25, 35));
        contest.awaitEntry(a, e -> e.path("scores").size() == 1);
        assertThat(contest.judge("p-j2").get(EN + "/" + a).json().path("scores"))
                .as("a judge never sees a colleague's sheet before (or after) scoring").isEmpty();
        contest.score(a, "p-j2", sheet(24, 25, 33));
        // The principal author, as an entrant, reads their own entry without the judging, and nobody else's.
        HttpJson entrant = as(vn.lienhiep.testing.TestTokens.shared().user("entrant-p-a").roles(Role.ENTRANT)
                                                           .person("p-a").bearer());
        contest.awaitEntry(a, e -> e.path("scores").size() == 2);
        JsonNode own = entrant.get(EN + "?editionId=" + edition).json();
        assertThat(own.path("items")).hasSize(1);
        assertThat(own.path("items").get(0).path("id").asText()).isEqualTo(a);
        JsonNode ownEntry = entrant.get(EN + "/" + a).json();
        assertThat(ownEntry.path("dossier").path("title").asText()).isNotBlank();
        assertThat(ownEntry.path("scores")).as("no score while the jury works").isEmpty();
        assertThat(ownEntry.path("assignments")).as("nor who judges").isEmpty();
        assertThat(entrant.get(EN + "/" + b).status()).isEqualTo(404);
        assertThat(entrant.post(EN + "/" + a + "/scores", sheet(30, 30, 40)).status()).isEqualTo(403);
        rule(contest.judge("p-j2").post(EN + "/" + a + "/scores", sheet(1, 1, 1)), "contest.judging.already-scored");
        rule(contest.judge("p-j1").post(EN + "/" + c + "/scores", sheet(31, 10, 10)), "contest.scoring.out-of-range");
        contest.score(b, "p-j1", sheet(20, 20, 30));
        HttpJson.Response divergent = contest.judge("p-j3").post(EN + "/" + b + "/scores", sheet(10, 10, 20));
        assertThat(divergent.status()).as(divergent.toString()).isEqualTo(200);
        assertThat(divergent.json().path("status").asText()).isEqualTo("RESCORING");
        // The whole sub-panel re-scores (not the author among its judges); the first scores stay.
        rule(contest.judge("p-c").post(EN + "/" + b + "/rescores", sheet(20, 20, 30)),
             "contest.judging.conflict-author");
        contest.rescore(b, "p-j1", sheet(18, 20, 30));
        contest.rescore(b, "p-j2", sheet(18, 18, 28));
        HttpJson.Response last = contest.judge("p-j3").post(EN + "/" + b + "/rescores", sheet(15, 15, 25));
        assertThat(last.json().path("status").asText()).as(last.toString()).isEqualTo("SCORED");
        contest.score(c, "p-j1", sheet(12, 12, 20));
        contest.score(c, "p-j2", sheet(12, 12, 21));
        contest.score(d, "p-j4", sheet(20, 20, 30));
        contest.score(d, "p-j5", sheet(22, 21, 31));

        JsonNode bView = contest.awaitEntry(b, e -> e.path("scores").size() == 5);
        assertThat(bView.path("divergences").get(0).path("gap").asDouble()).isEqualTo(30.0);
        assertThat(bView.path("scores").findValuesAsText("rescore")).containsExactly("false", "false", "true", "true",
                                                                                    "true");
        assertThat(bView.path("completion").path("meanTotal").asDouble()).isEqualTo(62.33);

        // --- standings (raw and normalised, with the arithmetic), shortlist, results ----------------------------
        JsonNode standings = http.get(ED + "/" + edition + "/standings").json();
        assertThat(standings.path("rankedBy").asText()).isEqualTo("RAW");
        JsonNode first = row(standings, a);
        assertThat(first.path("rankInField").asInt()).isEqualTo(1);
        assertThat(first.path("rawMean").asDouble()).isEqualTo(83.5);
        assertThat(first.path("normalisedMean").isNumber()).isTrue();
        assertThat(first.path("how").path("adjustments")).hasSize(2);
        assertThat(row(standings, c).path("disqualifiedBy").asText()).isEqualTo("contest.scoring.below-minimum");

        ok(chair.post(ED + "/" + edition + "/shortlist", Map.of("finalists", List.of(a, b, d))));
        rule(chair.post(ED + "/" + edition + "/results/proposal", Map.of("minutes", "BB-01",
                "awards", Map.of(a, "FIRST", d, "FIRST"))), "contest.scoring.quota-exceeded");
        ok(chair.post(ED + "/" + edition + "/results/proposal", Map.of("minutes", "Biên bản họp Ban Giám khảo số 01")));
        ok(committee.post(ED + "/" + edition + "/results/approval", Map.of("decision", decision("12/QĐ-BTCHT", 0))));
        ok(secretariat.post(ED + "/" + edition + "/ceremony", Map.of("heldOn", TODAY.toString())));

        JsonNode view = contest.awaitEdition(edition, e -> e.path("awards").size() == 3);
        Map<String, String> levels = new HashMap<>();
        view.path("awards").forEach(w -> levels.put(w.path("entryId").asText(), w.path("level").asText()));
        assertThat(levels).containsEntry(a, "FIRST").containsEntry(d, "SECOND").containsEntry(b, "SECOND");
        JsonNode prizeA = award(view, a);
        assertThat(prizeA.path("amountVnd").asLong()).isEqualTo(30_000_000);
        assertThat(prizeA.path("authors").findValuesAsText("amountVnd")).containsExactly("18000000", "12000000");

        // The public gallery, without login: titles and consenting authors only.
        JsonNode gallery = as((String) null).get("/api/contest/gallery/" + edition).json();
        JsonNode shown = gallery.path("solutions").get(0);
        assertThat(shown.path("title").asText()).isEqualTo("Quy trình ghép cải tạo vườn xoài già cỗi tại huyện Yên Châu");
        assertThat(shown.path("authors").findValuesAsText("")).isEmpty();
        assertThat(shown.path("authors").get(0).asText()).isEqualTo("Lò Văn A");
        assertThat(shown.path("authorsNotShown").asInt()).isEqualTo(1);
        assertThat(gallery.toString()).doesNotContain("p-a").doesNotContain("18000000");

        // --- national forwarding ----------------------------------------------------------------------------
        rule(secretariat.post(ED + "/" + edition + "/nominations", Map.of("target", "NATIONAL_CONTEST",
                "entryIds", List.of(c), "sentOn", TODAY.toString())), "contest.edition.entry-not-awarded");
        ok(secretariat.post(ED + "/" + edition + "/nominations", Map.of("target", "NATIONAL_CONTEST",
                "entryIds", List.of(a, d), "sentOn", TODAY.toString())));
        rule(secretariat.post(ED + "/" + edition + "/nominations", Map.of("target", "NATIONAL_CONTEST",
                "entryIds", List.of(b), "sentOn", TODAY.toString())), "contest.edition.national-cap");
        ok(secretariat.post(ED + "/" + edition + "/national-results", Map.of("entryId", a, "level", "SECOND",
                "medal", "SILVER", "year", TODAY.getYear())));
        JsonNode national = contest.awaitEdition(edition, e -> e.path("nationalResults").size() == 1);
        assertThat(national.path("status").asText()).isEqualTo("NOMINATED_UPWARD");
        assertThat(national.path("nominations").get(0).path("nationalEdition").asInt()).isEqualTo(18);
        assertThat(national.path("nationalResults").get(0).path("medal").asText()).isEqualTo("SILVER");
    }

    @Test
    void youthAndVifotecEditionsScreenByTheirOwnRules() {
        Map<String, Object> youthTerms = new HashMap<>();
        youthTerms.put("submissionOpen", TODAY.minusDays(10).toString());
        youthTerms.put("submissionClose", TODAY.plusDays(10).toString());
        youthTerms.put("eligibility", Map.of("birthDateFrom", TODAY.minusYears(18).toString(),
                                             "birthDateTo", TODAY.minusYears(6).toString()));
        String youth = contest.launched("YOUTH_CREATIVITY", "Cuộc thi Sáng tạo TTNNĐ tỉnh Sơn La lần thứ 6",
                                        youthTerms);
        Map<String, Object> tooOld = dossier("LEARNING_TOOLS", "Bộ mô hình hệ Mặt Trời từ vật liệu tái chế",
                List.of(born(author(null, "Lò Thị Q", true, 100, "Trường THCS Chiềng Sinh", false), TODAY.minusYears(20))));
        tooOld.put("evidence", List.of());
        contest.refused(youth, tooOld, 1, null, "contest.eligibility.age-window");
        Map<String, Object> minor = dossier("LEARNING_TOOLS", "Đồng hồ nước từ chai nhựa",
                List.of(born(author(null, "Cà Văn R", true, 100, "Trường THCS Chiềng Sinh", false), TODAY.minusYears(12))));
        minor.put("evidence", List.of());
        contest.refused(youth, minor, 1, null, "contest.eligibility.guardian-consent");
        minor.put("youth", Map.of("school", "Trường THCS Chiềng Sinh", "grade", "7A", "guardianConsent", true));
        contest.submit(youth, minor, 1, null);

        Map<String, Object> vifotecTerms = new HashMap<>();
        vifotecTerms.put("submissionOpen", TODAY.minusDays(10).toString());
        vifotecTerms.put("submissionClose", TODAY.plusDays(10).toString());
        String vifotec = contest.launched("VIFOTEC_AWARD", "Giải thưởng VIFOTEC năm " + TODAY.getYear(), vifotecTerms);
        Map<String, Object> oldWork = dossier("ENERGY", "Bếp đun tiết kiệm củi",
                List.of(author(null, "Tác giả S", true, 100, null, false)));
        oldWork.put("appliedSinceYear", TODAY.getYear() - 8);
        oldWork.put("createdYear", TODAY.getYear() - 8);
        contest.refused(vifotec, oldWork, 1, null, "contest.eligibility.application-window");

        // At most one open edition per programme.
        HttpJson.Response second = secretariat.post(ED, Map.of("type", "VIFOTEC_AWARD", "ordinal", nextOrdinal(),
                "label", "Một kỳ VIFOTEC khác", "awardYear", TODAY.getYear(), "terms", vifotecTerms));
        String other = second.json().path("id").asText();
        ok(committee.post(ED + "/" + other + "/rules", Map.of("decision", decision("02/QĐ-BTC", 1))));
        rule(committee.post(ED + "/" + other + "/launch", Map.of("launchedOn", TODAY.toString())),
             "contest.edition.another-open");
        // An ordinal never goes back.
        rule(secretariat.post(ED, Map.of("type", "VIFOTEC_AWARD", "ordinal", 1, "label", "Kỳ cũ",
                                         "awardYear", TODAY.getYear(), "terms", vifotecTerms)),
             "contest.edition.ordinal-not-increasing");

        for (String edition : List.of(youth, vifotec, other)) {
            ok(committee.post(ED + "/" + edition + "/cancellation", Map.of("decision", decision("99/QĐ-BTC", 0),
                                                                           "reason", "Kết thúc kiểm thử")));
        }
    }

    /**
     * Blind judging, end to end: a judge of a blind edition reads the entry without its authors, its organisation and
     * its school (the office still sees them), and the entry's public announcement names no author either; the same
     * edition ranks by the per-judge normalised total, and says so in its standings.
     */
    @Test
    void aBlindEditionHidesTheAuthorsFromItsJudgesAndRanksByTheNormalisedTotal() {
        Map<String, Object> terms = new HashMap<>();
        terms.put("submissionOpen", TODAY.minusDays(10).toString());
        terms.put("submissionClose", TODAY.plusDays(10).toString());
        terms.put("blindJudging", true);
        terms.put("scoring", Map.of("normalised", true));
        terms.put("eligibility", Map.of("evidenceRequired", false));
        String edition = contest.launched("YOUTH_CREATIVITY", "Cuộc thi chấm kín lần thử nghiệm", terms);
        ok(committee.post(ED + "/" + edition + "/jury", Map.of("decision", decision("03/QĐ-BTC", 1), "subPanels",
                List.of(panel("SOFTWARE", judgeOf("p-blind-1", "Sở Giáo dục và Đào tạo"),
                              judgeOf("p-blind-2", "Trường Đại học Tây Bắc"))))));
        Map<String, Object> dossier = dossier("SOFTWARE", "Ứng dụng học bảng cửu chương bằng tiếng Thái",
                List.of(born(author("p-pupil", "Lò Thị Pupil", true, 100, "Trường THCS Chiềng Cơi", true),
                             TODAY.minusYears(13))));
        dossier.put("youth", Map.of("school", "Trường THCS Chiềng Cơi", "grade", "8A", "supervisorName", "Cô giáo X",
                                    "guardianConsent", true));
        String entry = contest.submit(edition, dossier, 1, null);

        JsonNode office = contest.awaitEntry(entry,
                                             e -> e.path("panelJudges").size() == 2 && e.path("blind").asBoolean());
        assertThat(office.path("dossier").path("authors")).hasSize(1);
        HttpJson.Response seen = contest.judge("p-blind-1").get(EN + "/" + entry);
        assertThat(seen.status()).as(seen.toString()).isEqualTo(200);
        JsonNode blind = seen.json();
        assertThat(blind.path("dossier").path("authors")).isEmpty();
        assertThat(blind.path("dossier").path("youth").path("school").isMissingNode()
                   || blind.path("dossier").path("youth").path("school").isNull()).isTrue();
        assertThat(blind.toString()).doesNotContain("Lò Thị Pupil").doesNotContain("p-pupil")
                                    .doesNotContain("Chiềng Cơi");
        assertThat(contest.judge("p-blind-1").get(EN + "?editionId=" + edition).json().toString())
                .doesNotContain("Lò Thị Pupil");

        JsonNode standings = http.get(ED + "/" + edition + "/standings").json();
        assertThat(standings.path("rankedBy").asText()).isEqualTo("NORMALISED");
        ok(committee.post(ED + "/" + edition + "/cancellation", Map.of("decision", decision("99/QĐ-BTC", 0),
                                                                       "reason", "Kết thúc kiểm thử")));
    }

    @Test
    void malformedInputIs400WithTheFieldsNamed() {
        HttpJson.Response bad = secretariat.post(ED, Map.of("type", "TECH_INNOVATION", "ordinal", 0));
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).contains("application/problem+json");
        assertThat(bad.json().path("errors").findValuesAsText("field")).contains("ordinal", "label", "terms");
        HttpJson.Response inverted = secretariat.post(ED, Map.of("type", "TECH_INNOVATION", "ordinal", nextOrdinal(),
                "label", "Cửa sổ ngược", "awardYear", TODAY.getYear(), "terms", Map.of(
                        "submissionOpen", TODAY.toString(), "submissionClose", TODAY.minusDays(1).toString())));
        assertThat(inverted.status()).as(inverted.toString()).isEqualTo(400);
        assertThat(inverted.json().path("errors").findValuesAsText("field")).contains("submissionClose");
        HttpJson.Response impossible = secretariat.post(EN, Map.of("editionId", "x", "submittedOn", "2025-02-30",
                                                                   "dossier", Map.of()));
        assertThat(impossible.status()).as(impossible.toString()).isEqualTo(400);
        assertThat(http.get(ED + "/no-such-edition").status()).isEqualTo(404);
        assertThat(http.get(EN + "/no-such-entry").status()).isEqualTo(404);
    }
}
