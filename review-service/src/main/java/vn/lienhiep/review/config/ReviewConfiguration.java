package vn.lienhiep.review.config;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.review.common.domain.ReviewRuleSet;
import vn.lienhiep.review.common.domain.ReviewRules;
import vn.lienhiep.review.common.domain.SubjectType;

/**
 * Review's own wiring: the clock and the province's TVPB regulation. (Aggregates register themselves through Axon's
 * Spring-free {@code @AggregateRoot}; deadlines come from the platform.)
 */
@Configuration
@EnableConfigurationProperties(ReviewConfiguration.RulesProperties.class)
public class ReviewConfiguration {

    @Bean
    public Clock clock() {
        return Clocks.vietnam();
    }

    @Bean
    public ReviewRules reviewRules(RulesProperties properties) {
        if (properties.versions.isEmpty()) {
            return ReviewRules.defaults();
        }
        List<ReviewRuleSet> versions = new ArrayList<>();
        for (Version v : properties.versions) {
            ReviewRuleSet d = ReviewRuleSet.defaults(v.effectiveFrom, v.regulation);
            versions.add(new ReviewRuleSet(v.effectiveFrom, v.regulation,
                    v.mandate != null ? v.mandate : d.mandate(),
                    v.councilMinMembers != null ? v.councilMinMembers : d.councilMinMembers(),
                    v.councilMinCritics != null ? v.councilMinCritics : d.councilMinCritics(),
                    v.expertGroupMinMembers != null ? v.expertGroupMinMembers : d.expertGroupMinMembers(),
                    v.minLeadDays != null ? v.minLeadDays : d.minLeadDays(),
                    v.acknowledgeWorkingDays != null ? v.acknowledgeWorkingDays : d.acknowledgeWorkingDays(),
                    v.decideWorkingDays != null ? v.decideWorkingDays : d.decideWorkingDays(),
                    v.reportDays != null ? v.reportDays : d.reportDays(),
                    v.responseDays != null ? v.responseDays : d.responseDays()));
        }
        return new ReviewRules(versions);
    }

    /**
     * {@code lienhiep.review.rules.versions[i].*}: the province's TVPB regulation, one entry per version with the date
     * it takes effect; unset values keep docs/domain/review.md#configurable-assumptions. With no entry, Lào Cai's QĐ 92/2006 and the defaults.
     */
    @ConfigurationProperties(prefix = "lienhiep.review.rules")
    public static class RulesProperties {
        private List<Version> versions = new ArrayList<>();

        public List<Version> getVersions() { return versions; }
        public void setVersions(List<Version> v) { versions = v == null ? new ArrayList<>() : v; }
    }

    public static class Version {
        private LocalDate effectiveFrom;
        private String regulation;
        private Set<SubjectType> mandate;
        private Integer councilMinMembers;
        private Integer councilMinCritics;
        private Integer expertGroupMinMembers;
        private Integer minLeadDays;
        private Integer acknowledgeWorkingDays;
        private Integer decideWorkingDays;
        private Integer reportDays;
        private Integer responseDays;

        public LocalDate getEffectiveFrom() { return effectiveFrom; }
        public void setEffectiveFrom(LocalDate v) { effectiveFrom = v; }
        public String getRegulation() { return regulation; }
        public void setRegulation(String v) { regulation = v; }
        public Set<SubjectType> getMandate() { return mandate; }
        public void setMandate(Set<SubjectType> v) { mandate = v == null || v.isEmpty() ? null : EnumSet.copyOf(v); }
        public Integer getCouncilMinMembers() { return councilMinMembers; }
        public void setCouncilMinMembers(Integer v) { councilMinMembers = v; }
        public Integer getCouncilMinCritics() { return councilMinCritics; }
        public void setCouncilMinCritics(Integer v) { councilMinCritics = v; }
        public Integer getExpertGroupMinMembers() { return expertGroupMinMembers; }
        public void setExpertGroupMinMembers(Integer v) { expertGroupMinMembers = v; }
        public Integer getMinLeadDays() { return minLeadDays; }
        public void setMinLeadDays(Integer v) { minLeadDays = v; }
        public Integer getAcknowledgeWorkingDays() { return acknowledgeWorkingDays; }
        public void setAcknowledgeWorkingDays(Integer v) { acknowledgeWorkingDays = v; }
        public Integer getDecideWorkingDays() { return decideWorkingDays; }
        public void setDecideWorkingDays(Integer v) { decideWorkingDays = v; }
        public Integer getReportDays() { return reportDays; }
        public void setReportDays(Integer v) { reportDays = v; }
        public Integer getResponseDays() { return responseDays; }
        public void setResponseDays(Integer v) { responseDays = v; }
    }
}
