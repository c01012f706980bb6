package vn.lienhiep.review.engagement.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import vn.lienhiep.kernel.Inputs;
import vn.lienhiep.review.common.domain.ReviewRuleSet;

/**
 * How a request enters the engagement: its values cleaned the platform's one way (a blank or missing value is
 * {@code InvalidInput} naming the field as the client sent it, {@code request.…}), and the due dates computed from
 * the regulation in force on the day it arrived.
 */
final class RequestIntake {

    private RequestIntake() {
    }

    /** The request as recorded: cleaned text, received today when it says no date. */
    static RequestDetails cleaned(RequestDetails d, LocalDate today) {
        Inputs.required(d, "request");
        Requester requester = Inputs.required(d.requester(), "request.requester");
        Requester cleanRequester = new Requester(Inputs.text(requester.name(), "request.requester.name"),
                                                 Inputs.required(requester.kind(), "request.requester.kind"),
                                                 Inputs.optionalText(requester.requesterId()));
        Set<ReviewType> reviewTypes = Set.copyOf(new LinkedHashSet<>(Inputs.nonEmpty(d.reviewTypes(),
                                                                                     "request.reviewTypes")));
        return new RequestDetails(Inputs.text(d.title(), "request.title"),
                                  Inputs.required(d.subjectType(), "request.subjectType"),
                                  Inputs.required(d.issuingLevel(), "request.issuingLevel"),
                                  Inputs.optionalText(d.sector()), cleanRequester,
                                  Inputs.optionalText(d.draftingBody()), reviewTypes,
                                  d.receivedAt() != null ? d.receivedAt() : today, d.requestedDeadline(),
                                  Inputs.texts(d.dossier()), d.confidential(), Inputs.optionalText(d.coOrganiser()),
                                  Inputs.optionalText(d.leadOrg()));
    }

    /** The same request, received on another day (a proposal counts as received when the authority consents). */
    static RequestDetails receivedOn(RequestDetails d, LocalDate receivedAt) {
        return new RequestDetails(d.title(), d.subjectType(), d.issuingLevel(), d.sector(), d.requester(),
                                  d.draftingBody(), d.reviewTypes(), receivedAt, d.requestedDeadline(), d.dossier(),
                                  d.confidential(), d.coOrganiser(), d.leadOrg());
    }

    /** REV-7: due dates from the regulation in force on the day the request was received. */
    static DueDates dueDates(ReviewRuleSet rules, RequestDetails details) {
        LocalDate receivedAt = details.receivedAt();
        boolean shortNotice = details.requestedDeadline() != null
                && details.requestedDeadline().isBefore(receivedAt.plusDays(rules.minLeadDays()));
        return new DueDates(rules.regulation(), WorkingDays.plus(receivedAt, rules.acknowledgeWorkingDays()),
                            WorkingDays.plus(receivedAt, rules.decideWorkingDays()),
                            receivedAt.plusDays(rules.reportDays()), shortNotice);
    }
}
