package vn.lienhiep.contracts.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Identity claims are read at a dotted path; only a single string or number names an identity. */
class ClaimPathsTest {

    @Test
    void aFlatOrNestedIdIsFound() {
        Map<String, Object> claims = Map.of("person", "p-1", "lienhiep", Map.of("expert", "e-7"), "n", 42);

        assertThat(ClaimPaths.idAt(claims, "person")).isEqualTo("p-1");
        assertThat(ClaimPaths.idAt(claims, "lienhiep.expert")).isEqualTo("e-7");
        assertThat(ClaimPaths.idAt(claims, "n")).isEqualTo("42");
    }

    @Test
    void absentBlankOrAmbiguousClaimsNameNobody() {
        Map<String, Object> claims = Map.of("blank", "  ", "many", List.of("e-1", "e-2"), "object", Map.of("id", "x"));

        assertThat(ClaimPaths.idAt(claims, "missing")).isNull();
        assertThat(ClaimPaths.idAt(claims, "blank")).isNull();
        assertThat(ClaimPaths.idAt(claims, "many")).isNull();
        assertThat(ClaimPaths.idAt(claims, "object")).isNull();
        assertThat(ClaimPaths.idAt(claims, "blank.deeper")).isNull();
    }
}
