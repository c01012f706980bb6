package vn.lienhiep.membership.expert.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The expert field taxonomy (taxonomy/expert-fields.json): six top-level S&amp;T groups with sub-fields, labelled in
 * Vietnamese and English. Experts may name a group or a sub-field; a search by group finds both.
 */
public record ExpertFieldTaxonomy(List<Group> groups) {

    public record Field(String code, String labelVi, String labelEn) {
    }

    public record Group(String code, String labelVi, String labelEn, List<Field> fields) {
    }

    public ExpertFieldTaxonomy {
        groups = List.copyOf(groups);
    }

    public boolean isKnown(String code) {
        return groupOf(code).isPresent();
    }

    /** The top-level group a code belongs to (a group belongs to itself). */
    public Optional<String> groupOf(String code) {
        return Optional.ofNullable(groupByCode().get(code));
    }

    private Map<String, String> groupByCode() {
        return groups.stream()
                .flatMap(g -> Stream.concat(Stream.of(Map.entry(g.code(), g.code())),
                                            g.fields().stream().map(f -> Map.entry(f.code(), g.code()))))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    public List<String> codes() {
        return groups.stream().flatMap(g -> Stream.concat(Stream.of(g.code()), g.fields().stream().map(Field::code)))
                     .toList();
    }
}
