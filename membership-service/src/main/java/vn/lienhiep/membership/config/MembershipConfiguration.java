package vn.lienhiep.membership.config;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lienhiep.kernel.DecisionBody;
import vn.lienhiep.membership.common.domain.MembershipRules;
import vn.lienhiep.membership.organization.domain.DossierDocument;
import vn.lienhiep.kernel.Clocks;

/**
 * Membership's own wiring: the clock and the charter-specific rules. (Aggregates register themselves through
 * Axon's Spring-free {@code @AggregateRoot}; see the platform's AggregateScanner.)
 */
@Configuration
@EnableConfigurationProperties(MembershipConfiguration.RulesProperties.class)
public class MembershipConfiguration {

    @Bean
    public Clock clock() {
        return Clocks.vietnam();
    }

    @Bean
    public MembershipRules membershipRules(RulesProperties properties) {
        MembershipRules defaults = MembershipRules.defaults();
        return new MembershipRules(
                properties.admissionAuthority != null ? properties.admissionAuthority : defaults.admissionAuthority(),
                properties.requiredDossier != null ? properties.requiredDossier : defaults.requiredDossier(),
                properties.maxTermYears != null ? properties.maxTermYears : defaults.maxTermYears(),
                properties.quorumNumerator != null ? properties.quorumNumerator : defaults.quorumNumerator(),
                properties.quorumDenominator != null ? properties.quorumDenominator : defaults.quorumDenominator(),
                properties.outlierMemberShare != null ? properties.outlierMemberShare : defaults.outlierMemberShare(),
                properties.expertReconfirmationMonths != null ? properties.expertReconfirmationMonths
                        : defaults.expertReconfirmationMonths(),
                properties.majorityNumerator != null ? properties.majorityNumerator : defaults.majorityNumerator(),
                properties.majorityDenominator != null ? properties.majorityDenominator : defaults.majorityDenominator());
    }

    /** {@code lienhiep.membership.rules.*}: a union's charter-specific rules; unset ones keep docs/domain/membership.md#configurable-assumptions. */
    @ConfigurationProperties(prefix = "lienhiep.membership.rules")
    public static class RulesProperties {
        private DecisionBody admissionAuthority;
        private Set<DossierDocument> requiredDossier;
        private Integer maxTermYears;
        private Integer quorumNumerator;
        private Integer quorumDenominator;
        private Double outlierMemberShare;
        private Integer expertReconfirmationMonths;
        private Integer majorityNumerator;
        private Integer majorityDenominator;

        public DecisionBody getAdmissionAuthority() { return admissionAuthority; }
        public void setAdmissionAuthority(DecisionBody v) { admissionAuthority = v; }
        public Set<DossierDocument> getRequiredDossier() { return requiredDossier; }
        public void setRequiredDossier(Set<DossierDocument> v) { requiredDossier = v == null ? null : EnumSet.copyOf(v); }
        public Integer getMaxTermYears() { return maxTermYears; }
        public void setMaxTermYears(Integer v) { maxTermYears = v; }
        public Integer getQuorumNumerator() { return quorumNumerator; }
        public void setQuorumNumerator(Integer v) { quorumNumerator = v; }
        public Integer getQuorumDenominator() { return quorumDenominator; }
        public void setQuorumDenominator(Integer v) { quorumDenominator = v; }
        public Double getOutlierMemberShare() { return outlierMemberShare; }
        public void setOutlierMemberShare(Double v) { outlierMemberShare = v; }
        public Integer getExpertReconfirmationMonths() { return expertReconfirmationMonths; }
        public void setExpertReconfirmationMonths(Integer v) { expertReconfirmationMonths = v; }
        public Integer getMajorityNumerator() { return majorityNumerator; }
        public void setMajorityNumerator(Integer v) { majorityNumerator = v; }
        public Integer getMajorityDenominator() { return majorityDenominator; }
        public void setMajorityDenominator(Integer v) { majorityDenominator = v; }
    }
}
