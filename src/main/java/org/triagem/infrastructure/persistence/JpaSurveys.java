package org.triagem.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.triagem.domain.model.survey.Survey;
import org.triagem.domain.model.survey.SurveyRepository;

/** The survey table. */
@ApplicationScoped
public class JpaSurveys implements SurveyRepository {

    @PersistenceContext(unitName = "triagem")
    EntityManager em;

    @Override
    public void add(Survey survey) {
        em.persist(survey);
    }

    @Override
    public Optional<Survey> find(long id) {
        return Optional.ofNullable(em.find(Survey.class, id));
    }

    @Override
    public Optional<Survey> findForAnswer(long id) {
        return Optional.ofNullable(em.find(Survey.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Survey> forCase(String protocol) {
        return em.createNamedQuery("Survey.forCase", Survey.class).setParameter("protocol", protocol)
                .getResultList();
    }

    @Override
    public Optional<OffsetDateTime> lastNpsOfferedTo(String customerKey) {
        return Optional.ofNullable(em.createNamedQuery("Survey.lastNpsOffered", OffsetDateTime.class)
                .setParameter("customerKey", customerKey).getSingleResult());
    }
}
