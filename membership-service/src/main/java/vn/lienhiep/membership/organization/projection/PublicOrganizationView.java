package vn.lienhiep.membership.organization.projection;

/**
 * An organisation as the public directory shows it: who the member is and since when, by which decision. No dossier,
 * no status history with its reasons, no internal flags.
 */
public record PublicOrganizationView(String id, String name, String shortName, String kind, String field,
                                     boolean foundingMember, String status, String admittedOn,
                                     OrganizationView.Decision admission) {

    public static PublicOrganizationView of(OrganizationView view) {
        return new PublicOrganizationView(view.id(), view.name(), view.shortName(), view.kind(), view.field(),
                                          view.foundingMember(), view.status(), view.admittedOn(), view.admission());
    }
}
