package vn.lienhiep.kernel;

import java.time.LocalDate;

/**
 * A reference to a legal act (Quyết định: số, ngày, cơ quan ban hành, người ký). Every state change that is a legal
 * act carries one; its date is the date the change takes effect, which may be long before it was recorded
 * (unions load their past from paper).
 *
 * @param number   the decision number as printed, e.g. "232/QĐ-LHH"
 * @param date     the date of the decision; the effective date of the change it records
 * @param issuedBy the body that decided, a code the owning context defines (e.g. BCH, BTV, UBND_TINH)
 * @param signer   who signed, as printed (a public role, e.g. "Chủ tịch"); may be null for external acts
 */
public record DecisionRef(String number, LocalDate date, String issuedBy, String signer) {

    public DecisionRef {
        number = Inputs.text(number, "decision.number");
        Inputs.required(date, "decision.date");
        issuedBy = Inputs.text(issuedBy, "decision.issuedBy");
        signer = Inputs.optionalText(signer);
    }
}
