package vn.lienhiep.membership.governance.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import vn.lienhiep.kernel.InvalidInput;
import vn.lienhiep.platform.web.DecisionRequest;
import vn.lienhiep.membership.governance.domain.CongressDocument;
import vn.lienhiep.membership.governance.domain.CongressKind;
import vn.lienhiep.membership.governance.domain.GoverningBodyType;
import vn.lienhiep.membership.governance.domain.Position;
import vn.lienhiep.membership.governance.domain.Seat;
import vn.lienhiep.membership.governance.domain.ServiceMode;

/** Request bodies of the governance API. */
public final class GovernanceRequests {

    private GovernanceRequests() {
    }

    public record Term(@NotNull @Min(1) @Max(100) Integer ordinal, @NotBlank @Size(max = 100) String displayLabel,
                       @NotNull @Min(1900) @Max(2200) Integer startYear, @NotNull @Min(1900) @Max(2200) Integer endYear) {
    }

    public record Congress(@NotNull @Min(1) @Max(100) Integer ordinal, @Size(max = 100) String displayLabel,
                           @NotNull CongressKind kind, @Size(max = 50) String plannedQuarter,
                           @NotNull @Min(1) @Max(100) Integer opensTermOrdinal) {
    }

    public record Decision(@NotNull @Valid DecisionRequest decision) {
    }

    public record DocumentsApproval(@NotNull @Valid DecisionRequest decision,
                                    @Size(max = 10) Set<@NotNull CongressDocument> documents) {
    }

    public record Convening(@NotNull @PastOrPresent LocalDate on,
                            @NotNull @Min(1) @Max(1_000_000) Integer delegatesConvened) {
    }

    public record Quorum(@PastOrPresent LocalDate on, @NotNull @Min(0) @Max(1_000_000) Integer delegatesPresent) {
    }

    public record SeatRequest(@NotBlank @Size(max = 100) String personId, @NotBlank @Size(max = 200) String fullName,
                              @NotNull Position position, @NotNull ServiceMode mode,
                              @Min(0) @Max(1_000_000) Integer votes, @Min(1) @Max(1_000_000) Integer validVotes) {
        Seat toSeat() {
            return new Seat(personId, fullName, position, mode, votes, validVotes);
        }
    }

    public record Election(@NotNull GoverningBodyType body, @NotEmpty @Size(max = 500) List<@NotNull @Valid SeatRequest> seats,
                           @NotNull @Valid DecisionRequest decision) {
        /** A seat the domain refuses is reported as the client names it: {@code seats[3].votes}. */
        List<Seat> toSeats() {
            return IntStream.range(0, seats.size()).mapToObj(i -> {
                try {
                    return seats.get(i).toSeat();
                } catch (InvalidInput e) {
                    throw e.under("seats[" + i + "]");
                }
            }).toList();
        }
    }

    public record Closing(@NotNull @PastOrPresent LocalDate closedOn) {
    }

    public record Appointment(@NotNull GoverningBodyType body, @NotBlank @Size(max = 100) String personId,
                              @NotBlank @Size(max = 200) String fullName, @NotNull Position position,
                              @NotNull ServiceMode mode, @NotNull @Valid DecisionRequest decision) {
        Seat toSeat() {
            return Seat.of(personId, fullName, position, mode);
        }
    }

    public record Ending(@NotNull @PastOrPresent LocalDate until, @NotBlank @Size(max = 2000) String reason,
                         @Valid DecisionRequest decision) {
    }
}
