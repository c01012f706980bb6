package vn.lienhiep.contest.vifotec.domain;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

import vn.lienhiep.contest.common.domain.PrizeLevel;
import vn.lienhiep.kernel.DecisionRef;

/** What happened to a VIFOTEC candidacy. */
public sealed interface CandidacyEvents {

    String candidacyId();

    @Revision("1")
    record CandidacyIdentified(String candidacyId, int awardYear, String title, String field, List<String> authors,
                               Integer appliedSinceYear, LocalDate finalDeadline, String sourceEntryId)
            implements CandidacyEvents {
    }

    @Revision("1")
    record CandidacyDossierPrepared(String candidacyId, List<String> documents, LocalDate preparedOn)
            implements CandidacyEvents {
    }

    @Revision("1")
    record CandidacyPrescreened(String candidacyId, LocalDate prescreenedOn) implements CandidacyEvents {
    }

    @Revision("1")
    record VifotecCandidacyForwarded(String candidacyId, int awardYear, String field, DecisionRef letter,
                                     LocalDate sentOn) implements CandidacyEvents {
    }

    /** @param level null when not awarded */
    @Revision("1")
    record VifotecResultRecorded(String candidacyId, int awardYear, String field, PrizeLevel level, int year)
            implements CandidacyEvents {
    }
}
