package vn.lienhiep.review.engagement.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.lienhiep.review.common.domain.ReviewForm;
import vn.lienhiep.review.common.domain.SubjectType;
import vn.lienhiep.platform.web.DecisionRequest;
import vn.lienhiep.review.engagement.domain.Adoption;
import vn.lienhiep.review.engagement.domain.Dissent;
import vn.lienhiep.review.engagement.domain.EngagementCommands;
import vn.lienhiep.review.engagement.domain.FundingSource;
import vn.lienhiep.review.engagement.domain.InterestKind;
import vn.lienhiep.review.engagement.domain.IssuingLevel;
import vn.lienhiep.review.engagement.domain.PanelRole;
import vn.lienhiep.review.engagement.domain.RecommendationAnswer;
import vn.lienhiep.review.engagement.domain.RequestDetails;
import vn.lienhiep.review.engagement.domain.RequestOrigin;
import vn.lienhiep.review.engagement.domain.Requester;
import vn.lienhiep.review.engagement.domain.RequesterKind;
import vn.lienhiep.review.engagement.domain.ReviewType;

/** Request bodies of the engagement API. Validation here is about shape; the lifecycle rules answer 422. */
public final class EngagementRequests {

    private EngagementRequests() {
    }

    /** A request as the union received it (commissioned or assigned) or as it proposes one itself. */
    public record Request(@NotBlank @Size(max = 500) String title,
                         @NotNull SubjectType subjectType,
                         @NotNull IssuingLevel issuingLevel,
                         @Size(max = 200) String sector,
                         @NotNull @Valid RequesterRequest requester,
                         @Size(max = 300) String draftingBody,
                         @NotEmpty @Size(max = 3) Set<@NotNull ReviewType> reviewTypes,
                         @NotNull @PastOrPresent LocalDate receivedAt,
                         LocalDate requestedDeadline,
                         @Size(max = 50) List<@NotBlank @Size(max = 300) String> dossier,
                         Boolean confidential,
                         @Size(max = 300) String coOrganiser,
                         @Size(max = 300) String leadOrg) {

        Request withRequesterId(String id) {
            return new Request(title, subjectType, issuingLevel, sector,
                               new RequesterRequest(requester.name(), requester.kind(), id), draftingBody, reviewTypes,
                               receivedAt, requestedDeadline, dossier, confidential, coOrganiser, leadOrg);
        }

        RequestDetails details() {
            return new RequestDetails(title.strip(), subjectType, issuingLevel, blankToNull(sector), requester.toRequester(),
                                      blankToNull(draftingBody), Set.copyOf(reviewTypes), receivedAt, requestedDeadline,
                                      dossier == null ? List.of() : List.copyOf(dossier),
                                      Boolean.TRUE.equals(confidential), blankToNull(coOrganiser), blankToNull(leadOrg));
        }
    }

    /**
     * Who asks, by name as printed on its letter; {@code requesterId} is the requesting body's account scope, so its
     * users can follow the request (set by the server when a requester sends the request itself).
     */
    public record RequesterRequest(@NotBlank @Size(max = 300) String name, @NotNull RequesterKind kind,
                                   @Size(max = 64) String requesterId) {
        Requester toRequester() {
            return new Requester(name.strip(), kind, blankToNull(requesterId));
        }
    }

    public record Registration(@NotNull RequestOrigin origin, @NotNull @Valid Request request) {
    }

    /** A body holding only the union's (or the authority's) decision. */
    public record Decided(@NotNull @Valid DecisionRequest decision) {
    }

    public record Reasoned(@NotBlank @Size(max = 2000) String reason) {
    }

    public record ReasonedDecision(@NotBlank @Size(max = 2000) String reason, @NotNull @Valid DecisionRequest decision) {
    }

    /** @param markedOn the date of the union's letter asking for the documents; absent: today */
    public record MissingDocuments(@NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 300) String> missing,
                                   @PastOrPresent LocalDate markedOn) {
    }

    /** @param completedOn the day the missing documents arrived; absent: today */
    public record Documents(@NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 300) String> documents,
                            @PastOrPresent LocalDate completedOn) {
    }

    public record EngagementPlan(@NotEmpty @Size(max = 8) Set<@NotNull ReviewForm> forms,
                       @NotNull FundingSource fundingSource,
                       @NotNull @PositiveOrZero @Max(1_000_000_000_000L) Long estimateVnd,
                       @NotNull @Min(2000) @Max(2100) Integer planYear,
                       @Size(max = 100) String contractRef,
                       LocalDate reportDueDate) {
    }

    public record Contract(@NotBlank @Size(max = 100) String contractRef, @NotNull @PastOrPresent LocalDate signedOn) {
    }

    /** @param invitedOn the invitation letter's date; absent: today */
    public record Invitation(@NotBlank @Size(max = 64) String expertId, @NotNull PanelRole role,
                             @PastOrPresent LocalDate invitedOn) {
    }

    /** The body is optional. @param acceptedOn the day the expert accepted; absent: today */
    public record InvitationAcceptance(@PastOrPresent LocalDate acceptedOn) {
    }

    /** @param declinedOn the day the expert declined; absent: today */
    public record InvitationDecline(@NotBlank @Size(max = 2000) String reason, @PastOrPresent LocalDate declinedOn) {
    }

    /** The body is optional. @param formedOn the date of the decision forming the panel; absent: today */
    public record PanelConfirmation(@PastOrPresent LocalDate formedOn) {
    }

    public record Declaration(@NotNull @Size(max = 5) Set<@NotNull InterestKind> interests,
                              @NotNull @PastOrPresent LocalDate signedOn,
                              @NotNull Boolean nonDisclosureSigned) {
    }

    /** @param submittedOn the date of the expert's written opinion; absent: today */
    public record Opinion(@NotBlank @Size(max = 64) String expertId, @NotBlank @Size(max = 20_000) String text,
                          @PastOrPresent LocalDate submittedOn) {
    }

    public record Workshop(@NotNull @PastOrPresent LocalDate heldOn, @NotNull @Positive @Max(10_000) Integer attendees,
                           @NotBlank @Size(max = 20_000) String summary) {
    }

    public record DissentRequest(@Size(max = 64) String expertId, @NotBlank @Size(max = 5000) String text) {
        Dissent toDissent() {
            return new Dissent(blankToNull(expertId), text.strip());
        }
    }

    public record ReportDraft(@NotBlank @Size(max = 20_000) String summary,
                        @Size(max = 50_000) String findings,
                        @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 5000) String> recommendations,
                        @Size(max = 50) List<@NotNull @Valid DissentRequest> dissentingOpinions) {

        EngagementCommands.DraftReport toCommand(String id, Long expectedVersion) {
            return new EngagementCommands.DraftReport(
                    id, summary.strip(), blankToNull(findings),
                    recommendations.stream().map(t -> new EngagementCommands.RecommendationText(t.strip())).toList(),
                    dissentingOpinions == null ? List.of() : dissentingOpinions.stream().map(DissentRequest::toDissent).toList(),
                    expectedVersion);
        }
    }

    public record Sending(@NotNull @Valid DecisionRequest decision, @NotBlank @Size(max = 200) String signedBy,
                          @PastOrPresent LocalDate sentOn) {
    }

    public record Answer(@NotBlank @Size(max = 20) String recommendationId, @NotNull Adoption adoption,
                         @Size(max = 5000) String explanation) {
        RecommendationAnswer toAnswer() {
            return new RecommendationAnswer(recommendationId.strip(), adoption, blankToNull(explanation));
        }
    }

    public record Response(@NotNull @PastOrPresent LocalDate receivedOn,
                           @NotEmpty @Size(max = 100) List<@NotNull @Valid Answer> answers,
                           @Size(max = 5000) String explanation) {
    }

    public record Publication(@NotNull Boolean publish) {
    }

    public record EngagementCost(@NotNull @Positive @Max(1_000_000_000_000L) Long amountVnd,
                                 @NotBlank @Size(max = 500) String description,
                                 @PastOrPresent LocalDate incurredOn) {
    }

    /** The body is optional. @param closedOn when the engagement really closed; absent: today */
    public record Closure(@PastOrPresent LocalDate closedOn) {
    }

    /** @param withdrawnOn the date of the requester's letter; absent: today */
    public record Withdrawal(@NotBlank @Size(max = 2000) String reason, @PastOrPresent LocalDate withdrawnOn) {
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
