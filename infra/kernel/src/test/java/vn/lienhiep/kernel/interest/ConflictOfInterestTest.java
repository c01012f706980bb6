package vn.lienhiep.kernel.interest;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.lienhiep.kernel.interest.ConflictOfInterest.Assessor;
import vn.lienhiep.kernel.interest.ConflictOfInterest.Kind;
import vn.lienhiep.kernel.interest.ConflictOfInterest.Parties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one conflict-of-interest rule review's panels and the contests' juries share: a party, a supervisor, a colleague
 * of the same organisation (by canonical name, NFC and NFD alike, case and spacing folded, diacritics kept), and
 * parties a context does not know (a request with no drafting body, an author without a person id) change nothing.
 */
class ConflictOfInterestTest {

    @Test
    void aPartyASupervisorAndAColleagueAreConflicted() {
        Parties entry = new Parties(Set.of("p-author"), List.of("Trạm Khuyến nông Yên Châu"), Set.of("p-teacher"));
        assertThat(ConflictOfInterest.between(new Assessor("p-author", List.of()), entry))
                .hasValueSatisfying(c -> assertThat(c.kind()).isEqualTo(Kind.PARTY));
        assertThat(ConflictOfInterest.between(new Assessor("p-teacher", List.of()), entry))
                .hasValueSatisfying(c -> assertThat(c.kind()).isEqualTo(Kind.SUPERVISOR));
        String decomposed = java.text.Normalizer.normalize("trạm  khuyến nông YÊN CHÂU", java.text.Normalizer.Form.NFD);
        assertThat(ConflictOfInterest.between(new Assessor("p-judge", List.of(decomposed)), entry))
                .hasValueSatisfying(c -> {
                    assertThat(c.kind()).isEqualTo(Kind.SAME_ORGANISATION);
                    assertThat(c.matched()).isEqualTo(decomposed);
                });
    }

    @Test
    void independentAssessorsAndUnknownPartiesAreNotConflicted() {
        Parties request = Parties.organisations(Arrays.asList("Ủy ban nhân dân tỉnh Lào Cai", null, " "));
        assertThat(ConflictOfInterest.between(new Assessor(null, List.of("Trường Cao đẳng Lào Cai")), request)).isEmpty();
        assertThat(ConflictOfInterest.between(new Assessor("p-1", List.of("Ủy ban nhân dân tỉnh Lào Cai")), request))
                .isPresent();
        // Diacritics are kept: "Sở Y tế" is not "Sở Y Tê".
        assertThat(ConflictOfInterest.between(new Assessor("p-2", List.of("Sở Y Tê")),
                                              Parties.organisations(List.of("Sở Y tế")))).isEmpty();
        Parties noIds = new Parties(Arrays.asList((String) null).stream().collect(java.util.stream.Collectors.toSet()),
                                    null, null);
        assertThat(ConflictOfInterest.between(new Assessor(null, null), noIds)).isEmpty();
    }
}
