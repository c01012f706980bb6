package vn.lienhiep.membership.expert.domain;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import vn.lienhiep.kernel.Inputs;
import vn.lienhiep.kernel.InvalidInput;
import vn.lienhiep.kernel.text.VietnameseText;

/**
 * What an expert declares. Employers and positions are mandatory because Review's conflict-of-interest check reads
 * them; the two consents are the expert's own choices under Decree 13/2023/NĐ-CP.
 *
 * @param consentToPublishName whether the expert's name may appear in public events
 */
public record ExpertDetails(List<String> expertiseFields, String specialisations, ExpertScope scope,
                            Integer yearsExperience, List<String> employers, List<String> positions,
                            Availability availability, boolean consentToProcessPersonalData,
                            boolean consentToPublishName) {

    public ExpertDetails {
        expertiseFields = cleaned(expertiseFields).stream().distinct().sorted().toList();
        specialisations = VietnameseText.clean(specialisations);
        if (specialisations != null && specialisations.isEmpty()) {
            specialisations = null;
        }
        Inputs.required(scope, "scope");
        Inputs.required(availability, "availability");
        if (yearsExperience != null && (yearsExperience < 0 || yearsExperience > 80)) {
            throw new InvalidInput("yearsExperience", "số năm kinh nghiệm phải từ 0 đến 80",
                                   "years of experience must be between 0 and 80");
        }
        employers = cleaned(employers).stream().distinct().toList();
        positions = cleaned(positions).stream().distinct().toList();
    }

    private static List<String> cleaned(Collection<String> values) {
        return values == null ? List.of()
                : values.stream().filter(Objects::nonNull).map(VietnameseText::clean).filter(s -> !s.isEmpty())
                        .toList();
    }
}
