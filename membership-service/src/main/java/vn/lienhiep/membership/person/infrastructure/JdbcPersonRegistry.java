package vn.lienhiep.membership.person.infrastructure;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.lienhiep.membership.person.domain.PersonRegistry;

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

    @Override
    public Optional<String> claim(String naturalKey, String personId, String displayName) {
        Optional<String> holder = holderOf(naturalKey);
        if (holder.isPresent()) {
            if (!holder.get().equals(personId)) {
                return holder;
            }
            jdbc.update("UPDATE person_key SET display_name = ? WHERE natural_key = ?", displayName, naturalKey);
            return Optional.empty();
        }
        try {
            jdbc.update("INSERT INTO person_key (natural_key, person_id, display_name) VALUES (?, ?, ?)",
                        naturalKey, personId, displayName);
            return Optional.empty();
        } catch (DuplicateKeyException raced) {
            // Another transaction registered the same person between our read and our insert.
            return Optional.of(holderOf(naturalKey).orElse("?"));
        }
    }

    @Override
    public void release(String naturalKey, String personId) {
        jdbc.update("DELETE FROM person_key WHERE natural_key = ? AND person_id = ?", naturalKey, personId);
    }

    @Override
    public Optional<String> holderOf(String naturalKey) {
        List<String> ids = jdbc.queryForList("SELECT person_id FROM person_key WHERE natural_key = ?", String.class,
                                             naturalKey);
        return ids.stream().findFirst();
    }
}
