package org.triagem.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/**
 * Says every problem document in the asker's language (Accept-Language: pt-BR unless English is
 * preferred), whoever made it: a resource, an exception mapper, a filter that refused the request. Done
 * here, on the answer, so the many places that raise problems stay free of request headers. The type,
 * the status and the other members do not change; Content-Language says which language was used.
 */
@Provider
public class ProblemLanguage implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem) {
            ProblemTexts texts = ProblemTexts.forLanguages(wanted(request));
            response.setEntity(texts.translate(problem));
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, texts.languageTag());
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        }
    }

    private static List<Locale> wanted(ContainerRequestContext request) {
        try {
            return request.getAcceptableLanguages();
        } catch (RuntimeException unreadable) {
            // A header we cannot read asks for nothing in particular.
            return List.of();
        }
    }
}
