package vn.lienhiep.contest.entry.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.lienhiep.contest.common.domain.EntryAuthor;
import vn.lienhiep.contest.common.domain.EntryStanding;
import vn.lienhiep.contest.common.domain.EntryStandings;
import vn.lienhiep.contest.entry.domain.EntryNumbers;
import vn.lienhiep.contest.entry.domain.MemberOrganisations;

/**
 * Entries in the event store's own database, written in the transaction of the entry's events: standings (JSON by the
 * event store's mapper), the authors' person ids (a judge cannot be an entrant of the same edition), the entry-number
 * sequence per edition, and the member organisations' status replicated from membership's events.
 */
@Component
public class JdbcEntryStandings implements EntryStandings, EntryNumbers, MemberOrganisations {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public JdbcEntryStandings(JdbcTemplate jdbc, @Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void record(EntryStanding standing) {
        String text = write(standing);
        int updated = jdbc.update("UPDATE contest_entry_standing SET standing = ? WHERE entry_id = ?", text,
                                  standing.entryId());
        if (updated == 0) {
            jdbc.update("INSERT INTO contest_entry_standing (entry_id, edition_id, entry_no, standing)"
                        + " VALUES (?, ?, ?, ?)", standing.entryId(), standing.editionId(), standing.entryNo(), text);
        }
        jdbc.update("DELETE FROM contest_entry_author WHERE entry_id = ?", standing.entryId());
        standing.authors().stream().map(EntryAuthor::personId).filter(id -> id != null).distinct()
                .forEach(person -> jdbc.update("INSERT INTO contest_entry_author (entry_id, edition_id, person_id)"
                                               + " VALUES (?, ?, ?)", standing.entryId(), standing.editionId(), person));
    }

    @Override
    public Optional<EntryStanding> of(String entryId) {
        return jdbc.queryForList("SELECT standing FROM contest_entry_standing WHERE entry_id = ?", String.class, entryId)
                   .stream().findFirst().map(this::read);
    }

    @Override
    public List<EntryStanding> ofEdition(String editionId) {
        return jdbc.queryForList("SELECT standing FROM contest_entry_standing WHERE edition_id = ? ORDER BY entry_no",
                                 String.class, editionId).stream().map(this::read).toList();
    }

    @Override
    public boolean isEntrant(String editionId, String personId) {
        Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM contest_entry_author a JOIN contest_entry_standing s"
                                            + " ON s.entry_id = a.entry_id WHERE a.edition_id = ? AND a.person_id = ?",
                                            Integer.class, editionId, personId);
        return found != null && found > 0;
    }

    @Override
    public String next(String editionId) {
        int updated = jdbc.update("UPDATE contest_entry_number SET last_no = last_no + 1 WHERE edition_id = ?",
                                  editionId);
        if (updated == 0) {
            jdbc.update("INSERT INTO contest_entry_number (edition_id, last_no) VALUES (?, 1)", editionId);
        }
        Integer no = jdbc.queryForObject("SELECT last_no FROM contest_entry_number WHERE edition_id = ?",
                                         Integer.class, editionId);
        return String.format("%03d", no);
    }

    @Override
    public Optional<String> statusOf(String organisationId) {
        return jdbc.queryForList("SELECT status FROM contest_member_organization WHERE organization_id = ?",
                                 String.class, organisationId).stream().findFirst();
    }

    /** Membership's event, applied once: an older or repeated delivery (by membership's sequence) changes nothing. */
    public void organisationStatus(String organisationId, String status, long sequence) {
        int updated = jdbc.update("UPDATE contest_member_organization SET status = ?, sequence_no = ?"
                                  + " WHERE organization_id = ? AND sequence_no < ?", status, sequence, organisationId,
                                  sequence);
        if (updated == 0 && statusOf(organisationId).isEmpty()) {
            jdbc.update("INSERT INTO contest_member_organization (organization_id, status, sequence_no) VALUES (?, ?, ?)",
                        organisationId, status, sequence);
        }
    }

    private String write(EntryStanding standing) {
        try {
            return json.writeValueAsString(standing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private EntryStanding read(String text) {
        try {
            return json.readValue(text, EntryStanding.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
