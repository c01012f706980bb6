package vn.lienhiep.membership.governance.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import vn.lienhiep.membership.common.domain.MembershipRules;
import vn.lienhiep.membership.governance.domain.GovernanceCommands.*;
import vn.lienhiep.membership.governance.domain.GovernanceEvents.*;
import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.kernel.InvalidInput;
import vn.lienhiep.testing.Refusal;

import static org.assertj.core.api.Assertions.assertThat;

/** Specifications of a union's terms, congresses, elections and office holdings (docs/domain/membership.md#term-and-congress). */
class UnionGovernanceTest {

    static final String U = "union-14";
    static final LocalDate CONGRESS_DAY = LocalDate.of(2010, 5, 15);

    private AggregateTestFixture<UnionGovernance> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UnionGovernance.class);
        fixture.registerInjectableResource(MembershipRules.defaults());
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2024-03-01T03:00:00Z"), Clocks.VIETNAM));
    }

    // --- fixtures: Sơn La (docs/domain/README.md#source-son-la-2015) -------------------------------------------------------------------------------

    static DecisionRef decision(String number, LocalDate date, String body) {
        return new DecisionRef(number, date, body, "Chủ tịch");
    }

    static TermPlanned termI() {
        return new TermPlanned(U, 1, "Nhiệm kỳ I", 2010, 2015);
    }

    static TermPlanned termII() {
        return new TermPlanned(U, 2, "Nhiệm kỳ II", 2016, 2020);
    }

    static List<Object> foundingCongressInSession() {
        return List.of(termI(), new CongressPlanned(U, 1, "Đại hội lần thứ I", CongressKind.DELEGATES, "Quý II/2010", 1),
                new OrganisingCommitteeFormed(U, 1, decision("12/QĐ-UBND", LocalDate.of(2010, 4, 22), "UBND_TINH")),
                new CongressDocumentsApproved(U, 1, Set.of(CongressDocument.DIRECTION),
                                              decision("13/QĐ-UBND", LocalDate.of(2010, 4, 25), "UBND_TINH")),
                new PartyApprovalRecorded(U, 1, decision("99-TB/TU", LocalDate.of(2010, 5, 5), "TINH_UY")),
                new CongressConvened(U, 1, CONGRESS_DAY, 150),
                new QuorumChecked(U, 1, CONGRESS_DAY, 140, 150, true));
    }

    /** 29 BCH seats; persons p1..p29. */
    static List<Seat> bch29() {
        return IntStream.rangeClosed(1, 29).mapToObj(i -> new Seat("p" + i, "Ủy viên " + i, Position.MEMBER,
                i <= 2 ? ServiceMode.FULL_TIME : ServiceMode.CONCURRENT, 100 + i, 140)).toList();
    }

    /** 5 BTV seats: the Chair, the Vice-Chair cum Secretary-General's seat, two Vice-Chairs, one standing member. */
    static List<Seat> btv5() {
        return List.of(Seat.of("p1", "Ủy viên 1", Position.CHAIR, ServiceMode.FULL_TIME),
                       Seat.of("p2", "Ủy viên 2", Position.SECRETARY_GENERAL, ServiceMode.FULL_TIME),
                       Seat.of("p3", "Ủy viên 3", Position.VICE_CHAIR, ServiceMode.CONCURRENT),
                       Seat.of("p4", "Ủy viên 4", Position.VICE_CHAIR, ServiceMode.CONCURRENT),
                       Seat.of("p5", "Ủy viên 5", Position.STANDING_MEMBER, ServiceMode.CONCURRENT));
    }

    static ElectionRecorded bchElected() {
        return new ElectionRecorded(U, 1, 1, GoverningBodyType.BCH, bch29(), decision("01/NQ-ĐH", CONGRESS_DAY, "DAI_HOI"));
    }

    static ElectionRecorded btvElected() {
        return new ElectionRecorded(U, 1, 1, GoverningBodyType.BTV, btv5(), decision("01/NQ-BCH", CONGRESS_DAY, "BCH"));
    }

    static List<Object> with(List<Object> events, Object... more) {
        List<Object> all = new ArrayList<>(events);
        all.addAll(List.of(more));
        return all;
    }

    /** Term I active since the founding congress closed, holdings h1..h34 (29 BCH + 5 BTV). */
    static List<Object> termIActive() {
        List<Object> events = with(foundingCongressInSession(), bchElected(), btvElected(),
                new CongressClosed(U, 1, 1, CONGRESS_DAY, 140, 150), new TermStarted(U, 1, CONGRESS_DAY, 1));
        int n = 0;
        for (ElectionRecorded e : List.of(bchElected(), btvElected())) {
            for (Seat s : e.seats()) {
                n++;
                events.add(new OfficeHoldingStarted(U, "h" + n, 1, s.personId(), s.fullName(), e.body(), s.position(),
                        s.mode(), CONGRESS_DAY, HoldingBasis.ELECTED, 1, e.decision()));
            }
        }
        return events;
    }

    /** Captures the published events so a spec can assert on many of them. */
    static final class Captured extends BaseMatcher<List<EventMessage<?>>> {
        final List<Object> payloads = new ArrayList<>();

        @Override
        public boolean matches(Object actual) {
            ((List<?>) actual).forEach(m -> payloads.add(((EventMessage<?>) m).getPayload()));
            return true;
        }

        @Override
        public void describeTo(Description description) {
            description.appendText("any events");
        }

        <T> List<T> of(Class<T> type) {
            return payloads.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    // --- terms ----------------------------------------------------------------------------------------------------

    @Nested
    class Terms {

        @Test
        void planningTheFirstTermCreatesTheUnionsGovernance() {
            fixture.givenNoPriorActivity()
                   .when(new PlanTerm(U, 1, " Nhiệm kỳ  I ", 2010, 2015, null))
                   .expectEvents(termI());
        }

        @Test
        void aTermLongerThanTheCharterAllowsIsRefused() {
            fixture.givenNoPriorActivity()
                   .when(new PlanTerm(U, 1, "Nhiệm kỳ I", 2010, 2016, null))
                   .expectNoEvents().expectException(Refusal.by("membership.term.too-long"));
        }

        @Test
        void ordinalsAreUnique() {
            fixture.given(termI())
                   .when(new PlanTerm(U, 1, "Nhiệm kỳ I bis", 2016, 2020, null))
                   .expectNoEvents().expectException(Refusal.by("membership.term.duplicate-ordinal"));
        }

        @Test
        void termsDoNotOverlapButMayShareTheirBoundaryYear() {
            fixture.given(termI())
                   .when(new PlanTerm(U, 2, "Nhiệm kỳ II", 2013, 2017, null))
                   .expectNoEvents().expectException(Refusal.by("membership.term.overlap"));
            fixture.given(termI())
                   .when(new PlanTerm(U, 2, "Nhiệm kỳ II", 2015, 2020, null))
                   .expectEvents(new TermPlanned(U, 2, "Nhiệm kỳ II", 2015, 2020));
        }

        @Test
        void malformedTermsAreBadRequests() {
            fixture.givenNoPriorActivity()
                   .when(new PlanTerm(U, 1, "x", 2015, 2010, null))
                   .expectNoEvents().expectException(Refusal.invalid("endYear"));
        }
    }

    // --- congress preparation ---------------------------------------------------------------------------------------

    @Nested
    class Preparation {

        @Test
        void planningTheNextCongressForAPlannedTerm() {
            // Sơn La term II was planned for "Quý IV/2015"
            fixture.given(with(termIActive(), termII()))
                   .when(new PlanCongress(U, 2, "Đại hội lần thứ II", CongressKind.DELEGATES, "Quý IV/2015", 2, null))
                   .expectEvents(new CongressPlanned(U, 2, "Đại hội lần thứ II", CongressKind.DELEGATES, "Quý IV/2015", 2));
        }

        @Test
        void aCongressOpensAKnownPlannedTermNoOtherCongressOpens() {
            fixture.given(termI())
                   .when(new PlanCongress(U, 1, null, CongressKind.PLENARY, null, 7, null))
                   .expectException(Refusal.by("membership.term.unknown"));
            fixture.given(termI(), new CongressPlanned(U, 1, "I", CongressKind.DELEGATES, null, 1))
                   .when(new PlanCongress(U, 2, null, CongressKind.PLENARY, null, 1, null))
                   .expectException(Refusal.by("membership.congress.term-taken"));
            fixture.given(termI(), new CongressPlanned(U, 1, "I", CongressKind.DELEGATES, null, 1))
                   .when(new PlanCongress(U, 1, null, CongressKind.PLENARY, null, 1, null))
                   .expectException(Refusal.by("membership.congress.duplicate-ordinal"));
            fixture.given(termIActive())
                   .when(new PlanCongress(U, 9, null, CongressKind.PLENARY, null, 1, null))
                   .expectException(Refusal.by("membership.term.not-planned"));
        }

        @Test
        void theFoundingCongressIsPreparedByTheFoundingAuthority() {
            fixture.given(termI(), new CongressPlanned(U, 1, "I", CongressKind.DELEGATES, null, 1))
                   .when(new FormOrganisingCommittee(U, 1, decision("12/QĐ-UBND", LocalDate.of(2010, 4, 22), "UBND_TINH"), null))
                   .expectEvents(new OrganisingCommitteeFormed(U, 1, decision("12/QĐ-UBND", LocalDate.of(2010, 4, 22), "UBND_TINH")));
        }

        @Test
        void laterCongressesArePreparedByTheStandingCommittee() {
            List<Object> planned = with(termIActive(), termII(),
                    new CongressPlanned(U, 2, "II", CongressKind.DELEGATES, "Quý IV/2015", 2));
            fixture.given(planned)
                   .when(new FormOrganisingCommittee(U, 2, decision("5/QĐ-UBND", LocalDate.of(2015, 6, 1), "UBND_TINH"), null))
                   .expectNoEvents().expectException(Refusal.by("membership.decision.wrong-authority"));
            fixture.given(planned)
                   .when(new FormOrganisingCommittee(U, 2, decision("5/QĐ-LHH", LocalDate.of(2015, 6, 1), "BTV"), null))
                   .expectSuccessfulHandlerExecution()
                   .expectEvents(new OrganisingCommitteeFormed(U, 2, decision("5/QĐ-LHH", LocalDate.of(2015, 6, 1), "BTV")));
        }

        @Test
        void stepsFollowTheStateMachineAndItsDates() {
            List<Object> prepared = List.of(termI(), new CongressPlanned(U, 1, "I", CongressKind.DELEGATES, null, 1),
                    new OrganisingCommitteeFormed(U, 1, decision("12", LocalDate.of(2010, 4, 22), "UBND_TINH")));
            fixture.given(prepared)
                   .when(new RecordPartyApproval(U, 1, decision("99-TB/TU", LocalDate.of(2010, 5, 5), "TINH_UY"), null))
                   .expectException(Refusal.by("membership.congress.transition-not-allowed"));
            fixture.given(prepared)
                   .when(new ApproveDocuments(U, 1, Set.of(), decision("13", LocalDate.of(2010, 4, 21), "UBND_TINH"), null))
                   .expectException(Refusal.by("membership.decision.date-before-previous"));
            fixture.given(prepared)
                   .when(new ApproveDocuments(U, 1, Set.of(), decision("13", LocalDate.of(2024, 3, 2), "UBND_TINH"), null))
                   .expectException(Refusal.by("membership.date-in-future"));
            fixture.given(prepared)
                   .when(new ApproveDocuments(U, 1, Set.of(CongressDocument.DIRECTION, CongressDocument.PERSONNEL_PLAN),
                                              decision("13", LocalDate.of(2010, 4, 25), "UBND_TINH"), null))
                   .expectEvents(new CongressDocumentsApproved(U, 1,
                           Set.of(CongressDocument.DIRECTION, CongressDocument.PERSONNEL_PLAN),
                           decision("13", LocalDate.of(2010, 4, 25), "UBND_TINH")));
            fixture.given(prepared)
                   .when(new FormOrganisingCommittee(U, 9, decision("1", LocalDate.of(2010, 4, 25), "BTV"), null))
                   .expectException(Refusal.by("membership.congress.unknown"));
        }

        @Test
        void thePartyCommitteeApprovesTheCongress() {
            List<Object> documented = foundingCongressInSession().subList(0, 4);
            fixture.given(documented)
                   .when(new RecordPartyApproval(U, 1, decision("99-TB/TU", LocalDate.of(2010, 5, 5), "BTV"), null))
                   .expectException(Refusal.by("membership.decision.wrong-authority"));
            fixture.given(documented)
                   .when(new RecordPartyApproval(U, 1, decision("99-TB/TU", LocalDate.of(2010, 5, 5), "TINH_UY"), null))
                   .expectEvents(new PartyApprovalRecorded(U, 1, decision("99-TB/TU", LocalDate.of(2010, 5, 5), "TINH_UY")));
        }
    }

    // --- session: convening and quorum ------------------------------------------------------------------------------

    @Nested
    class Session {

        List<Object> approved() {
            return foundingCongressInSession().subList(0, 5);
        }

        @Test
        void aQuorateCongressGoesIntoSession() {
            fixture.given(with(approved(), new CongressConvened(U, 1, CONGRESS_DAY, 150)))
                   .when(new CheckQuorum(U, 1, null, 76, null))
                   .expectEvents(new QuorumChecked(U, 1, CONGRESS_DAY, 76, 150, true))
                   .expectResultMessagePayloadMatching(org.hamcrest.Matchers.hasToString(
                           org.hamcrest.Matchers.containsString("IN_SESSION")));
        }

        @Test
        void withoutQuorumItAdjournsAndMayBeReconvened() {
            fixture.given(with(approved(), new CongressConvened(U, 1, CONGRESS_DAY, 150)))
                   .when(new CheckQuorum(U, 1, null, 75, null))
                   .expectEvents(new QuorumChecked(U, 1, CONGRESS_DAY, 75, 150, false));
            fixture.given(with(approved(), new CongressConvened(U, 1, CONGRESS_DAY, 150),
                               new QuorumChecked(U, 1, CONGRESS_DAY, 75, 150, false)))
                   .when(new Convene(U, 1, CONGRESS_DAY.plusDays(7), 150, null))
                   .expectEvents(new CongressConvened(U, 1, CONGRESS_DAY.plusDays(7), 150));
        }

        @Test
        void convenedIsOnlyAfterPartyApprovalAndPresentNeverExceedsConvened() {
            fixture.given(foundingCongressInSession().subList(0, 4))
                   .when(new Convene(U, 1, CONGRESS_DAY, 150, null))
                   .expectException(Refusal.by("membership.congress.transition-not-allowed"));
            fixture.given(with(approved(), new CongressConvened(U, 1, CONGRESS_DAY, 150)))
                   .when(new CheckQuorum(U, 1, null, 151, null))
                   .expectNoEvents().expectException(Refusal.invalid("delegatesPresent"));
        }
    }

    // --- elections ------------------------------------------------------------------------------------------------------

    @Nested
    class Elections {

        @Test
        void theCongressElectsTheExecutiveCommitteeOf29() {
            fixture.given(foundingCongressInSession())
                   .when(new RecordElection(U, 1, GoverningBodyType.BCH, bch29(), decision("01/NQ-ĐH", CONGRESS_DAY, "DAI_HOI"), null))
                   .expectEvents(bchElected());
        }

        @Test
        void theExecutiveCommitteeElectsAStandingCommitteeOfFiveFromItsMembers() {
            fixture.given(with(foundingCongressInSession(), bchElected()))
                   .when(new RecordElection(U, 1, GoverningBodyType.BTV, btv5(), decision("01/NQ-BCH", CONGRESS_DAY, "BCH"), null))
                   .expectEvents(btvElected());
        }

        @Test
        void standingCommitteeMembersMustSitOnTheExecutiveCommittee() {
            List<Seat> seats = new ArrayList<>(btv5());
            seats.set(4, Seat.of("outsider", "Người ngoài", Position.STANDING_MEMBER, ServiceMode.CONCURRENT));
            Refusal refused = Refusal.by("membership.election.btv-not-in-bch");
            fixture.given(with(foundingCongressInSession(), bchElected()))
                   .when(new RecordElection(U, 1, GoverningBodyType.BTV, seats, decision("01/NQ-BCH", CONGRESS_DAY, "BCH"), null))
                   .expectNoEvents().expectException(refused);
            assertThat(refused.rejection().details()).containsEntry("personIds", List.of("outsider"));
            fixture.given(foundingCongressInSession())
                   .when(new RecordElection(U, 1, GoverningBodyType.BTV, btv5(), decision("01/NQ-BCH", CONGRESS_DAY, "BCH"), null))
                   .expectNoEvents().expectException(Refusal.by("membership.election.btv-not-in-bch"));
        }

        @Test
        void theChairMustSitOnTheStandingCommittee() {
            List<Seat> officers = List.of(Seat.of("p9", "Ủy viên 9", Position.CHAIR, ServiceMode.FULL_TIME));
            fixture.given(with(foundingCongressInSession(), bchElected(), btvElected()))
                   .when(new RecordElection(U, 1, GoverningBodyType.THUONG_TRUC, officers, decision("02/NQ-BCH", CONGRESS_DAY, "BCH"), null))
                   .expectNoEvents().expectException(Refusal.by("membership.election.chair-not-in-btv"));
            fixture.given(with(foundingCongressInSession(), bchElected(), btvElected()))
                   .when(new RecordElection(U, 1, GoverningBodyType.THUONG_TRUC,
                           List.of(Seat.of("p1", "Ủy viên 1", Position.CHAIR, ServiceMode.FULL_TIME),
                                   Seat.of("p9", "Ủy viên 9", Position.VICE_CHAIR, ServiceMode.FULL_TIME)),
                           decision("02/NQ-BCH", CONGRESS_DAY, "BCH"), null))
                   .expectNoEvents().expectException(Refusal.by("membership.election.officer-not-in-btv"));
            List<Seat> bchWithChair = new ArrayList<>(bch29());
            bchWithChair.set(0, Seat.of("p1", "Ủy viên 1", Position.CHAIR, ServiceMode.FULL_TIME));
            fixture.given(foundingCongressInSession())
                   .when(new RecordElection(U, 1, GoverningBodyType.BCH, bchWithChair, decision("01", CONGRESS_DAY, "DAI_HOI"), null))
                   .expectNoEvents().expectException(Refusal.by("membership.election.chair-not-in-btv"));
            fixture.given(with(foundingCongressInSession(), bchElected(), btvElected()))
                   .when(new RecordElection(U, 1, GoverningBodyType.THUONG_TRUC,
                           List.of(Seat.of("p1", "Ủy viên 1", Position.CHAIR, ServiceMode.FULL_TIME)),
                           decision("02/NQ-BCH", CONGRESS_DAY, "BCH"), null))
                   .expectSuccessfulHandlerExecution();
        }

        @Test
        void aSeatWithVotesNeedsMoreThanHalfOfTheValidVotes() {
            List<Seat> seats = new ArrayList<>(bch29());
            seats.set(28, new Seat("p29", "Ủy viên 29", Position.MEMBER, ServiceMode.CONCURRENT, 70, 140));
            Refusal refused = Refusal.by("membership.election.no-majority");
            fixture.given(foundingCongressInSession())
                   .when(new RecordElection(U, 1, GoverningBodyType.BCH, seats, decision("01", CONGRESS_DAY, "DAI_HOI"), null))
                   .expectNoEvents().expectException(refused);
            assertThat(refused.rejection().details()).containsEntry("personId", "p29").containsEntry("votes", 70);
            seats.set(28, new Seat("p29", "Ủy viên 29", Position.MEMBER, ServiceMode.CONCURRENT, 71, 140));
            fixture.given(foundingCongressInSession())
                   .when(new RecordElection(U, 1, GoverningBodyType.BCH, seats, decision("01", CONGRESS_DAY, "DAI_HOI"), null))
                   .expectSuccessfulHandlerExecution();
        }

        @Test
        void seatsAreWellFormed() {
            List<Seat> twice = List.of(Seat.of("p1", "A", Position.MEMBER, ServiceMode.FULL_TIME),
                                       Seat.of("p1", "A", Position.MEMBER, ServiceMode.FULL_TIME));
            fixture.given(foundingCongressInSession())
                   .when(new RecordElection(U, 1, GoverningBodyType.BCH, twice, decision("01", CONGRESS_DAY, "DAI_HOI"), null))
                   .expectException(Refusal.by("membership.election.duplicate-seat"));
            fixture.given(foundingCongressInSession())
                   .when(new RecordElection(U, 1, GoverningBodyType.BCH,
                           List.of(Seat.of("p1", "A", Position.VICE_CHAIR, ServiceMode.FULL_TIME)),
                           decision("01", CONGRESS_DAY, "DAI_HOI"), null))
                   .expectException(Refusal.by("membership.election.position-not-in-body"));
            fixture.given(with(foundingCongressInSession(), bchElected()))
                   .when(new RecordElection(U, 1, GoverningBodyType.BTV,
                           List.of(Seat.of("p1", "A", Position.CHAIR, ServiceMode.FULL_TIME),
                                   Seat.of("p2", "B", Position.CHAIR, ServiceMode.FULL_TIME)),
                           decision("01", CONGRESS_DAY, "BCH"), null))
                   .expectException(Refusal.by("membership.election.one-holder-per-position"));
            fixture.given(foundingCongressInSession())
                   .when(new RecordElection(U, 1, GoverningBodyType.BCH, bch29(), decision("01", CONGRESS_DAY, "BCH"), null))
                   .expectException(Refusal.by("membership.decision.wrong-authority"));
            fixture.given(with(foundingCongressInSession(), bchElected()))
                   .when(new RecordElection(U, 1, GoverningBodyType.BCH, bch29(), decision("01", CONGRESS_DAY, "DAI_HOI"), null))
                   .expectException(Refusal.by("membership.election.already-recorded"));
            fixture.given(foundingCongressInSession().subList(0, 6))
                   .when(new RecordElection(U, 1, GoverningBodyType.BCH, bch29(), decision("01", CONGRESS_DAY, "DAI_HOI"), null))
                   .expectException(Refusal.by("membership.congress.transition-not-allowed"));
        }

        @Test
        void votesWithoutValidVotesAreMalformed() {
            org.junit.jupiter.api.Assertions.assertThrows(InvalidInput.class,
                    () -> new Seat("p1", "A", Position.MEMBER, ServiceMode.FULL_TIME, 10, null));
            org.junit.jupiter.api.Assertions.assertThrows(InvalidInput.class,
                    () -> new Seat("p1", "A", Position.MEMBER, ServiceMode.FULL_TIME, 11, 10));
        }
    }

    // --- closing ----------------------------------------------------------------------------------------------------

    @Nested
    class Closing {

        @Test
        void closingTheFoundingCongressStartsTermIWithItsOfficeHolders() {
            Captured events = new Captured();
            fixture.given(with(foundingCongressInSession(), bchElected(), btvElected()))
                   .when(new CloseCongress(U, 1, CONGRESS_DAY, null))
                   .expectSuccessfulHandlerExecution()
                   .expectEventsMatching(events);
            assertThat(events.payloads.subList(0, 2)).containsExactly(new CongressClosed(U, 1, 1, CONGRESS_DAY, 140, 150),
                                                                      new TermStarted(U, 1, CONGRESS_DAY, 1));
            List<OfficeHoldingStarted> started = events.of(OfficeHoldingStarted.class);
            assertThat(started).hasSize(34).allMatch(h -> h.basis() == HoldingBasis.ELECTED && h.termOrdinal() == 1);
            assertThat(started.stream().filter(h -> h.body() == GoverningBodyType.BCH)).hasSize(29);
            assertThat(started.stream().filter(h -> h.body() == GoverningBodyType.BTV)).hasSize(5);
            assertThat(started.stream().map(OfficeHoldingStarted::holdingId).distinct()).hasSize(34);
            assertThat(events.of(OfficeHoldingEnded.class)).isEmpty();
        }

        @Test
        void closingTheNextCongressEndsTheOldTermAndItsHoldingsUnlessReElected() {
            LocalDate day = LocalDate.of(2015, 11, 20);
            List<Seat> newBch = List.of(
                    new Seat("p1", "Ủy viên 1", Position.MEMBER, ServiceMode.FULL_TIME, 120, 130),
                    Seat.of("n1", "Người mới", Position.MEMBER, ServiceMode.CONCURRENT));
            List<Seat> newBtv = List.of(Seat.of("p1", "Ủy viên 1", Position.CHAIR, ServiceMode.FULL_TIME),
                                        Seat.of("n1", "Người mới", Position.VICE_CHAIR, ServiceMode.FULL_TIME));
            ElectionRecorded bch2 = new ElectionRecorded(U, 2, 2, GoverningBodyType.BCH, newBch, decision("01/NQ-ĐH", day, "DAI_HOI"));
            ElectionRecorded btv2 = new ElectionRecorded(U, 2, 2, GoverningBodyType.BTV, newBtv, decision("01/NQ-BCH", day, "BCH"));
            List<Object> secondInSession = with(termIActive(), termII(),
                    new CongressPlanned(U, 2, "II", CongressKind.DELEGATES, "Quý IV/2015", 2),
                    new OrganisingCommitteeFormed(U, 2, decision("5", LocalDate.of(2015, 6, 1), "BTV")),
                    new CongressDocumentsApproved(U, 2, Set.of(), decision("6", LocalDate.of(2015, 9, 1), "BCH")),
                    new PartyApprovalRecorded(U, 2, decision("7", LocalDate.of(2015, 10, 1), "TINH_UY")),
                    new CongressConvened(U, 2, day, 150), new QuorumChecked(U, 2, day, 120, 150, true), bch2, btv2);
            Captured events = new Captured();
            fixture.given(secondInSession)
                   .when(new CloseCongress(U, 2, day, null))
                   .expectSuccessfulHandlerExecution()
                   .expectEventsMatching(events);

            List<OfficeHoldingEnded> ended = events.of(OfficeHoldingEnded.class);
            // p1 stays a BCH member (h1) and p1's BTV seat was CHAIR before and after (h30); the other 32 end.
            assertThat(ended).hasSize(32).allMatch(e -> e.until().equals(day));
            assertThat(ended).noneMatch(e -> e.holdingId().equals("h1") || e.holdingId().equals("h30"));
            assertThat(events.of(TermClosed.class)).containsExactly(new TermClosed(U, 1, day, 2));
            assertThat(events.of(TermStarted.class)).containsExactly(new TermStarted(U, 2, day, 2));
            List<OfficeHoldingStarted> started = events.of(OfficeHoldingStarted.class);
            assertThat(started).extracting(OfficeHoldingStarted::holdingId, OfficeHoldingStarted::basis,
                                           OfficeHoldingStarted::from, OfficeHoldingStarted::termOrdinal)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("h1", HoldingBasis.RE_ELECTED, CONGRESS_DAY, 2),
                            org.assertj.core.groups.Tuple.tuple("h35", HoldingBasis.ELECTED, day, 2),
                            org.assertj.core.groups.Tuple.tuple("h30", HoldingBasis.RE_ELECTED, CONGRESS_DAY, 2),
                            org.assertj.core.groups.Tuple.tuple("h36", HoldingBasis.ELECTED, day, 2));
            // ended holdings come before the old term closes, which comes before the new one starts
            int lastEnded = events.payloads.indexOf(ended.get(ended.size() - 1));
            assertThat(lastEnded).isLessThan(events.payloads.indexOf(new TermClosed(U, 1, day, 2)));
        }

        @Test
        void aCongressClosesOnlyAfterItElected() {
            fixture.given(foundingCongressInSession())
                   .when(new CloseCongress(U, 1, CONGRESS_DAY, null))
                   .expectNoEvents().expectException(Refusal.by("membership.congress.transition-not-allowed"));
            fixture.given(with(foundingCongressInSession(), bchElected()))
                   .when(new CloseCongress(U, 1, CONGRESS_DAY.minusDays(1), null))
                   .expectNoEvents().expectException(Refusal.by("membership.decision.date-before-previous"));
        }
    }

    // --- between congresses ---------------------------------------------------------------------------------------------

    @Nested
    class BetweenCongresses {

        final LocalDate later = LocalDate.of(2012, 3, 1);

        @Test
        void theExecutiveCommitteeAppointsAStandingMemberFromItsRanks() {
            Seat seat = Seat.of("p9", "Ủy viên 9", Position.STANDING_MEMBER, ServiceMode.CONCURRENT);
            fixture.given(termIActive())
                   .when(new AppointOfficeHolder(U, GoverningBodyType.BTV, seat, decision("20/NQ-BCH", later, "BCH"), null))
                   .expectEvents(new OfficeHoldingStarted(U, "h35", 1, "p9", "Ủy viên 9", GoverningBodyType.BTV,
                           Position.STANDING_MEMBER, ServiceMode.CONCURRENT, later, HoldingBasis.APPOINTED, null,
                           decision("20/NQ-BCH", later, "BCH")));
        }

        @Test
        void appointmentsKeepTheBodiesNested() {
            fixture.given(termIActive())
                   .when(new AppointOfficeHolder(U, GoverningBodyType.BTV,
                           Seat.of("x", "Người ngoài", Position.STANDING_MEMBER, ServiceMode.CONCURRENT),
                           decision("20", later, "BCH"), null))
                   .expectNoEvents().expectException(Refusal.by("membership.election.btv-not-in-bch"));
            fixture.given(termIActive())
                   .when(new AppointOfficeHolder(U, GoverningBodyType.THUONG_TRUC,
                           Seat.of("p9", "Ủy viên 9", Position.CHAIR, ServiceMode.FULL_TIME),
                           decision("20", later, "BCH"), null))
                   .expectNoEvents().expectException(Refusal.by("membership.election.chair-not-in-btv"));
            fixture.given(termIActive())
                   .when(new AppointOfficeHolder(U, GoverningBodyType.BTV,
                           Seat.of("p3", "Ủy viên 3", Position.CHAIR, ServiceMode.FULL_TIME),
                           decision("20", later, "BCH"), null))
                   .expectNoEvents().expectException(Refusal.by("membership.office-holding.position-occupied"));
            fixture.given(termIActive())
                   .when(new AppointOfficeHolder(U, GoverningBodyType.BCH,
                           Seat.of("p3", "Ủy viên 3", Position.MEMBER, ServiceMode.FULL_TIME),
                           decision("20", later, "BCH"), null))
                   .expectNoEvents().expectException(Refusal.by("membership.office-holding.already-held"));
            fixture.given(termIActive())
                   .when(new AppointOfficeHolder(U, GoverningBodyType.BCH,
                           Seat.of("n", "Mới", Position.MEMBER, ServiceMode.FULL_TIME),
                           decision("20", later, "BTV"), null))
                   .expectNoEvents().expectException(Refusal.by("membership.decision.wrong-authority"));
        }

        @Test
        void appointmentsNeedAnActiveTerm() {
            fixture.given(termI())
                   .when(new AppointOfficeHolder(U, GoverningBodyType.BCH,
                           Seat.of("n", "Mới", Position.MEMBER, ServiceMode.FULL_TIME), decision("20", later, "BCH"), null))
                   .expectNoEvents().expectException(Refusal.by("membership.governance.no-active-term"));
        }

        @Test
        void aPersonCannotLeaveTheExecutiveCommitteeWhileSittingOnTheStandingCommittee() {
            // p1 holds h1 (BCH) and h30 (BTV Chair): BTV ⊂ BCH must keep holding between congresses
            fixture.given(termIActive())
                   .when(new EndOfficeHolding(U, "h1", later, "Chuyển công tác", null, null))
                   .expectNoEvents().expectException(Refusal.by("membership.office-holding.dependent-seat"));
            fixture.given(with(termIActive(), new OfficeHoldingEnded(U, "h30", "p1", "Chủ tịch", GoverningBodyType.BTV,
                           Position.CHAIR, later, "Chuyển công tác", null)))
                   .when(new EndOfficeHolding(U, "h1", later, "Chuyển công tác", null, null))
                   .expectSuccessfulHandlerExecution();
        }

        @Test
        void aHoldingEndsOnceOnADateAfterItBegan() {
            fixture.given(termIActive())
                   .when(new EndOfficeHolding(U, "h31", later, "Nghỉ hưu", null, null))
                   .expectEvents(new OfficeHoldingEnded(U, "h31", "p2", "Ủy viên 2", GoverningBodyType.BTV,
                           Position.SECRETARY_GENERAL, later, "Nghỉ hưu", null));
            fixture.given(with(termIActive(), new OfficeHoldingEnded(U, "h31", "p2", "Ủy viên 2",
                           GoverningBodyType.BTV, Position.SECRETARY_GENERAL, later, "Nghỉ hưu", null)))
                   .when(new EndOfficeHolding(U, "h31", later, "again", null, null))
                   .expectNoEvents().expectException(Refusal.by("membership.office-holding.not-current"));
            fixture.given(termIActive())
                   .when(new EndOfficeHolding(U, "h999", later, "x", null, null))
                   .expectNoEvents().expectException(Refusal.by("membership.office-holding.unknown"));
            fixture.given(termIActive())
                   .when(new EndOfficeHolding(U, "h31", CONGRESS_DAY.minusDays(1), "x", null, null))
                   .expectNoEvents().expectException(Refusal.by("membership.decision.date-before-previous"));
            fixture.given(termIActive())
                   .when(new EndOfficeHolding(U, "h31", later, " ", null, null))
                   .expectNoEvents().expectException(Refusal.invalid("reason"));
        }
    }
}
