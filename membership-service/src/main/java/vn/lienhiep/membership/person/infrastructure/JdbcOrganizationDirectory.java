package vn.lienhiep.membership.person.infrastructure;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.lienhiep.membership.person.domain.OrganizationDirectory;

/**
 * Reads the organisation name registry, which holds a row for every organisation that applied or was recorded and
 * was not rejected — consistent with the organisations' events, unlike the eventually consistent read model.
 */
@Component
public class JdbcOrganizationDirectory implements OrganizationDirectory {

    private final JdbcTemplate jdbc;

    public JdbcOrganizationDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean exists(String organizationId) {
        if (organizationId == null || organizationId.isBlank()) {
            return false;
        }
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM organization_name WHERE organization_id = ?",
                                            Integer.class, organizationId);
        return count != null && count > 0;
    }
}
