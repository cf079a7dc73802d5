package org.triagem.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.triagem.application.IntakeOutcome;
import org.triagem.application.OperationalMetrics;

/**
 * Counts the contacts an intake endpoint turned away: every 4xx answer of a resource marked
 * {@link IntakeChannel} (invalid input 400, a bad signature 401, too large 413, too many 429). Counted
 * here, on the answer, because each refusal is raised in a different place (Bean Validation, the
 * signature check, the size limit, the JSON reader) and all of them end as a problem+json answer.
 */
@Provider
@ApplicationScoped
public class IntakeRefusals implements ContainerResponseFilter {

    @Inject
    OperationalMetrics metrics;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatusInfo().getFamily() != Response.Status.Family.CLIENT_ERROR) {
            return;
        }
        Class<?> type = resource.getResourceClass();
        IntakeChannel channel = type == null ? null : type.getAnnotation(IntakeChannel.class);
        if (channel != null) {
            metrics.contactTaken(channel.value(), IntakeOutcome.REFUSED);
        }
    }
}
