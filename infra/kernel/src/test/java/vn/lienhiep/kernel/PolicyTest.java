package vn.lienhiep.kernel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyTest {

    private static final DatePolicies DATES = new DatePolicies("test.date-in-future", "test.date-before-previous");
    private static final DatePolicies.DateName DECISION = DatePolicies.DateName.of("quyết định", "decision");
    private static final DatePolicies.DateName PREVIOUS = DatePolicies.DateName.of("đề nghị", "recommendation");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void aComposedPolicyRunsItsPoliciesInOrderAndTheFirstRefusalWins() {
        List<String> ran = new ArrayList<>();
        Policy<Integer> positive = n -> { ran.add("positive"); return n > 0 ? Policy.allow()
                : Policy.reject("test.positive", "phải dương", "must be positive"); };
        Policy<Integer> even = n -> { ran.add("even"); return n % 2 == 0 ? Policy.allow()
                : Policy.reject("test.even", "phải chẵn", "must be even"); };
        Policy<Integer> both = Policy.allOf(positive, even);

        assertThat(both.check(4)).isEmpty();
        assertThat(both.check(-3)).get().extracting(Rejection::rule).isEqualTo("test.positive");
        assertThat(ran).containsExactly("positive", "even", "positive");
        assertThatThrownBy(() -> both.enforce(3)).isInstanceOfSatisfying(BusinessRuleViolation.class,
                e -> assertThat(e.rule()).isEqualTo("test.even"));
    }

    @Test
    void aDateAfterTodayIsRefusedWithTheContextsRuleAndTheDateNamed() {
        assertThat(DATES.notInFuture(TODAY, DECISION).check(TODAY)).isEmpty();
        assertThat(DATES.notInFuture(TODAY, DECISION).check(null)).isEmpty();
        Rejection r = DATES.notInFuture(TODAY, DECISION).check(TODAY.plusDays(1)).orElseThrow();
        assertThat(r.rule()).isEqualTo("test.date-in-future");
        assertThat(r.messageVi()).contains("quyết định");
        assertThat(r.messageEn()).contains("decision");
        assertThat(r.details()).containsEntry("date", "2026-12-02").containsEntry("today", "2026-12-01");
    }

    @Test
    void aStepCannotPrecedeTheStepItFollows() {
        LocalDate recommended = LocalDate.of(2020, 3, 1);
        assertThat(DATES.notBefore(recommended, DECISION, PREVIOUS).check(recommended)).isEmpty();
        assertThat(DATES.notBefore(null, DECISION, PREVIOUS).check(recommended)).isEmpty();
        Rejection r = DATES.notBefore(recommended, DECISION, PREVIOUS).check(recommended.minusDays(1)).orElseThrow();
        assertThat(r.rule()).isEqualTo("test.date-before-previous");
        assertThat(r.details()).containsEntry("previous", "2020-03-01");
    }

    @Test
    void inputsAreCleanedOrRefusedNamingTheirField() {
        assertThat(Inputs.text("  Hội   Luật gia ", "name")).isEqualTo("Hội Luật gia");
        assertThat(Inputs.optionalText("   ")).isNull();
        assertThat(Inputs.texts(List.of(" a ", "", "  "))).containsExactly("a");
        assertThatThrownBy(() -> Inputs.text(" ", "request.title"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("request.title"));
        assertThatThrownBy(() -> Inputs.nonEmptyTexts(List.of(" "), "missing"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("missing"));
        assertThatThrownBy(() -> Inputs.positive(0, "amountVnd"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageVi()).isNotBlank());
        assertThatThrownBy(() -> new DecisionRef(" ", TODAY, "BCH", null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("decision.number"));
    }
}
