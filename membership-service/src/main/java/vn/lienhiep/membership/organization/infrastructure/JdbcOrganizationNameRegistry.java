package vn.lienhiep.membership.organization.infrastructure;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.lienhiep.membership.organization.domain.OrganizationNameRegistry;
import vn.lienhiep.kernel.Rejection;
import vn.lienhiep.kernel.text.VietnameseText;

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
    public void claim(String name, String organizationId) {
        String canonical = VietnameseText.canonicalName(name);
        Optional<String> holder = holderOf(canonical);
        if (holder.isPresent()) {
            if (holder.get().equals(organizationId)) {
                return;
            }
            throw taken(name, holder.get());
        }
        try {
            jdbc.update("INSERT INTO organization_name (canonical_name, organization_id, display_name) VALUES (?, ?, ?)",
                        canonical, organizationId, name);
        } catch (DuplicateKeyException raced) {
            throw taken(name, holderOf(canonical).orElse("?"));
        }
    }

    @Override
    public void release(String name, String organizationId) {
        jdbc.update("DELETE FROM organization_name WHERE canonical_name = ? AND organization_id = ?",
                    VietnameseText.canonicalName(name), organizationId);
    }

    /** Which organisation holds this name, if any (used by the bulk import to skip known organisations). */
    public Optional<String> holderOf(String canonicalName) {
        List<String> ids = jdbc.queryForList("SELECT organization_id FROM organization_name WHERE canonical_name = ?",
                                             String.class, canonicalName);
        return ids.stream().findFirst();
    }

    private static RuntimeException taken(String name, String holder) {
        return Rejection.of("membership.organization.name-unique",
                            "Tên \"" + name + "\" đã được một tổ chức khác sử dụng.",
                            "The name \"" + name + "\" is already used by another organisation.")
                        .with("existingOrganizationId", holder)
                        .asException();
    }
}
