package vn.lienhiep.contest.common.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.lienhiep.contest.edition.domain.EditionRegistry;
import vn.lienhiep.contest.entry.domain.EntryNumbers;
import vn.lienhiep.contest.entry.domain.MemberOrganisations;
import vn.lienhiep.kernel.Rejection;
import vn.lienhiep.kernel.text.VietnameseText;

/**
 * The contest's ports in memory, for the aggregates' specifications: what the JDBC adapters keep in the event store's
 * database (ordinals and the open edition per programme, committed snapshots and standings, entry numbers, awarded
 * solutions, member organisations' status), with the same refusals.
 */
public final class InMemoryContest implements EditionRegistry, Editions, EntryStandings, AwardedSolutions, EntryNumbers,
        MemberOrganisations {

    private final Map<ContestType, Integer> highest = new HashMap<>();
    private final Map<ContestType, String> open = new HashMap<>();
    public final Map<String, EditionSnapshot> snapshots = new HashMap<>();
    public final Map<String, EntryStanding> standings = new LinkedHashMap<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    public final Map<String, String> awarded = new HashMap<>();
    private final Map<String, ContestType> awardedType = new HashMap<>();
    private final Map<String, String> awardedEdition = new HashMap<>();
    public final Map<String, String> organisations = new HashMap<>();

    @Override
    public void claimOrdinal(ContestType type, int ordinal, String editionId) {
        Integer latest = highest.get(type);
        if (latest != null && ordinal <= latest) {
            throw Rejection.of("contest.edition.ordinal-not-increasing", "Số thứ tự phải tăng.",
                               "Ordinals increase.").asException();
        }
        highest.put(type, ordinal);
    }

    @Override
    public void open(ContestType type, String editionId) {
        String other = open.get(type);
        if (other != null && !other.equals(editionId)) {
            throw Rejection.of("contest.edition.another-open", "Đang có kỳ khác mở.", "Another edition is open.")
                           .asException();
        }
        open.put(type, editionId);
    }

    @Override
    public void closed(ContestType type, String editionId) {
        open.remove(type, editionId);
    }

    /** The edition of the programme open for entries, as the registry holds it. */
    public Optional<String> openEdition(ContestType type) {
        return Optional.ofNullable(open.get(type));
    }

    @Override
    public void save(EditionSnapshot snapshot) {
        snapshots.put(snapshot.editionId(), snapshot);
    }

    @Override
    public Optional<EditionSnapshot> find(String editionId) {
        return Optional.ofNullable(snapshots.get(editionId));
    }

    @Override
    public void record(EntryStanding standing) {
        standings.put(standing.entryId(), standing);
    }

    @Override
    public Optional<EntryStanding> of(String entryId) {
        return Optional.ofNullable(standings.get(entryId));
    }

    @Override
    public List<EntryStanding> ofEdition(String editionId) {
        List<EntryStanding> list = new ArrayList<>();
        standings.values().stream().filter(s -> s.editionId().equals(editionId)).forEach(list::add);
        return list;
    }

    @Override
    public boolean isEntrant(String editionId, String personId) {
        return ofEdition(editionId).stream().anyMatch(s -> s.authors().stream()
                .anyMatch(a -> personId.equals(a.personId())));
    }

    @Override
    public void record(ContestType type, String editionId, String entryId, String title) {
        awarded.put(entryId, VietnameseText.canonicalName(title));
        awardedType.put(entryId, type);
        awardedEdition.put(entryId, editionId);
    }

    @Override
    public void revoke(String entryId) {
        awarded.remove(entryId);
    }

    @Override
    public boolean awardedBefore(ContestType type, String title, String editionId) {
        String key = VietnameseText.canonicalName(title);
        return awarded.entrySet().stream().anyMatch(e -> e.getValue().equals(key) && awardedType.get(e.getKey()) == type
                                                          && !awardedEdition.get(e.getKey()).equals(editionId));
    }

    @Override
    public String next(String editionId) {
        return String.format("%03d", numbers.merge(editionId, 1, Integer::sum));
    }

    @Override
    public Optional<String> statusOf(String organisationId) {
        return Optional.ofNullable(organisations.get(organisationId));
    }
}
