package vn.lienhiep.membership.common.domain;

import vn.lienhiep.kernel.DecisionBody;
import java.util.EnumSet;
import java.util.Set;

import vn.lienhiep.membership.organization.domain.DossierDocument;

/**
 * The rules that differ between unions' charters. Defaults are the assumptions marked [A] in docs/domain/membership.md#configurable-assumptions; a union
 * sets its own in configuration ({@code lienhiep.membership.rules.*}).
 *
 * @param admissionAuthority          who admits a member organisation: BCH (default) or BTV between BCH meetings
 * @param requiredDossier             documents an application needs before staff may verify it
 * @param maxTermYears                longest term of office (nhiệm kỳ)
 * @param quorumNumerator             with {@code quorumDenominator}: a congress is quorate when MORE than this
 *                                    fraction of convened delegates is present (default > 1/2)
 * @param quorumDenominator           see above
 * @param outlierMemberShare          an organisation holding more than this share of all members is flagged, so
 *                                    totals can be shown with and without it (Sơn La's Hội Khuyến học)
 * @param expertReconfirmationMonths  after how long a verified expert profile is due for re-confirmation
 * @param majorityNumerator           with {@code majorityDenominator}: a candidate is elected with MORE than this
 *                                    fraction of the valid votes (default > 1/2)
 * @param majorityDenominator         see above
 */
public record MembershipRules(DecisionBody admissionAuthority,
                              Set<DossierDocument> requiredDossier,
                              int maxTermYears,
                              int quorumNumerator,
                              int quorumDenominator,
                              double outlierMemberShare,
                              int expertReconfirmationMonths,
                              int majorityNumerator,
                              int majorityDenominator) {

    /**
     * A charter that cannot be applied is a configuration mistake, not a request's: it stops the service at start-up
     * (IllegalStateException) with the property to fix named.
     */
    public MembershipRules {
        if (admissionAuthority != DecisionBody.BCH && admissionAuthority != DecisionBody.BTV) {
            throw new IllegalStateException(PREFIX + "admission-authority must be BCH or BTV, not " + admissionAuthority);
        }
        requiredDossier = requiredDossier == null || requiredDossier.isEmpty()
                ? EnumSet.noneOf(DossierDocument.class) : EnumSet.copyOf(requiredDossier);
        if (quorumDenominator <= 0 || quorumNumerator <= 0 || quorumNumerator >= quorumDenominator) {
            throw new IllegalStateException(PREFIX + "quorum-numerator / " + PREFIX + "quorum-denominator must be a "
                                            + "fraction between 0 and 1, not " + quorumNumerator + "/" + quorumDenominator);
        }
        if (majorityDenominator <= 0 || majorityNumerator <= 0 || majorityNumerator >= majorityDenominator) {
            throw new IllegalStateException(PREFIX + "majority-numerator / " + PREFIX + "majority-denominator must be "
                                            + "a fraction between 0 and 1, not " + majorityNumerator + "/"
                                            + majorityDenominator);
        }
    }

    /** Where a union sets these rules (MembershipConfiguration.RulesProperties). */
    public static final String PREFIX = "lienhiep.membership.rules.";

    /** The charter rules with the default election majority (more than half). */
    public MembershipRules(DecisionBody admissionAuthority, Set<DossierDocument> requiredDossier, int maxTermYears,
                           int quorumNumerator, int quorumDenominator, double outlierMemberShare,
                           int expertReconfirmationMonths) {
        this(admissionAuthority, requiredDossier, maxTermYears, quorumNumerator, quorumDenominator, outlierMemberShare,
             expertReconfirmationMonths, 1, 2);
    }

    public static MembershipRules defaults() {
        return new MembershipRules(DecisionBody.BCH,
                EnumSet.of(DossierDocument.APPLICATION_LETTER, DossierDocument.ESTABLISHMENT_DECISION,
                           DossierDocument.CHARTER, DossierDocument.LEADERSHIP_LIST, DossierDocument.MEMBER_COUNT),
                5, 1, 2, 0.5, 24);
    }

    public boolean isElected(int votes, int validVotes) {
        return (long) votes * majorityDenominator > (long) validVotes * majorityNumerator;
    }

    public boolean isQuorate(int present, int convened) {
        return (long) present * quorumDenominator > (long) convened * quorumNumerator;
    }
}
