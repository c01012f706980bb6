// The platform's roles (vn.lienhiep.contracts.security.Role), grouped as the pages need them. The services decide
// what each role may do; these groups only decide what the console offers, and the available-actions API decides
// which buttons a record shows.
export const ROLE = Object.freeze({
  UNION_ADMIN: 'UNION_ADMIN', UNION_LEADERSHIP: 'UNION_LEADERSHIP', UNION_STAFF: 'UNION_STAFF',
  REVIEW_COORDINATOR: 'REVIEW_COORDINATOR', CONTEST_COMMITTEE: 'CONTEST_COMMITTEE',
  CONTEST_SECRETARIAT: 'CONTEST_SECRETARIAT', JURY_CHAIR: 'JURY_CHAIR', JUDGE: 'JUDGE', ENTRANT: 'ENTRANT', EXPERT: 'EXPERT',
  MEMBER_ORG_ADMIN: 'MEMBER_ORG_ADMIN', REQUESTER: 'REQUESTER', HONOURS_SECRETARIAT: 'HONOURS_SECRETARIAT',
  OPERATOR: 'OPERATOR'
});

/** The union office: sees every organisation, person and request. */
export const UNION_OFFICE = [ROLE.UNION_ADMIN, ROLE.UNION_STAFF, ROLE.UNION_LEADERSHIP];
export const RECORD_KEEPERS = [ROLE.UNION_ADMIN, ROLE.UNION_STAFF];
export const REVIEW_READERS = [ROLE.UNION_ADMIN, ROLE.UNION_STAFF, ROLE.UNION_LEADERSHIP, ROLE.REVIEW_COORDINATOR];
