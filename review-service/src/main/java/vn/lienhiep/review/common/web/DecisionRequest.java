package vn.lienhiep.review.common.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.lienhiep.platform.domain.DecisionBody;
import vn.lienhiep.platform.domain.DecisionRef;

/**
 * A decision as clients send it: {@code {"number":"15/QĐ-LHH","date":"2025-03-02","issuedBy":"THUONG_TRUC",
 * "signer":"Chủ tịch"}}. The issuing body is one of the codes the public contract knows ({@link DecisionBody}):
 * the union's standing officers accept requests and sign reports, the People's Committee approves the annual plan.
 */
public record DecisionRequest(@NotBlank @Size(max = 100) String number,
                              @NotNull LocalDate date,
                              @NotNull DecisionBody issuedBy,
                              @Size(max = 200) String signer) {

    public DecisionRef toDecision() {
        return new DecisionRef(number, date, issuedBy.name(), signer == null || signer.isBlank() ? null : signer.strip());
    }
}
