package vn.lienhiep.membership.person.projection;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.lienhiep.membership.common.projection.HistoryDescriber;
import vn.lienhiep.membership.common.projection.HistoryLine;
import vn.lienhiep.membership.person.domain.PersonEvents;
import vn.lienhiep.membership.person.domain.PersonEvents.*;

/**
 * How person events read in a history. Membership lines belong to the person's AND the organisation's history.
 * Lines never repeat contact data or the national id: histories are shown more widely than the record itself.
 */
@Component
public class PersonHistory implements HistoryDescriber {

    @Override
    public Optional<HistoryLine> describe(Object event) {
        if (!(event instanceof PersonEvents e)) {
            return Optional.empty();
        }
        String person = HistoryLine.person(e.personId());
        if (e instanceof PersonRegistered r) {
            return Optional.of(new HistoryLine(List.of(person), "Đăng ký hồ sơ cá nhân: " + r.profile().fullName(),
                    "Person registered: " + r.profile().fullName(), null, null));
        }
        if (e instanceof PersonProfileUpdated u) {
            return Optional.of(new HistoryLine(List.of(person),
                    "Cập nhật hồ sơ (trình độ: " + u.profile().degree().labelVi() + ")",
                    "Profile updated (degree: " + u.profile().degree().labelEn() + ")", u.effectiveDate(), null));
        }
        if (e instanceof MembershipStarted s) {
            return Optional.of(new HistoryLine(List.of(person, HistoryLine.organization(s.organizationId())),
                    "Bắt đầu là " + s.memberType().labelVi().toLowerCase() + " từ " + s.since(),
                    "Became " + s.memberType().labelEn().toLowerCase() + " from " + s.since(), s.since(), null));
        }
        if (e instanceof MembershipEnded m) {
            return Optional.of(new HistoryLine(List.of(person, HistoryLine.organization(m.organizationId())),
                    "Thôi là hội viên từ " + m.until() + (m.reason() == null ? "" : ": " + m.reason()),
                    "Membership ended on " + m.until() + (m.reason() == null ? "" : ": " + m.reason()), m.until(),
                    null));
        }
        return Optional.empty();
    }
}
