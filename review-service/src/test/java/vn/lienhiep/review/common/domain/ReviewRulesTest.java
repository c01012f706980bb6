package vn.lienhiep.review.common.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lienhiep.kernel.InvalidInput;

/** A province's regulation over time: each request is judged by the version in force on the day it arrived. */
class ReviewRulesTest {

    private final ReviewRuleSet laoCai2006 = ReviewRuleSet.defaults(LocalDate.of(2006, 12, 26), "QĐ 92/2006/QĐ-UBND");
    private final ReviewRuleSet laoCai2021 = new ReviewRuleSet(LocalDate.of(2021, 4, 23), "Chỉ thị 09/CT-UBND",
            EnumSet.of(SubjectType.DRAFT_LAW, SubjectType.PARTY_POLICY), 7, 3, 3, 30, 5, 7, 45, 60);

    @Test
    void theVersionInForceOnTheDayIsChosen() {
        ReviewRules rules = new ReviewRules(List.of(laoCai2021, laoCai2006));

        assertThat(rules.at(LocalDate.of(2021, 4, 22)).regulation()).isEqualTo("QĐ 92/2006/QĐ-UBND");
        assertThat(rules.at(LocalDate.of(2021, 4, 23)).regulation()).isEqualTo("Chỉ thị 09/CT-UBND");
        assertThat(rules.at(LocalDate.of(2025, 1, 1)).councilMinMembers()).isEqualTo(7);
        assertThat(rules.at(LocalDate.of(2010, 1, 1)).mandate()).contains(SubjectType.ARCHITECTURE_PLANNING);
        assertThat(rules.at(LocalDate.of(2022, 1, 1)).mandate()).doesNotContain(SubjectType.ARCHITECTURE_PLANNING);
    }

    @Test
    void aRequestOlderThanEveryVersionUsesTheFirst() {
        assertThat(new ReviewRules(List.of(laoCai2021, laoCai2006)).at(LocalDate.of(2001, 1, 1)))
                .isEqualTo(laoCai2006);
    }

    @Test
    void twoVersionsOnOneDayAndImpossibleCouncilsAreRefused() {
        assertThatThrownBy(() -> new ReviewRules(List.of(laoCai2006, ReviewRuleSet.defaults(laoCai2006.effectiveFrom(),
                                                                                              "khác"))))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ReviewRuleSet(LocalDate.of(2020, 1, 1), "x", null, 4, 3, 3, 30, 5, 7, 30, 30))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("chair");
        assertThatThrownBy(() -> new ReviewRules(List.of())).isInstanceOf(InvalidInput.class);
    }
}
