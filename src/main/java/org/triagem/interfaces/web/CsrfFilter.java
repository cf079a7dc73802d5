package org.triagem.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.triagem.interfaces.rest.Problem;

/**
 * CSRF protection for the staff API. Session cookies are SameSite=Strict, and in addition every
 * state-changing call must carry the {@code X-Triagem-CSRF: 1} header: a page of another origin cannot
 * add a custom header without a CORS preflight, which this server never grants. Intake channels are
 * exempt: they are public and create no session-bound change (the phone webhook is signed).
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class CsrfFilter extends HttpFilter {

    public static final String HEADER = "X-Triagem-CSRF";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (SAFE.contains(request.getMethod()) || path.startsWith("/api/intake/") || "1".equals(request.getHeader(HEADER))) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        ErrorAnswerServlet.writeProblem(request, response, Problem.of("csrf", "Missing CSRF header", 403,
                "State-changing calls must send the header " + HEADER + ": 1."));
    }
}
