package vn.lienhiep.membership.workforce.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.lienhiep.membership.workforce.LaoCaiSnapshot;

import static org.assertj.core.api.Assertions.assertThat;

class IntellectualStructureTest {

    @Test
    void reproducesLaoCaiSeedExactly() {
        IntellectualStructure r = IntellectualStructure.of("ws-1", LaoCaiSnapshot.figures(LaoCaiSnapshot.SOURCE));

        assertThat(r.totalCivilServants()).isEqualTo(25_256);
        assertThat(r.intellectualsTotal()).isEqualTo(21_720);
        assertThat(r.intellectualSharePercent()).isEqualTo(86);
        assertThat(r.intellectualShare()).isEqualByComparingTo("86.00");

        assertThat(lines(r.byDegreeBucket())).containsExactly(
                "DOCTORATE_OR_SPECIALIST_II 50 0.23", "MASTER_OR_SPECIALIST_I 1368 6.30",
                "BACHELOR_OR_COLLEGE 20302 93.47");
        assertThat(lines(r.byField())).containsExactly(
                "KHCN 98 0.45", "VHTTDL 227 1.05", "Y_TE 2543 11.71", "GDDT 1613 7.43",
                "MANAGEMENT_AND_ENTERPRISE 17239 79.37");
        assertThat(lines(r.bySector())).containsExactly("VIEN_CHUC 19589 90.19", "CAN_BO_CONG_CHUC 2131 9.81");
        assertThat(r.checks()).allMatch(IntellectualStructure.Check::passes).hasSize(3);
        assertThat(r.byField().get(0).labelVi()).isEqualTo("Khoa học và công nghệ");
    }

    @Test
    void roundsHalfUpAndSurvivesAnEmptyWorkforce() {
        assertThat(IntellectualStructure.percent(1, 8, 2)).isEqualTo(new BigDecimal("12.50"));
        assertThat(IntellectualStructure.percent(1, 200, 0)).isEqualTo(new BigDecimal("1")); // 0.5 -> 1
        assertThat(IntellectualStructure.percent(1, 201, 0)).isEqualTo(new BigDecimal("0"));
        WorkforceFigures none = new WorkforceFigures(LocalDate.of(2020, 1, 1), "x", 0, 0, Map.of(), Map.of(), Map.of());
        IntellectualStructure r = IntellectualStructure.of("ws-0", none);
        assertThat(r.intellectualSharePercent()).isZero();
        assertThat(r.byField()).allMatch(s -> s.percent().signum() == 0).hasSize(5);
    }

    @Test
    void picksTheLatestSnapshotOnOrBeforeTheDate() {
        record S(String id, LocalDate asOf) {
        }
        List<S> all = List.of(new S("a", LocalDate.of(2021, 1, 1)), new S("b", LocalDate.of(2022, 5, 10)),
                              new S("c", LocalDate.of(2023, 1, 1)), new S("b2", LocalDate.of(2022, 5, 10)));
        assertThat(IntellectualStructure.latestAsOf(all, S::asOf, LocalDate.of(2022, 12, 31)))
                .map(S::id).contains("b2");
        assertThat(IntellectualStructure.latestAsOf(all, S::asOf, LocalDate.of(2021, 1, 1))).map(S::id).contains("a");
        assertThat(IntellectualStructure.latestAsOf(all, S::asOf, LocalDate.of(2020, 12, 31))).isEmpty();
    }

    private static List<String> lines(List<IntellectualStructure.Share> shares) {
        return shares.stream().map(s -> s.key() + " " + s.count() + " " + s.percent().toPlainString()).toList();
    }
}
