package vn.lienhiep.review.common.domain;

import java.util.List;

/**
 * A verified expert as Review knows them: only what membership publishes (no contact data, no birth date, no national
 * id). {@code displayName} is null unless the expert consented to publishing it.
 *
 * @param employers    declared employers, as written in the expert's profile; conflict-of-interest checks compare
 *                     them with the requester and the drafting body by canonical name
 * @param availability membership's availability code (e.g. AVAILABLE, LIMITED, UNAVAILABLE)
 */
public record PoolExpert(String expertId, String personId, String displayName, List<String> expertiseFields,
                         List<String> employers, String scope, String availability) {

    public PoolExpert {
        expertiseFields = expertiseFields == null ? List.of() : List.copyOf(expertiseFields);
        employers = employers == null ? List.of() : List.copyOf(employers);
    }
}
