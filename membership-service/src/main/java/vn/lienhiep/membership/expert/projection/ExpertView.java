package vn.lienhiep.membership.expert.projection;

import java.util.List;

/**
 * An expert profile as the API shows it, with the person's name, degree and memberships. No contact data.
 *
 * @param reconfirmationDueOn  verification date + the union's re-confirmation period (null if never verified)
 * @param dueForReconfirmation ACTIVE and that date has come
 */
public record ExpertView(String id, long version, String personId, String fullName, String degree,
                         String degreeBucket, String status, String statusSince, List<String> expertiseFields,
                         String specialisations, String scope, Integer yearsExperience, List<String> employers,
                         List<String> positions, String availability, boolean consentToProcessPersonalData,
                         boolean consentToPublishName, List<String> organizationIds, String registeredOn,
                         String verifiedAt, String verifiedBy, String reconfirmationDueOn,
                         boolean dueForReconfirmation, String rejectionReason, String deactivationReason,
                         String deactivatedOn, List<StatusEntry> statusTimeline, String updatedAt) {

    public record StatusEntry(String status, String effectiveDate, String recordedAt, String actingUser,
                              String reason) {
    }
}
