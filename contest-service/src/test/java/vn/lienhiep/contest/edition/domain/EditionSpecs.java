package vn.lienhiep.contest.edition.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import vn.lienhiep.contest.common.domain.Committee;
import vn.lienhiep.contest.common.domain.ContestType;
import vn.lienhiep.contest.common.domain.EditionSnapshot;
import vn.lienhiep.contest.common.domain.EditionTerms;
import vn.lienhiep.contest.common.domain.EntryAuthor;
import vn.lienhiep.contest.common.domain.EntryStanding;
import vn.lienhiep.contest.common.domain.InMemoryContest;
import vn.lienhiep.contest.common.domain.Judge;
import vn.lienhiep.contest.common.domain.PrizeLevel;
import vn.lienhiep.contest.common.domain.ScoreSheet;
import vn.lienhiep.contest.common.domain.SubPanel;
import vn.lienhiep.contest.edition.domain.EditionEvents.*;
import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.kernel.DecisionRef;

/**
 * What the edition specifications share: a fixed clock (noon in Vietnam on Sunday 01/12/2024), the 9th technical
 * innovation contest of Sơn La (window 01/02–30/09/2024, at most one entry sent to the national contest), its
 * agriculture sub-panel, histories that bring the edition to each state, and standings the entries would have
 * committed to the in-memory ports.
 */
final class EditionSpecs {

    static final String ID = "ed-9";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-12-01T05:00:00Z"), Clocks.VIETNAM);
    static final LocalDate TODAY = LocalDate.of(2024, 12, 1);
    static final ContestType TECH = ContestType.TECH_INNOVATION;
    static final String LABEL = "Hội thi Sáng tạo kỹ thuật tỉnh Sơn La lần thứ 9";
    static final int NATIONAL_EDITION = 18;
    static final LocalDate OPENS = LocalDate.of(2024, 2, 1);
    static final LocalDate CLOSES = LocalDate.of(2024, 9, 30);

    /** The draft's terms: the standard technical contest, one entry at most sent to the national contest. */
    static final EditionTerms DRAFT_TERMS = withNationalCap(EditionTerms.defaults(TECH, OPENS, CLOSES), 1);
    static final DecisionRef RULES = Committee.decision("01/QĐ-BTCHT", LocalDate.of(2024, 1, 25),
                                                        "Phó Chủ tịch UBND tỉnh Cầm Ngọc Minh");
    static final EditionTerms ISSUED = DRAFT_TERMS.issued(1, RULES);
    static final DecisionRef JURY = Committee.decision("07/QĐ-BTCHT", LocalDate.of(2024, 10, 1), "Trưởng ban");
    static final DecisionRef RESULTS = Committee.decision("12/QĐ-BTCHT", LocalDate.of(2024, 11, 20), "Trưởng ban");

    static final String AGRI_FIELD = "AGRI_FOREST_FISHERY_RESOURCES_ENV";
    static final SubPanel AGRI = new SubPanel(AGRI_FIELD, "gk-binh", List.of(
            new Judge("gk-binh", "Nguyễn Văn Bình", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Sơn La"),
            new Judge("gk-hoa", "Lê Thị Hoa", "Trường Đại học Tây Bắc")));

    static final String MANGO = "Quy trình ghép cải tạo xoài tròn Yên Châu";
    static final String COFFEE = "Máy tách vỏ cà phê tươi quy mô hộ gia đình";

    private EditionSpecs() {
    }

    static FixtureConfiguration<ContestEdition> fixture(InMemoryContest contest) {
        FixtureConfiguration<ContestEdition> fixture = new AggregateTestFixture<>(ContestEdition.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(contest);
        return fixture;
    }

    static EditionTerms withNationalCap(EditionTerms t, Integer cap) {
        return new EditionTerms(t.version(), t.decision(), t.fields(), t.eligibility(), t.scoring(), t.prizes(),
                                t.submissionOpen(), t.submissionClose(), t.postmarkRule(), t.blindJudging(), cap);
    }

    /** What the edition committed to the ports after its last command. */
    static EditionSnapshot committed(InMemoryContest contest) {
        return contest.snapshots.get(ID);
    }

    // --- histories ----------------------------------------------------------------------------------------------

    static EditionDrafted drafted() {
        return new EditionDrafted(ID, TECH, 9, LABEL, "2024", 2024, NATIONAL_EDITION, DRAFT_TERMS);
    }

    static Object[] rulesIssued() {
        return new Object[] {drafted(), new EditionRulesIssued(ID, TECH, 9, LABEL, ISSUED)};
    }

    static Object[] open() {
        return concat(rulesIssued(), new EditionLaunched(ID, TECH, 9, LABEL, 2024, OPENS, CLOSES));
    }

    /** Open, with the jury appointed. */
    static Object[] openWithJury() {
        return concat(open(), new JuryAppointed(ID, JURY, List.of(AGRI)));
    }

    static Object[] screening() {
        return concat(openWithJury(), new SubmissionsClosed(ID, TECH, LocalDate.of(2024, 10, 2)));
    }

    static Object[] preliminaryRound() {
        return concat(screening(), new ScreeningCompleted(ID, LocalDate.of(2024, 10, 3)));
    }

    /** The final round of entries en-1 and en-2. */
    static Object[] finalRound() {
        return concat(preliminaryRound(), new ShortlistApproved(ID, List.of("en-1", "en-2"), LocalDate.of(2024, 11, 1)));
    }

    static Object[] proposed(Award... awards) {
        return concat(finalRound(), new ResultsProposed(ID, "Biên bản họp Ban Giám khảo số 01/BB-BGK",
                                                        List.of(awards), LocalDate.of(2024, 11, 10)));
    }

    static Object[] approved(Award... awards) {
        return concat(proposed(awards), new ContestResultsApproved(ID, TECH, 9, LABEL, 2024, RESULTS, List.of(awards)));
    }

    /** Approved and handed over: en-1 won the first prize, en-2 a second prize. */
    static Object[] awarded() {
        return concat(approved(firstPrize(), secondPrize()), new CeremonyHeld(ID, LocalDate.of(2024, 11, 25)));
    }

    static Object[] concat(Object[] first, Object... more) {
        Object[] all = new Object[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    // --- entries as committed -----------------------------------------------------------------------------------

    static final EntryAuthor LO_VAN_A = new EntryAuthor("p-lo-van-a", "Lò Văn A", true, 100,
            "Hợp tác xã Nông nghiệp Chiềng Khoi", true, null, true);
    static final EntryAuthor CA_VAN_DUNG = new EntryAuthor("p-ca-van-dung", "Cà Văn Dũng", true, 60,
            "Hợp tác xã Cà phê Chiềng Ban", true, null, true);
    static final EntryAuthor QUANG_THI_EN = new EntryAuthor("p-quang-thi-en", "Quàng Thị Én", false, 40,
            "Hợp tác xã Cà phê Chiềng Ban", false, null, false);

    /** One judge's sheet: novelty, applicability, effectiveness. */
    static ScoreSheet sheet(String judgeId, int novelty, int applicability, int effectiveness) {
        return new ScoreSheet(judgeId, Map.of("NOVELTY", BigDecimal.valueOf(novelty),
                                              "APPLICABILITY", BigDecimal.valueOf(applicability),
                                              "EFFECTIVENESS", BigDecimal.valueOf(effectiveness)));
    }

    /** en-1 (the mango), scored 85 and 82: a mean of 83.50. */
    static void mangoScored(InMemoryContest contest) {
        contest.record(standing("en-1", "001", MANGO, true, List.of(LO_VAN_A),
                                sheet("gk-binh", 26, 25, 34), sheet("gk-hoa", 25, 24, 33)));
    }

    /** en-2 (the coffee huller), scored 70 and 66: a mean of 68.00. */
    static void coffeeScored(InMemoryContest contest) {
        contest.record(standing("en-2", "002", COFFEE, true, List.of(CA_VAN_DUNG, QUANG_THI_EN),
                                sheet("gk-binh", 20, 20, 30), sheet("gk-hoa", 19, 19, 28)));
    }

    /** en-2 with one judge's sheet still missing. */
    static void coffeeHalfScored(InMemoryContest contest) {
        contest.record(standing("en-2", "002", COFFEE, false, List.of(CA_VAN_DUNG, QUANG_THI_EN),
                                sheet("gk-binh", 20, 20, 30)));
    }

    static EntryStanding standing(String entryId, String entryNo, String title, boolean complete,
                                  List<EntryAuthor> authors, ScoreSheet... sheets) {
        return new EntryStanding(entryId, entryNo, ID, AGRI_FIELD, title, true, new ArrayList<>(List.of(sheets)),
                                 false, complete, authors);
    }

    /** The first prize (30,000,000 VND) to en-1, all of it to its one author. */
    static Award firstPrize() {
        return new Award("en-1", "001", AGRI_FIELD, MANGO, PrizeLevel.FIRST, new BigDecimal("83.50"), 30_000_000L,
                         List.of(new Award.AwardedAuthor("p-lo-van-a", "Lò Văn A", true, 100, 30_000_000L, true,
                                                         true)));
    }

    /** A second prize (25,000,000 VND) to en-2, split 60/40 between its authors. */
    static Award secondPrize() {
        return new Award("en-2", "002", AGRI_FIELD, COFFEE, PrizeLevel.SECOND, new BigDecimal("68.00"), 25_000_000L,
                         List.of(new Award.AwardedAuthor("p-ca-van-dung", "Cà Văn Dũng", true, 60, 15_000_000L, true,
                                                         true),
                                 new Award.AwardedAuthor("p-quang-thi-en", "Quàng Thị Én", false, 40, 10_000_000L,
                                                         false, false)));
    }
}
