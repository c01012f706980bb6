package vn.lienhiep.platform.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.lienhiep.kernel.DecisionBody;
import vn.lienhiep.kernel.DecisionRef;

/**
 * A decision reference as clients send it, in every service: {@code {"number":"232/QĐ-LHH","date":"2016-12-29",
 * "issuedBy":"BCH","signer":"Chủ tịch"}}; the issuing body is one of the public contract's codes ({@link DecisionBody}).
 */
public record DecisionRequest(@NotBlank @Size(max = 100) String number,
                              @NotNull LocalDate date,
                              @NotNull DecisionBody issuedBy,
                              @Size(max = 200) String signer) {

    public DecisionRef toDecision() {
        return new DecisionRef(number, date, issuedBy.name(), signer == null || signer.isBlank() ? null : signer.strip());
    }

    public static DecisionRef toDecision(DecisionRequest request) {
        return request == null ? null : request.toDecision();
    }
}
