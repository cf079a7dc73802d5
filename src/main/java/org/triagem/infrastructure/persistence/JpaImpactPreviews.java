package org.triagem.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.triagem.domain.model.impact.ImpactPreview;
import org.triagem.domain.model.impact.ImpactPreviews;

/**
 * The finished impact previews (migration 44): a summary is written once and read whole, so it is kept
 * as one JSON document, with the version and the finishing time beside it to find the latest.
 */
@ApplicationScoped
public class JpaImpactPreviews implements ImpactPreviews {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "triagem")
    EntityManager em;

    @Override
    public void store(ImpactPreview preview) {
        em.createNativeQuery("INSERT INTO impact_preview (proposed_version, active_version, days, complaints,"
                        + " finished_at, preview) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, preview.proposedVersion())
                .setParameter(2, preview.activeVersion())
                .setParameter(3, preview.days())
                .setParameter(4, preview.summary().complaints())
                .setParameter(5, preview.finishedAt())
                .setParameter(6, JSON.toJson(preview))
                .executeUpdate();
    }

    @Override
    public Optional<ImpactPreview> latestFor(long proposedVersion) {
        @SuppressWarnings("unchecked")
        List<Object> found = em.createNativeQuery("SELECT preview FROM impact_preview WHERE proposed_version = ?1"
                        + " ORDER BY finished_at DESC, id DESC")
                .setParameter(1, proposedVersion).setMaxResults(1).getResultList();
        return found.stream().findFirst().map(json -> JSON.fromJson((String) json, ImpactPreview.class));
    }
}
