package vn.lienhiep.membership.governance.domain;

import vn.lienhiep.kernel.Inputs;
import vn.lienhiep.kernel.InvalidInput;

/**
 * One seat of an election or appointment. Office holders are public roles, so the name is recorded as given; the
 * person need not (yet) have a profile. {@code votes}/{@code validVotes} are optional (not every archive has them) but
 * come together. A seat that cannot be what it claims is {@link InvalidInput} naming the seat's field; a request with
 * several seats reports it under the seat's index ({@code seats[3].votes}).
 */
public record Seat(String personId, String fullName, Position position, ServiceMode mode, Integer votes,
                   Integer validVotes) {

    public Seat {
        personId = Inputs.text(personId, "personId");
        fullName = Inputs.text(fullName, "fullName");
        Inputs.required(position, "position");
        Inputs.required(mode, "mode");
        if (votes != null || validVotes != null) {
            if (votes == null || validVotes == null) {
                throw new InvalidInput(votes == null ? "votes" : "validVotes",
                                       "số phiếu bầu và số phiếu hợp lệ phải đi cùng nhau",
                                       "votes and valid votes come together");
            }
            if (validVotes <= 0) {
                throw new InvalidInput("validVotes", "phải lớn hơn 0", "must be greater than 0");
            }
            if (votes < 0 || votes > validVotes) {
                throw new InvalidInput("votes", "phải từ 0 đến số phiếu hợp lệ", "must be between 0 and the valid votes");
            }
        }
    }

    public static Seat of(String personId, String fullName, Position position, ServiceMode mode) {
        return new Seat(personId, fullName, position, mode, null, null);
    }
}
