package vn.lienhiep.contest.entry.domain;

import java.time.LocalDate;
import java.util.List;

import vn.lienhiep.contest.common.domain.EntryAuthor;

/**
 * An entry's dossier as submitted (hồ sơ dự thi). Validated when it is submitted; rebuilt from events without checks.
 *
 * @param organisationId   membership's id of the entering (or applying) member organisation, when it is one
 * @param createdYear      the year the solution was created (tháng/năm tạo ra)
 * @param appliedSinceYear the year it was first applied
 * @param benefitVnd       monetary benefit (tiền làm lợi) per year in VND, when calculated
 * @param inProvince       every author lives or works in the province (asked when the edition restricts it)
 * @param youth            the youth contest's details, else null
 */
public record Dossier(String field, String title, EntrantType entrantType, String organisationId,
                      String organisationName, List<EntryAuthor> authors, Integer createdYear,
                      Integer appliedSinceYear, List<String> applicationSites, List<Evidence> evidence,
                      Long benefitVnd, boolean inProvince, Youth youth) {

    public Dossier {
        authors = authors == null ? List.of() : List.copyOf(authors);
        applicationSites = applicationSites == null ? List.of() : List.copyOf(applicationSites);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** One piece of evidence that the solution was applied. */
    public record Evidence(EvidenceType type, String issuer, LocalDate date) {
    }

    /**
     * A youth entry's school, grade, supervising teacher and the guardians' consent to processing minors' data.
     *
     * @param supervisorPersonId membership's id of the supervising teacher, when known (conflict of interest)
     */
    public record Youth(String school, String grade, String supervisorName, String supervisorPersonId,
                        boolean guardianConsent) {
    }
}
