package vn.lienhiep.contest.common.domain;

import java.time.LocalDate;

import vn.lienhiep.kernel.DecisionRef;

/**
 * The Organising Committee (Ban Tổ chức, BTC), which the People's Committee establishes for each edition: every
 * contest decision (rules, amendments, extensions, jury, results, revocation, cancellation) is its decision, so a
 * contest request names the decision's number, date and signer, and the issuing body is this one.
 */
public final class Committee {

    /** The issuing-body code of the contest's decisions. */
    public static final String ORGANISING_COMMITTEE = "BAN_TO_CHUC";

    private Committee() {
    }

    public static DecisionRef decision(String number, LocalDate date, String signer) {
        return new DecisionRef(number, date, ORGANISING_COMMITTEE, signer);
    }
}
