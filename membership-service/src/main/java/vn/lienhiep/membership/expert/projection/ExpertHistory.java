package vn.lienhiep.membership.expert.projection;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.lienhiep.membership.expert.domain.ExpertEvents;
import vn.lienhiep.membership.expert.domain.ExpertEvents.*;
import vn.lienhiep.membership.common.projection.HistoryDescriber;
import vn.lienhiep.membership.common.projection.HistoryLine;
import vn.lienhiep.kernel.Clocks;

/** How expert-profile events read in the expert's and the person's history. */
@Component
public class ExpertHistory implements HistoryDescriber {

    @Override
    public Optional<HistoryLine> describe(Object event) {
        if (!(event instanceof ExpertEvents e)) {
            return Optional.empty();
        }
        List<String> subjects = List.of(HistoryLine.expert(e.expertId()), HistoryLine.person(e.personId()));
        if (e instanceof ExpertRegistered r) {
            return Optional.of(new HistoryLine(subjects,
                    "Đăng ký hồ sơ chuyên gia, lĩnh vực " + r.details().expertiseFields(),
                    "Expert profile registered, fields " + r.details().expertiseFields(), r.registeredOn(), null));
        }
        if (e instanceof ExpertVerified v) {
            return Optional.of(new HistoryLine(subjects, "Hồ sơ chuyên gia được xác minh" + suffix(v.note()),
                    "Expert profile verified" + suffix(v.note()),
                    v.verifiedAt().atZone(Clocks.VIETNAM).toLocalDate(), null));
        }
        if (e instanceof ExpertRejected r) {
            return Optional.of(new HistoryLine(subjects, "Hồ sơ chuyên gia không được chấp nhận" + suffix(r.reason()),
                    "Expert profile rejected" + suffix(r.reason()), r.effectiveDate(), null));
        }
        if (e instanceof ExpertProfileChanged c) {
            return Optional.of(new HistoryLine(subjects, "Cập nhật hồ sơ chuyên gia (" + c.status().labelVi() + ")",
                    "Expert profile updated (" + c.status().labelEn().toLowerCase() + ")", null, null));
        }
        if (e instanceof ExpertDeactivated d) {
            return Optional.of(new HistoryLine(subjects, "Ngừng hoạt động chuyên gia" + suffix(d.reason()),
                    "Expert deactivated" + suffix(d.reason()), d.effectiveDate(), null));
        }
        return Optional.empty();
    }

    private static String suffix(String text) {
        return text == null || text.isBlank() ? "" : ": " + text;
    }
}
