package vn.lienhiep.membership.common.domain;

import vn.lienhiep.kernel.DecisionBody;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MembershipRulesTest {

    @Test
    void byDefaultMoreThanHalfElectsAndMoreThanHalfIsAQuorum() {
        MembershipRules rules = MembershipRules.defaults();
        assertThat(rules.isElected(51, 100)).isTrue();
        assertThat(rules.isElected(50, 100)).isFalse();
        assertThat(rules.isQuorate(101, 200)).isTrue();
        assertThat(rules.isQuorate(100, 200)).isFalse();
    }

    @Test
    void aCharterMayRequireATwoThirdsMajority() {
        MembershipRules d = MembershipRules.defaults();
        MembershipRules twoThirds = new MembershipRules(d.admissionAuthority(), d.requiredDossier(), d.maxTermYears(),
                d.quorumNumerator(), d.quorumDenominator(), d.outlierMemberShare(), d.expertReconfirmationMonths(), 2, 3);
        assertThat(twoThirds.isElected(60, 90)).isFalse();
        assertThat(twoThirds.isElected(61, 90)).isTrue();
    }

    @Test
    void nonsenseFractionsAreRefused() {
        MembershipRules d = MembershipRules.defaults();
        assertThatThrownBy(() -> new MembershipRules(d.admissionAuthority(), d.requiredDossier(), d.maxTermYears(),
                d.quorumNumerator(), d.quorumDenominator(), d.outlierMemberShare(), d.expertReconfirmationMonths(), 3, 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lienhiep.membership.rules.majority-numerator");
        assertThatThrownBy(() -> new MembershipRules(DecisionBody.UBND_TINH, d.requiredDossier(), 5, 1, 2, 0.5, 24))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lienhiep.membership.rules.admission-authority");
    }
}
