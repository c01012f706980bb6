package vn.lienhiep.membership.expert.domain;

import java.util.Optional;

/** Read-only view of the person registry: an expert profile belongs to a registered person. */
public interface PersonDirectory {

    boolean exists(String personId);

    /** The person's full name as registered, to publish only with the expert's consent. */
    Optional<String> displayName(String personId);
}
