package org.triagem.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /**
     * For the few answers written outside JAX-RS (a servlet filter, the container's error page): the
     * problem said in the language of this Accept-Language header, and that language's tag.
     */
    public static Map.Entry<Problem, String> said(Problem problem, String acceptLanguage) {
        ProblemTexts texts = ProblemTexts.forHeader(acceptLanguage);
        return Map.entry(texts.translate(problem), texts.languageTag());
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
