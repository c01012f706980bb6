package vn.lienhiep.contest.common.domain;

import vn.lienhiep.kernel.Inputs;

/**
 * A member of the jury (Ban Giám khảo) as the committee's decision appoints them: the person they are (a judge's
 * token names the same person id, so they score as themselves), their name and workplace (conflict of interest
 * compares workplaces with the authors').
 */
public record Judge(String judgeId, String name, String workplace) {

    public Judge {
        judgeId = Inputs.text(judgeId, "judges.judgeId");
        name = Inputs.text(name, "judges.name");
        workplace = Inputs.optionalText(workplace);
    }
}
