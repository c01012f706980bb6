package vn.lienhiep.review.engagement.domain;

import vn.lienhiep.review.common.domain.SubjectType;

/**
 * What the public learns of an expert's seat (expert-assigned): the expert by id, the name only if the expert
 * consented to publishing it (null otherwise), the role and the kind of proposal.
 */
public record ExpertAssignment(String expertId, PanelRole role, String displayName, SubjectType subjectType) {
}
