package vn.lienhiep.membership.organization.infrastructure;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.lienhiep.kernel.text.VietnameseText;
import vn.lienhiep.membership.organization.domain.OrganizationNameRegistry;

/**
 * The name registry in the event store's own database: JdbcTemplate joins the transaction Axon's unit of work opened,
 * so the claim and the events commit (or roll back) together.
 */
@Component
public class JdbcOrganizationNameRegistry implements OrganizationNameRegistry {

    private final JdbcTemplate jdbc;

    public JdbcOrganizationNameRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> claim(String name, String organizationId) {
        String canonical = VietnameseText.canonicalName(name);
        Optional<String> holder = holder(canonical);
        if (holder.isPresent()) {
            return holder.get().equals(organizationId) ? Optional.empty() : holder;
        }
        try {
            jdbc.update("INSERT INTO organization_name (canonical_name, organization_id, display_name) VALUES (?, ?, ?)",
                        canonical, organizationId, name);
            return Optional.empty();
        } catch (DuplicateKeyException raced) {
            // Another transaction reserved it between our read and our insert: it holds the name now.
            return Optional.of(holder(canonical).orElse("?"));
        }
    }

    @Override
    public void release(String name, String organizationId) {
        jdbc.update("DELETE FROM organization_name WHERE canonical_name = ? AND organization_id = ?",
                    VietnameseText.canonicalName(name), organizationId);
    }

    @Override
    public Optional<String> holderOf(String name) {
        return holder(VietnameseText.canonicalName(name));
    }

    private Optional<String> holder(String canonicalName) {
        List<String> ids = jdbc.queryForList("SELECT organization_id FROM organization_name WHERE canonical_name = ?",
                                             String.class, canonicalName);
        return ids.stream().findFirst();
    }
}
