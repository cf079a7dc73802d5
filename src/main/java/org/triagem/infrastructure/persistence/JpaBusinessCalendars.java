package org.triagem.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.triagem.domain.model.department.BusinessCalendar;
import org.triagem.domain.model.department.BusinessCalendars;
import org.triagem.domain.model.department.DepartmentCalendar;

/** Departments' calendars in {@code department_calendar}; the row {@code '*'} is the default. */
@ApplicationScoped
public class JpaBusinessCalendars implements BusinessCalendars {

    @PersistenceContext(unitName = "triagem")
    EntityManager em;

    @Override
    public BusinessCalendar of(String department) {
        return find(department).or(() -> find(DepartmentCalendar.DEFAULT))
                .map(DepartmentCalendar::toBusinessCalendar)
                .orElseGet(BusinessCalendar::standard);
    }

    @Override
    public Optional<DepartmentCalendar> find(String department) {
        return Optional.ofNullable(em.find(DepartmentCalendar.class, department));
    }

    @Override
    public void add(DepartmentCalendar calendar) {
        em.persist(calendar);
    }
}
