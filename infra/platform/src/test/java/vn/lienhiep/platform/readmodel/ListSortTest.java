package vn.lienhiep.platform.readmodel;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

import vn.lienhiep.kernel.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListSortTest {

    private final ListSort sorts = ListSort.defaultOrder(Sort.by("searchName", "_id"))
            .field("name", "sortName").field("admittedOn", "admittedOn").build();

    @Test
    void noSortKeepsTheDefaultOrder() {
        assertThat(sorts.parse(null)).isEqualTo(Sort.by("searchName", "_id"));
        assertThat(sorts.parse(" ")).isEqualTo(Sort.by("searchName", "_id"));
    }

    @Test
    void aFieldSortsAscendingAMinusDescendingAndIdBreaksTies() {
        assertThat(sorts.parse("name")).isEqualTo(Sort.by(Sort.Direction.ASC, "sortName").and(Sort.by("_id")));
        assertThat(sorts.parse("-admittedOn"))
                .isEqualTo(Sort.by(Sort.Direction.DESC, "admittedOn").and(Sort.by("_id")));
    }

    @Test
    void anythingElseIsInvalidInputOnSortListingTheValues() {
        assertThat(sorts.values()).containsExactly("name", "-name", "admittedOn", "-admittedOn");
        for (String bogus : new String[] {"bogus", "sortName", "--name", "+name", "name,admittedOn", "-"}) {
            assertThatThrownBy(() -> sorts.parse(bogus)).isInstanceOfSatisfying(InvalidInput.class, e -> {
                assertThat(e.field()).isEqualTo("sort");
                assertThat(e.messageVi()).contains("name, -name, admittedOn, -admittedOn");
                assertThat(e.messageEn()).isEqualTo("must be one of: name, -name, admittedOn, -admittedOn");
            });
        }
    }
}
