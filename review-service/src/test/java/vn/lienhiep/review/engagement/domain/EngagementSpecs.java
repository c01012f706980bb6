package vn.lienhiep.review.engagement.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;

import vn.lienhiep.kernel.BusinessRuleViolation;
import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.review.common.domain.ApprovedPlans;
import vn.lienhiep.review.common.domain.ExpertPool;
import vn.lienhiep.review.common.domain.PoolExpert;
import vn.lienhiep.review.common.domain.ReviewForm;
import vn.lienhiep.review.common.domain.ReviewRuleSet;
import vn.lienhiep.review.common.domain.ReviewRules;
import vn.lienhiep.review.common.domain.SubjectType;
import vn.lienhiep.review.engagement.domain.EngagementEvents.*;
import vn.lienhiep.testing.Refusal;

import static org.hamcrest.Matchers.startsWith;

/**
 * What the engagement specifications share: a fixed clock (noon in Vietnam on Monday 01/06/2026), two versions of the
 * regulation, a fake expert pool and approved plans, and histories that bring the aggregate to each state.
 */
final class EngagementSpecs {

    static final String ID = "eng-1";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T05:00:00Z"), Clocks.VIETNAM);
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    /** A Friday, under the 2006 regulation. */
    static final LocalDate RECEIVED_ON = LocalDate.of(2026, 3, 6);
    static final String OLD_REGULATION = "QĐ 92/2006/QĐ-UBND";
    static final String NEW_REGULATION = "QĐ 15/2026/QĐ-UBND";
    /** The 2006 defaults: council ≥ 5 with ≥ 2 critics, group ≥ 3, lead 30 days, 5/7 working days, report 30, response 30. */
    static final ReviewRuleSet OLD_RULES = ReviewRuleSet.defaults(LocalDate.of(2006, 12, 26), OLD_REGULATION);
    /** From 01/04/2026: no architecture reviews, a council of ≥ 7 with ≥ 3 critics, a response within 20 days. */
    static final ReviewRuleSet NEW_RULES = new ReviewRuleSet(LocalDate.of(2026, 4, 1), NEW_REGULATION,
            EnumSet.complementOf(EnumSet.of(SubjectType.ARCHITECTURE_PLANNING)), 7, 3, 4, 45, 3, 10, 60, 20);
    static final ReviewRules RULES = new ReviewRules(List.of(OLD_RULES, NEW_RULES));

    static final Requester REQUESTER = new Requester("Ủy ban nhân dân tỉnh Sơn La", RequesterKind.PEOPLES_COMMITTEE,
                                                     "ubnd-tinh-son-la");
    static final String DRAFTING_BODY = "Sở Tài nguyên và Môi trường tỉnh Sơn La";
    static final String TITLE = "Đề án quy hoạch vùng nguyên liệu cà phê Sơn La";

    static final String CHAIR = "exp-chair";
    static final String SECRETARY = "exp-secretary";
    static final String CRITIC_1 = "exp-critic-1";
    static final String CRITIC_2 = "exp-critic-2";
    static final String MEMBER = "exp-member";
    static final String OUTSIDER = "exp-outsider";
    static final List<PanelSeat> COUNCIL = List.of(new PanelSeat(CHAIR, PanelRole.CHAIR),
                                                   new PanelSeat(SECRETARY, PanelRole.SECRETARY),
                                                   new PanelSeat(CRITIC_1, PanelRole.CRITIC),
                                                   new PanelSeat(CRITIC_2, PanelRole.CRITIC),
                                                   new PanelSeat(MEMBER, PanelRole.MEMBER));
    static final Set<ReviewForm> COUNCIL_AND_WORKSHOP = EnumSet.of(ReviewForm.COUNCIL, ReviewForm.WORKSHOP);
    static final int PLAN_YEAR = 2026;
    static final String DEADLINE_ID = "deadline-1";
    static final LocalDate SENT_ON = LocalDate.of(2026, 5, 20);
    /** SENT_ON + 30 days (the 2006 regulation, in force when the request arrived). */
    static final LocalDate RESPONSE_DUE = LocalDate.of(2026, 6, 19);

    private EngagementSpecs() {
    }

    /** The experts membership has verified; the test adds and removes them. */
    static final class FakePool implements ExpertPool {
        final Map<String, PoolExpert> experts = new HashMap<>();

        FakePool() {
            for (String id : List.of(CHAIR, SECRETARY, CRITIC_1, CRITIC_2, MEMBER, OUTSIDER)) {
                add(id, "Trường Đại học Tây Bắc");
            }
        }

        FakePool add(String expertId, String... employers) {
            experts.put(expertId, new PoolExpert(expertId, "person-" + expertId, null, List.of("Nông nghiệp"),
                                                 List.of(employers), "PROVINCE", "AVAILABLE"));
            return this;
        }

        @Override
        public Optional<PoolExpert> active(String expertId) {
            return Optional.ofNullable(experts.get(expertId));
        }

        @Override
        public boolean known(String expertId) {
            return experts.containsKey(expertId);
        }
    }

    /** Which engagements the approved annual plans list. */
    static final class FakePlans implements ApprovedPlans {
        final Set<String> listed = new HashSet<>();

        @Override
        public boolean includes(int year, String engagementId) {
            return listed.contains(year + "/" + engagementId);
        }
    }

    static FixtureConfiguration<ReviewEngagement> fixture(FakePool pool, FakePlans plans) {
        FixtureConfiguration<ReviewEngagement> f = new AggregateTestFixture<>(ReviewEngagement.class);
        f.registerInjectableResource(CLOCK);
        f.registerInjectableResource(RULES);
        f.registerInjectableResource(pool);
        f.registerInjectableResource(plans);
        return f;
    }

    static DecisionRef decision(String number, LocalDate date) {
        return new DecisionRef(number, date, "THUONG_TRUC", "Chủ tịch");
    }

    static RequestDetails request(SubjectType subject, LocalDate receivedAt, LocalDate requestedDeadline) {
        return new RequestDetails(TITLE, subject, IssuingLevel.PROVINCIAL, "Nông nghiệp", REQUESTER, DRAFTING_BODY,
                                  EnumSet.of(ReviewType.CRITIQUE, ReviewType.CONSULTANCY), receivedAt,
                                  requestedDeadline, List.of("Công văn đề nghị", "Dự thảo đề án"), false,
                                  "Ủy ban MTTQ tỉnh Sơn La", null);
    }

    static RequestDetails request() {
        return request(SubjectType.SOCIOECONOMIC_MASTER_PLAN, RECEIVED_ON, null);
    }

    /** Due dates under the 2006 regulation for a request received on Friday 06/03/2026. */
    static DueDates dueDates(boolean shortNotice) {
        return new DueDates(OLD_REGULATION, LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 17),
                            LocalDate.of(2026, 4, 5), shortNotice);
    }

    // --- events -----------------------------------------------------------------------------------------------------

    static ReviewRequestReceived received() {
        return new ReviewRequestReceived(ID, RequestOrigin.COMMISSIONED, request(), dueDates(false));
    }

    static ReviewAccepted accepted() {
        return new ReviewAccepted(ID, decision("12/QĐ-LHH", LocalDate.of(2026, 3, 10)),
                                  SubjectType.SOCIOECONOMIC_MASTER_PLAN);
    }

    static EngagementPlanned planned(Set<ReviewForm> forms, FundingSource source, String contractRef) {
        return new EngagementPlanned(ID, EnumSet.copyOf(forms), source, 40_000_000L, PLAN_YEAR, contractRef,
                                     LocalDate.of(2026, 4, 5));
    }

    static EngagementPlanned planned() {
        return planned(COUNCIL_AND_WORKSHOP, FundingSource.STATE_BUDGET_ANNUAL_PLAN, null);
    }

    static final LocalDate INVITED_ON = LocalDate.of(2026, 4, 1);
    static final LocalDate ACCEPTED_ON = LocalDate.of(2026, 4, 2);

    /** Invited, accepted and cleared (no interest, non-disclosure signed). */
    static List<Object> joined(PanelSeat seat) {
        return List.of(new ExpertInvited(ID, seat.expertId(), "person-" + seat.expertId(), seat.role(), INVITED_ON),
                       new InvitationAccepted(ID, seat.expertId(), seat.role(), ACCEPTED_ON, null),
                       new ExpertConflictDeclared(ID, seat.expertId(), Set.of(), LocalDate.of(2026, 4, 2), true));
    }

    /** What the confirmation of these seats announces: each expert, without a name (the fake pool has none). */
    static List<ExpertAssignment> assignments(List<PanelSeat> seats) {
        return seats.stream().map(seat -> new ExpertAssignment(seat.expertId(), seat.role(), null,
                                                               SubjectType.SOCIOECONOMIC_MASTER_PLAN)).toList();
    }

    /** The panel of these seats formed on {@code on}, every seat announced. */
    static ReviewPanelFormed formed(List<PanelSeat> seats, Set<ReviewForm> forms, LocalDate on) {
        return new ReviewPanelFormed(ID, seats, forms, on, assignments(seats));
    }

    static List<Object> joined(List<PanelSeat> seats) {
        List<Object> events = new ArrayList<>();
        seats.forEach(seat -> events.addAll(joined(seat)));
        return events;
    }

    static List<Recommendation> recommendations() {
        return List.of(new Recommendation("R1", "Bổ sung đánh giá tác động môi trường"),
                       new Recommendation("R2", "Làm rõ nguồn vốn"),
                       new Recommendation("R3", "Lấy ý kiến người dân vùng dự án"));
    }

    static ReportDrafted drafted() {
        return new ReportDrafted(ID, 1, "Tóm tắt", "Nhận xét", recommendations(), List.of());
    }

    static ReviewReportSent sent() {
        return new ReviewReportSent(ID, 1, "Tóm tắt", "Nhận xét", recommendations(), List.of(),
                                    decision("45/LHH-TVPB", SENT_ON), "Nguyễn Văn A", SENT_ON, RESPONSE_DUE,
                                    DEADLINE_ID);
    }

    static ReviewResponseRecorded responded() {
        return new ReviewResponseRecorded(ID, LocalDate.of(2026, 5, 28),
                List.of(new RecommendationAnswer("R1", Adoption.ADOPTED, null),
                        new RecommendationAnswer("R2", Adoption.PARTIALLY_ADOPTED, "Một phần"),
                        new RecommendationAnswer("R3", Adoption.NOT_ADOPTED, "Không khả thi")),
                Adoption.PARTIALLY_ADOPTED, null);
    }

    /** Events that bring an engagement (commissioned, state-funded, council + workshop) to {@code status}. */
    static List<Object> history(EngagementStatus status) {
        List<Object> events = new ArrayList<>();
        switch (status) {
            case PROPOSED -> events.add(new ReviewProposed(ID, request()));
            case RECEIVED -> events.add(received());
            case INCOMPLETE -> {
                events.add(received());
                events.add(new DossierMarkedIncomplete(ID, List.of("Dự thảo đề án"), RECEIVED_ON));
            }
            case ACCEPTED -> {
                events.add(received());
                events.add(accepted());
            }
            case DECLINED -> {
                events.add(received());
                events.add(new ReviewDeclined(ID, "Ngoài khả năng", decision("13/QĐ-LHH", RECEIVED_ON)));
            }
            case PLANNED -> {
                events.addAll(history(EngagementStatus.ACCEPTED));
                events.add(planned());
            }
            case PANEL_FORMING -> {
                events.addAll(history(EngagementStatus.PLANNED));
                events.addAll(joined(COUNCIL));
            }
            case IN_PROGRESS -> {
                events.addAll(history(EngagementStatus.PANEL_FORMING));
                events.add(formed(COUNCIL, COUNCIL_AND_WORKSHOP, LocalDate.of(2026, 4, 3)));
            }
            case DRAFTING -> {
                events.addAll(history(EngagementStatus.IN_PROGRESS));
                events.add(new ReviewCollectionClosed(ID));
            }
            case INTERNAL_APPROVAL -> {
                events.addAll(history(EngagementStatus.DRAFTING));
                events.add(drafted());
                events.add(new DraftSubmitted(ID, 1));
            }
            case REPORT_SENT -> {
                events.addAll(history(EngagementStatus.INTERNAL_APPROVAL));
                events.add(sent());
            }
            case RESPONSE_RECEIVED -> {
                events.addAll(history(EngagementStatus.REPORT_SENT));
                events.add(responded());
            }
            case CLOSED -> {
                events.addAll(history(EngagementStatus.RESPONSE_RECEIVED));
                events.add(new ReviewClosed(ID, Adoption.PARTIALLY_ADOPTED, new AdoptionCounts(1, 1, 1, 0),
                                            COUNCIL_AND_WORKSHOP, SubjectType.SOCIOECONOMIC_MASTER_PLAN,
                                            RequestOrigin.COMMISSIONED, RequesterKind.PEOPLES_COMMITTEE,
                                            REQUESTER.name(), LocalDate.of(2026, 5, 29), null, expertIds()));
            }
            case CANCELLED -> {
                events.addAll(history(EngagementStatus.ACCEPTED));
                events.add(new EngagementCancelled(ID, EngagementStatus.ACCEPTED, "Không còn cần thiết",
                                                   decision("20/QĐ-LHH", LocalDate.of(2026, 3, 20))));
            }
        }
        return events;
    }

    static List<String> expertIds() {
        return COUNCIL.stream().map(PanelSeat::expertId).toList();
    }

    static List<Object> plus(List<Object> history, Object... more) {
        List<Object> events = new ArrayList<>(history);
        events.addAll(List.of(more));
        return events;
    }

    // --- refusals ---------------------------------------------------------------------------------------------------

    /** Refused with {@code rule} (422), both messages, at least {@code details}, and no event applied. */
    static void expectViolation(ResultValidator<ReviewEngagement> result, String rule, Map<String, Object> details) {
        Refusal refusal = Refusal.by(rule);
        details.forEach(refusal::with);
        result.expectNoEvents()
              .expectException(BusinessRuleViolation.class)
              .expectException(refusal)
              .expectExceptionMessage(startsWith(rule + ": "));
    }

    static void expectViolation(ResultValidator<ReviewEngagement> result, String rule) {
        expectViolation(result, rule, Map.of());
    }

    /** Refused as malformed input naming {@code field} (400), in both languages, and no event applied. */
    static void expectInvalid(ResultValidator<ReviewEngagement> result, String field) {
        result.expectNoEvents().expectException(Refusal.invalid(field));
    }
}
