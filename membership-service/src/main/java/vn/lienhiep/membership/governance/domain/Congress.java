package vn.lienhiep.membership.governance.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import vn.lienhiep.membership.governance.domain.GovernanceEvents.CongressConvened;
import vn.lienhiep.membership.governance.domain.GovernanceEvents.CongressStepTaken;
import vn.lienhiep.membership.governance.domain.GovernanceEvents.ElectionRecorded;
import vn.lienhiep.membership.governance.domain.GovernanceEvents.QuorumChecked;

/**
 * One congress as {@link UnionGovernance} remembers it: where it stands in its state machine, the date of its last
 * step, its delegates and the elections it recorded. A value (Axon's fixture compares state after re-sourcing by
 * equality): every step answers a new one.
 */
record Congress(int ordinal, int opensTerm, CongressStatus status, LocalDate lastStepDate, int delegatesConvened,
                int delegatesPresent, Map<GoverningBodyType, ElectionRecorded> elections) {

    static Congress planned(int ordinal, int opensTerm) {
        return new Congress(ordinal, opensTerm, CongressStatus.PLANNING, null, 0, 0, Map.of());
    }

    Congress after(CongressStepTaken e) {
        int convened = e instanceof CongressConvened c ? c.delegatesConvened() : delegatesConvened;
        int present = e instanceof QuorumChecked q ? q.delegatesPresent() : delegatesPresent;
        Map<GoverningBodyType, ElectionRecorded> bodies = elections;
        if (e instanceof ElectionRecorded election) {
            bodies = new EnumMap<>(GoverningBodyType.class);
            bodies.putAll(elections);
            bodies.put(election.body(), election);
        }
        return new Congress(ordinal, opensTerm, e.status(), e.effectiveDate(), convened, present, bodies);
    }

    Set<String> elected(GoverningBodyType body) {
        ElectionRecorded election = elections.get(body);
        return election == null ? Set.of() : election.seats().stream().map(Seat::personId).collect(Collectors.toSet());
    }

    /** The seat this person was elected to in this body, if they were (re-election keeps continuous service). */
    Optional<Seat> seat(GoverningBodyType body, String personId, Position position) {
        ElectionRecorded election = elections.get(body);
        return election == null ? Optional.empty() : election.seats().stream()
                .filter(s -> s.personId().equals(personId) && s.position() == position).findFirst();
    }
}
