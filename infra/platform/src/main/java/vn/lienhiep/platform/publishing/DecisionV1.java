package vn.lienhiep.platform.publishing;

import vn.lienhiep.kernel.DecisionRef;

/** A decision reference in public events ({@code schemas/common/decision.v1.json}): public acts of public bodies. */
public record DecisionV1(String number, String date, String issuedBy, String signer) {

    public static DecisionV1 of(DecisionRef d) {
        return d == null ? null : new DecisionV1(d.number(), d.date().toString(), d.issuedBy(), d.signer());
    }
}
