package vn.lienhiep.kernel.interest;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.lienhiep.kernel.Labelled;
import vn.lienhiep.kernel.text.VietnameseText;

/**
 * The platform's ONE conflict-of-interest rule, shared by review's panels and the contests' juries: a person may not
 * assess what they are a party to, what a colleague of the same organisation is a party to, or what they supervised.
 * Each context names its parties (review: the requester and the drafting body; contests: the authors, their units,
 * the supervisor) and turns a {@link Conflict} into its own rule code; the comparison is made here once, on canonical
 * names (NFC, case and spacing folded, diacritics kept: "Sở Y tế" is not "Sở Y Tê").
 */
public final class ConflictOfInterest {

    /** Why an assessor is conflicted. */
    public enum Kind implements Labelled {
        /** The assessor is one of the parties (an author of the entry, an author of the proposal). */
        PARTY("Là tác giả hoặc bên liên quan", "Is an author or a party"),
        /** The assessor works for an organisation that is a party, or where a party works. */
        SAME_ORGANISATION("Cùng cơ quan, đơn vị với bên liên quan", "Works for the same organisation as a party"),
        /** The assessor supervised the work (a pupil's supervising teacher). */
        SUPERVISOR("Là người hướng dẫn", "Supervised the work");

        private final String labelVi;
        private final String labelEn;

        Kind(String labelVi, String labelEn) {
            this.labelVi = labelVi;
            this.labelEn = labelEn;
        }

        @Override
        public String labelVi() {
            return labelVi;
        }

        @Override
        public String labelEn() {
            return labelEn;
        }
    }

    /**
     * Who would assess.
     *
     * @param personId    the person they are (membership's id), or null when unknown
     * @param workplaces their employers or units, as written
     */
    public record Assessor(String personId, List<String> workplaces) {

        public Assessor {
            workplaces = workplaces == null ? List.of() : workplaces.stream().filter(w -> w != null && !w.isBlank())
                                                                     .toList();
        }
    }

    /**
     * What is assessed, by whom it is: the persons who are parties, the organisations that are parties or where a
     * party works, and the supervisors.
     */
    public record Parties(Set<String> personIds, List<String> organisations, Set<String> supervisorIds) {

        public Parties {
            personIds = personIds == null ? Set.of()
                    : personIds.stream().filter(p -> p != null).collect(java.util.stream.Collectors.toUnmodifiableSet());
            organisations = organisations == null ? List.of()
                    : organisations.stream().filter(o -> o != null && !o.isBlank()).toList();
            supervisorIds = supervisorIds == null ? Set.of()
                    : supervisorIds.stream().filter(p -> p != null).collect(java.util.stream.Collectors.toUnmodifiableSet());
        }

        /** Parties that are organisations only (review: the requester and the drafting body). */
        public static Parties organisations(Collection<String> names) {
            return new Parties(Set.of(), names == null ? List.of()
                    : names.stream().filter(n -> n != null && !n.isBlank()).toList(), Set.of());
        }
    }

    /** @param matched what matched: the person id, or the organisation's name as the assessor wrote it */
    public record Conflict(Kind kind, String matched) {
    }

    private ConflictOfInterest() {
    }

    /** The first conflict found, in the order party, supervisor, same organisation; empty when independent. */
    public static Optional<Conflict> between(Assessor assessor, Parties parties) {
        String person = assessor.personId();
        if (person != null && parties.personIds().contains(person)) {
            return Optional.of(new Conflict(Kind.PARTY, person));
        }
        if (person != null && parties.supervisorIds().contains(person)) {
            return Optional.of(new Conflict(Kind.SUPERVISOR, person));
        }
        Set<String> organisations = parties.organisations().stream().map(VietnameseText::canonicalName)
                                           .filter(o -> !o.isEmpty()).collect(java.util.stream.Collectors.toSet());
        for (String workplace : assessor.workplaces()) {
            if (organisations.contains(VietnameseText.canonicalName(workplace))) {
                return Optional.of(new Conflict(Kind.SAME_ORGANISATION, workplace));
            }
        }
        return Optional.empty();
    }
}
