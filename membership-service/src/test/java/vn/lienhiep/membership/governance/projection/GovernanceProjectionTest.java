package vn.lienhiep.membership.governance.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.lienhiep.membership.ApiTestBase;
import vn.lienhiep.membership.governance.domain.CongressKind;
import vn.lienhiep.membership.governance.domain.GovernanceEvents.*;
import vn.lienhiep.membership.governance.domain.GoverningBodyType;
import vn.lienhiep.membership.governance.domain.HoldingBasis;
import vn.lienhiep.membership.governance.domain.Position;
import vn.lienhiep.membership.governance.domain.Seat;
import vn.lienhiep.membership.governance.domain.ServiceMode;
import vn.lienhiep.kernel.DecisionRef;

import static org.assertj.core.api.Assertions.assertThat;

/** Redelivered events (at-least-once) must not change the read model a second time. */
class GovernanceProjectionTest extends ApiTestBase {

    @Autowired
    GovernanceProjection projection;
    @Autowired
    GovernanceQueries queries;
    @Autowired
    MongoTemplate mongo;

    @Test
    void theSameEventTwiceIsAppliedOnce() {
        String union = "union-test-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.parse("2024-01-01T00:00:00Z");
        LocalDate day = LocalDate.of(2010, 5, 15);
        DecisionRef decision = new DecisionRef("01", day, "DAI_HOI", null);
        ElectionRecorded election = new ElectionRecorded(union, 1, 1, GoverningBodyType.BCH,
                List.of(Seat.of("p1", "A", Position.MEMBER, ServiceMode.FULL_TIME)), decision);
        OfficeHoldingStarted started = new OfficeHoldingStarted(union, "h1", 1, "p1", "A", GoverningBodyType.BCH,
                Position.MEMBER, ServiceMode.FULL_TIME, day, HoldingBasis.ELECTED, 1, decision);

        projection.on(new TermPlanned(union, 1, "Nhiệm kỳ I", 2010, 2015), 0, now);
        projection.on(new CongressPlanned(union, 1, "I", CongressKind.DELEGATES, null, 1), 1, now);
        projection.on(election, 2, now);
        projection.on(election, 2, now);
        projection.on(started, 3, now);
        projection.on(started, 3, now);
        // an older event arriving late does not overwrite newer state
        projection.on(new TermPlanned(union, 1, "Nhiệm kỳ I (cũ)", 2010, 2015), 0, now);

        Document congress = queries.congress(union, 1).orElseThrow();
        assertThat(congress.getList("elections", Document.class)).hasSize(1);
        assertThat(congress.getList("steps", Document.class)).hasSize(1);
        assertThat(congress.getString("status")).isEqualTo("ELECTED");
        assertThat(queries.term(union, 1).orElseThrow().getString("displayLabel")).isEqualTo("Nhiệm kỳ I");
        Document holding = mongo.findById(union + ":h1", Document.class, GovernanceProjection.HOLDINGS);
        assertThat(holding.getList("bases", Document.class)).hasSize(1);
        assertThat(queries.holdersAsOf(union, day)).extracting(GovernanceQueries.OfficeHoldingView::personId)
                                                    .containsExactly("p1");
        assertThat(queries.holdersAsOf(union, day.minusDays(1))).isEmpty();

        projection.on(new OfficeHoldingEnded(union, "h1", "p1", "A", GoverningBodyType.BCH, Position.MEMBER,
                                             day.plusYears(5), "Hết nhiệm kỳ", null), 4, now);
        assertThat(queries.holdersAsOf(union, day.plusYears(5).minusDays(1))).hasSize(1);
        assertThat(queries.holdersAsOf(union, day.plusYears(5))).isEmpty();
        assertThat(queries.holdersAsOf(union, null)).isEmpty();
    }
}
