package vn.lienhiep.membership.expert.infrastructure;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.lienhiep.membership.expert.domain.PersonDirectory;

/**
 * Reads the person registry table (V2__person_keys.sql), which commits with the persons' events: a person registered a
 * moment ago is already known here, unlike in the eventually consistent read model.
 */
@Component
public class JdbcPersonDirectory implements PersonDirectory {

    private final JdbcTemplate jdbc;

    public JdbcPersonDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean exists(String personId) {
        return displayName(personId).isPresent();
    }

    @Override
    public Optional<String> displayName(String personId) {
        if (personId == null || personId.isBlank()) {
            return Optional.empty();
        }
        List<String> names = jdbc.queryForList("SELECT display_name FROM person_key WHERE person_id = ?",
                                               String.class, personId);
        return names.stream().findFirst();
    }
}
