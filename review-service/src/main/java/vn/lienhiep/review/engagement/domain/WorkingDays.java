package vn.lienhiep.review.engagement.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Deadlines counted in working days skip Saturdays and Sundays (public holidays are not modelled yet). */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static LocalDate plus(LocalDate from, int workingDays) {
        LocalDate day = from;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }
}
