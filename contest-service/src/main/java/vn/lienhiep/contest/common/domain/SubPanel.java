package vn.lienhiep.contest.common.domain;

import java.util.List;
import java.util.Optional;

import vn.lienhiep.kernel.InvalidInput;

/**
 * A sub-panel of the jury (tiểu ban) judging one field: its chair (a member of the panel) and its judges. Each entry
 * of the field is scored independently by two of them; a divergence sends it to the whole sub-panel.
 */
public record SubPanel(String field, String chairId, List<Judge> judges) {

    public SubPanel {
        judges = judges == null ? List.of() : List.copyOf(judges);
        if (judges.isEmpty()) {
            throw new InvalidInput("subPanels.judges", "tiểu ban cần ít nhất một giám khảo",
                                   "a sub-panel needs at least one judge");
        }
        if (judges.stream().map(Judge::judgeId).distinct().count() != judges.size()) {
            throw new InvalidInput("subPanels.judges", "một giám khảo được nêu hai lần", "a judge is listed twice");
        }
        if (chairId != null && judges.stream().noneMatch(j -> j.judgeId().equals(chairId))) {
            throw new InvalidInput("subPanels.chairId", "trưởng tiểu ban phải là thành viên tiểu ban",
                                   "the chair must be a member of the sub-panel");
        }
    }

    public Optional<Judge> judge(String judgeId) {
        return judges.stream().filter(j -> j.judgeId().equals(judgeId)).findFirst();
    }

    public boolean has(String judgeId) {
        return judge(judgeId).isPresent();
    }
}
