package org.triagem.domain.model.department;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A stored day off of one department (JPA cannot embed the {@link Holiday} record itself). */
@Embeddable
public class DayOff {

    @Column(name = "day_off", nullable = false)
    private LocalDate date;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    protected DayOff() {
        // for JPA
    }

    DayOff(Holiday holiday) {
        this.date = holiday.date();
        this.name = holiday.name();
    }

    Holiday toHoliday() {
        return new Holiday(date, name);
    }
}
