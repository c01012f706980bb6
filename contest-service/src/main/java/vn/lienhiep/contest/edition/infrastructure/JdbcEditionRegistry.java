package vn.lienhiep.contest.edition.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.lienhiep.contest.common.domain.AwardedSolutions;
import vn.lienhiep.contest.common.domain.ContestType;
import vn.lienhiep.contest.common.domain.EditionSnapshot;
import vn.lienhiep.contest.common.domain.Editions;
import vn.lienhiep.contest.edition.domain.EditionRegistry;
import vn.lienhiep.kernel.Rejection;
import vn.lienhiep.kernel.text.VietnameseText;

/**
 * Editions in the event store's own database: JdbcTemplate joins the transaction Axon's unit of work opened, so a
 * claimed ordinal, an opening, the committed snapshot and the awarded solutions commit (or roll back) together with
 * the edition's events. Snapshots are stored as JSON written by the event store's own mapper.
 */
@Component
public class JdbcEditionRegistry implements EditionRegistry, Editions, AwardedSolutions {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public JdbcEditionRegistry(JdbcTemplate jdbc, @Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void claimOrdinal(ContestType type, int ordinal, String editionId) {
        Integer highest = jdbc.queryForObject("SELECT MAX(ordinal) FROM contest_programme_edition WHERE programme = ?",
                                              Integer.class, type.name());
        if (highest != null && ordinal <= highest) {
            throw notIncreasing(type, ordinal, highest);
        }
        try {
            jdbc.update("INSERT INTO contest_programme_edition (programme, ordinal, edition_id, is_open)"
                        + " VALUES (?, ?, ?, FALSE)", type.name(), ordinal, editionId);
        } catch (DuplicateKeyException raced) {
            throw notIncreasing(type, ordinal, ordinal);
        }
    }

    @Override
    public void open(ContestType type, String editionId) {
        List<String> open = jdbc.queryForList("SELECT edition_id FROM contest_programme_edition"
                                              + " WHERE programme = ? AND is_open = TRUE AND edition_id <> ?",
                                              String.class, type.name(), editionId);
        if (!open.isEmpty()) {
            throw Rejection.of("contest.edition.another-open",
                               "Hội thi đang có một kỳ khác nhận hồ sơ; mỗi hội thi chỉ mở một kỳ tại một thời điểm.",
                               "Another edition of this contest is open for entries; one edition is open at a time.")
                           .with("openEditionId", open.get(0)).asException();
        }
        jdbc.update("UPDATE contest_programme_edition SET is_open = TRUE WHERE edition_id = ?", editionId);
    }

    @Override
    public void closed(ContestType type, String editionId) {
        jdbc.update("UPDATE contest_programme_edition SET is_open = FALSE WHERE edition_id = ?", editionId);
    }

    @Override
    public void save(EditionSnapshot snapshot) {
        String text = write(snapshot);
        int updated = jdbc.update("UPDATE contest_edition_snapshot SET snapshot = ? WHERE edition_id = ?", text,
                                  snapshot.editionId());
        if (updated == 0) {
            jdbc.update("INSERT INTO contest_edition_snapshot (edition_id, snapshot) VALUES (?, ?)",
                        snapshot.editionId(), text);
        }
    }

    @Override
    public Optional<EditionSnapshot> find(String editionId) {
        return jdbc.queryForList("SELECT snapshot FROM contest_edition_snapshot WHERE edition_id = ?", String.class,
                                 editionId).stream().findFirst().map(this::read);
    }

    @Override
    public void record(ContestType type, String editionId, String entryId, String title) {
        jdbc.update("DELETE FROM contest_awarded_solution WHERE entry_id = ?", entryId);
        jdbc.update("INSERT INTO contest_awarded_solution (entry_id, programme, edition_id, title_key)"
                    + " VALUES (?, ?, ?, ?)", entryId, type.name(), editionId, VietnameseText.canonicalName(title));
    }

    @Override
    public void revoke(String entryId) {
        jdbc.update("DELETE FROM contest_awarded_solution WHERE entry_id = ?", entryId);
    }

    @Override
    public boolean awardedBefore(ContestType type, String title, String editionId) {
        Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM contest_awarded_solution"
                                            + " WHERE programme = ? AND title_key = ? AND edition_id <> ?",
                                            Integer.class, type.name(), VietnameseText.canonicalName(title), editionId);
        return found != null && found > 0;
    }

    private String write(EditionSnapshot snapshot) {
        try {
            return json.writeValueAsString(snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private EditionSnapshot read(String text) {
        try {
            return json.readValue(text, EditionSnapshot.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RuntimeException notIncreasing(ContestType type, int ordinal, int highest) {
        return Rejection.of("contest.edition.ordinal-not-increasing",
                            "Số thứ tự kỳ thi phải lớn hơn kỳ gần nhất (lần thứ " + highest + ").",
                            "The edition's number must be greater than the latest edition's (" + highest + ").")
                        .with("programme", type.name()).with("ordinal", ordinal).with("latest", highest)
                        .asException();
    }
}
