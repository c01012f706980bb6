package vn.lienhiep.membership.workforce;

import java.time.LocalDate;
import java.util.Map;

import vn.lienhiep.membership.workforce.domain.WorkforceDegreeBucket;
import vn.lienhiep.membership.workforce.domain.WorkforceField;
import vn.lienhiep.membership.workforce.domain.WorkforceFigures;
import vn.lienhiep.membership.workforce.domain.WorkforceSector;

/** Lào Cai's workforce as of 10/5/2022 (docs/domain/README.md#source-lao-cai-2023, docs/domain/reports.md#membership-seed-figures), the figures R-M1 must reproduce exactly. */
public final class LaoCaiSnapshot {

    public static final LocalDate AS_OF = LocalDate.of(2022, 5, 10);
    public static final String SOURCE = "Sở Nội vụ tỉnh Lào Cai";

    private LaoCaiSnapshot() {
    }

    public static Map<WorkforceSector, Integer> bySector() {
        return Map.of(WorkforceSector.VIEN_CHUC, 19_589, WorkforceSector.CAN_BO_CONG_CHUC, 2_131);
    }

    public static Map<WorkforceDegreeBucket, Integer> byDegreeBucket() {
        return Map.of(WorkforceDegreeBucket.DOCTORATE_OR_SPECIALIST_II, 50,
                      WorkforceDegreeBucket.MASTER_OR_SPECIALIST_I, 1_368,
                      WorkforceDegreeBucket.BACHELOR_OR_COLLEGE, 20_302);
    }

    public static Map<WorkforceField, Integer> byField() {
        return Map.of(WorkforceField.KHCN, 98, WorkforceField.VHTTDL, 227, WorkforceField.Y_TE, 2_543,
                      WorkforceField.GDDT, 1_613, WorkforceField.MANAGEMENT_AND_ENTERPRISE, 17_239);
    }

    public static WorkforceFigures figures(String source) {
        return new WorkforceFigures(AS_OF, source, 25_256, 21_720, bySector(), byDegreeBucket(), byField());
    }
}
