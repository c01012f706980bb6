package vn.lienhiep.membership.organization.projection;

import java.util.List;

/** An organisation as the API shows it. Dates are ISO strings (yyyy-MM-dd); instants are ISO-8601 UTC. */
public record OrganizationView(String id, long version, String name, String shortName, String kind, String field,
                               boolean foundingMember, boolean specialStatus, boolean stateStaffed,
                               String establishmentDecision, String status, String statusSince, String appliedOn,
                               String admittedOn, Decision admission, List<String> dossier, boolean fromArchive,
                               MemberCount latestMemberCount, List<MemberCount> memberCounts,
                               List<StatusEntry> statusTimeline, List<NameEntry> nameHistory, String createdAt,
                               String updatedAt) {

    public record Decision(String number, String date, String issuedBy, String signer) {
    }

    public record MemberCount(String asOf, int members, int intellectualMembers, String recordedAt) {
    }

    public record StatusEntry(String status, String effectiveDate, String recordedAt, String transition,
                              Decision decision, String reason) {
    }

    public record NameEntry(String name, String from, Decision decision) {
    }
}
