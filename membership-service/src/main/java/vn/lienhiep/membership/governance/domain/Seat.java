package vn.lienhiep.membership.governance.domain;

import java.util.Objects;

import vn.lienhiep.kernel.text.VietnameseText;

/**
 * One seat of an election or appointment. Office holders are public roles, so the name is recorded as given; the
 * person need not (yet) have a profile. {@code votes}/{@code validVotes} are optional (not every archive has them) but
 * come together.
 */
public record Seat(String personId, String fullName, Position position, ServiceMode mode, Integer votes,
                   Integer validVotes) {

    public Seat {
        personId = Objects.requireNonNull(personId, "personId").strip();
        fullName = VietnameseText.clean(Objects.requireNonNull(fullName, "fullName"));
        if (personId.isEmpty() || fullName.isEmpty()) {
            throw new IllegalArgumentException("a seat needs a personId and a fullName");
        }
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(mode, "mode");
        if (votes != null || validVotes != null) {
            if (votes == null || validVotes == null) {
                throw new IllegalArgumentException("votes and validVotes come together (" + fullName + ")");
            }
            if (votes < 0 || validVotes <= 0 || votes > validVotes) {
                throw new IllegalArgumentException("votes must be between 0 and validVotes (" + fullName + ")");
            }
        }
    }

    public static Seat of(String personId, String fullName, Position position, ServiceMode mode) {
        return new Seat(personId, fullName, position, mode, null, null);
    }
}
