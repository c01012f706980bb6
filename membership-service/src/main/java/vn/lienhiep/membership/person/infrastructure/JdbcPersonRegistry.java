package vn.lienhiep.membership.person.infrastructure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.lienhiep.membership.person.domain.PersonIdentity;
import vn.lienhiep.membership.person.domain.PersonRegistry;
import vn.lienhiep.kernel.Rejection;

/**
 * The person registry in the event store's own database: JdbcTemplate joins the transaction Axon's unit of work
 * opened, so the claim and the person's events commit (or roll back) together.
 */
@Component
public class JdbcPersonRegistry implements PersonRegistry {

    private final JdbcTemplate jdbc;

    public JdbcPersonRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The key the identity rule gives these values (for the bulk import, which looks persons up before sending). */
    public static String naturalKey(String fullName, LocalDate dateOfBirth, String nationalId) {
        return PersonIdentity.naturalKey(fullName, dateOfBirth, nationalId);
    }

    @Override
    public void claim(String naturalKey, String personId, String displayName) {
        Optional<String> holder = personIdFor(naturalKey);
        if (holder.isPresent()) {
            if (!holder.get().equals(personId)) {
                throw duplicate(holder.get());
            }
            jdbc.update("UPDATE person_key SET display_name = ? WHERE natural_key = ?", displayName, naturalKey);
            return;
        }
        try {
            jdbc.update("INSERT INTO person_key (natural_key, person_id, display_name) VALUES (?, ?, ?)",
                        naturalKey, personId, displayName);
        } catch (DuplicateKeyException raced) {
            throw duplicate(personIdFor(naturalKey).orElse("?"));
        }
    }

    @Override
    public void release(String naturalKey, String personId) {
        jdbc.update("DELETE FROM person_key WHERE natural_key = ? AND person_id = ?", naturalKey, personId);
    }

    /** Which person holds this natural key, if any. */
    public Optional<String> personIdFor(String naturalKey) {
        List<String> ids = jdbc.queryForList("SELECT person_id FROM person_key WHERE natural_key = ?", String.class,
                                             naturalKey);
        return ids.stream().findFirst();
    }

    private static RuntimeException duplicate(String existing) {
        return Rejection.of("membership.person.duplicate",
                            "Người này đã có trong hệ thống (trùng số định danh, hoặc trùng họ tên và ngày sinh).",
                            "This person is already registered (same national id, or same name and birth date).")
                        .with("existingPersonId", existing)
                        .asException();
    }
}
