package vn.lienhiep.membership.person.domain;

/** Read-only: whether an organisation is known to the union (a membership must name one). */
public interface OrganizationDirectory {

    boolean exists(String organizationId);
}
