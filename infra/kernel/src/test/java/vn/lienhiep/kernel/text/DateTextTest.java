package vn.lienhiep.kernel.text;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.lienhiep.kernel.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DateTextTest {

    @Test
    void readsTheWaysPeopleWriteADay() {
        LocalDate may15 = LocalDate.of(2010, 5, 15);
        assertThat(DateText.parse("15/05/2010")).contains(may15);
        assertThat(DateText.parse("15/5/2010")).contains(may15);
        assertThat(DateText.parse(" 15-5-2010 ")).contains(may15);
        assertThat(DateText.parse("15.05.2010")).contains(may15);
        assertThat(DateText.parse("2010-05-15")).contains(may15);
        assertThat(DateText.parse("29/02/2024")).contains(LocalDate.of(2024, 2, 29));
    }

    @Test
    void anImpossibleDayIsNoDateNotTheNearestOne() {
        assertThat(DateText.parse("31/02/1980")).isEmpty();
        assertThat(DateText.parse("29/02/2023")).isEmpty();
        assertThat(DateText.parse("31/04/2020")).isEmpty();
        assertThat(DateText.parse("2023-02-31")).isEmpty();
        assertThat(DateText.parse("00/01/2020")).isEmpty();
        assertThat(DateText.parse("1980")).isEmpty();
        assertThat(DateText.parse("")).isEmpty();
        assertThatThrownBy(() -> DateText.parse("31/02/1980", "dateOfBirth"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("dateOfBirth");
                    assertThat(e.messageVi()).contains("31/02/1980");
                });
    }

    @Test
    void displaysDayFirst() {
        assertThat(DateText.display(LocalDate.of(2010, 5, 3))).isEqualTo("03/05/2010");
    }
}
