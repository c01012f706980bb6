package vn.lienhiep.review.engagement.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.lienhiep.review.common.domain.SubjectType;

/**
 * What a request says (docs/domain/review.md#entities).
 *
 * @param draftingBody      the body that drafted the proposal (cơ quan soạn thảo); may differ from the requester; optional
 * @param receivedAt        the day the union received the request (for a self-initiated review: the day it proposed it);
 *                          the regulation in force on this day governs the engagement
 * @param requestedDeadline when the requester needs the result; optional
 * @param dossier           names of the documents received (văn bản đề nghị, dự thảo đề án, tài liệu liên quan)
 * @param confidential      draft documents visible to the panel only (rule 8)
 * @param coOrganiser       e.g. "Ủy ban MTTQ tỉnh" for joint supervision; optional
 * @param leadOrg           a member association that leads the work; the union stays the signatory; optional
 */
public record RequestDetails(String title, SubjectType subjectType, IssuingLevel issuingLevel, String sector,
                             Requester requester, String draftingBody, Set<ReviewType> reviewTypes,
                             LocalDate receivedAt, LocalDate requestedDeadline, List<String> dossier,
                             boolean confidential, String coOrganiser, String leadOrg) {
}
