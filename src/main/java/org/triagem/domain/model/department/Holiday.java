package org.triagem.domain.model.department;

import java.time.LocalDate;
import java.util.Objects;

/** A day a department does not work besides the national holidays: a state or city holiday, a closure. */
public record Holiday(LocalDate date, String name) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        name = name == null || name.isBlank() ? "feriado" : name.strip();
    }
}
