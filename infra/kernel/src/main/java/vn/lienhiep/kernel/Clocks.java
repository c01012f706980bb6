package vn.lienhiep.kernel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates in the union's time zone: a decision "dated today" means today in Vietnam, not in UTC. */
public final class Clocks {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Clocks() {
    }

    public static Clock vietnam() {
        return Clock.system(VIETNAM);
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(VIETNAM));
    }

    /** An act's effective date: the one it says, or today when it says none (an act recorded as it happens). */
    public static LocalDate orToday(LocalDate date, Clock clock) {
        return date != null ? date : today(clock);
    }
}
