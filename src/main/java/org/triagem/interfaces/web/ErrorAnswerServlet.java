package org.triagem.interfaces.web;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.triagem.interfaces.rest.Problem;
import org.triagem.interfaces.rest.ProblemLanguage;

/**
 * The answer to errors the container raises itself, before any resource runs: the anonymous 401 of
 * the staff API, a path it refuses to decode ({@code %00}, {@code %2F}, {@code ..;}), a 404 outside
 * the API. Without it they are an empty body or Liberty's HTML page. The API gets RFC 9457
 * problem+json like every other error; a page gets a short pt-BR page. Neither echoes the request.
 */
@WebServlet(urlPatterns = ErrorAnswerServlet.PATH)
public class ErrorAnswerServlet extends HttpServlet {

    static final String PATH = "/error-answer";

    /** What each status means to the person who met it (title, then a sentence). */
    private static final Map<Integer, String[]> WORDS = Map.of(
            400, new String[] {"Bad request", "The request could not be read: check the address and the body."},
            401, new String[] {"Sign-in required", "Sign in to use this part of Triagem."},
            403, new String[] {"Forbidden", "You may not do this."},
            404, new String[] {"Not found", "There is nothing at this address."},
            405, new String[] {"Method not allowed", "This address does not accept that method."},
            500, new String[] {"Internal error", "Something went wrong on our side. Please try again."});

    private static final String PAGE = """
            <!DOCTYPE html><html lang="pt-BR"><head><meta charset="utf-8"><title>Triagem</title>
            <link rel="stylesheet" href="/css/triagem.css"></head><body><main>
            <h1>Não foi possível abrir esta página</h1>
            <p>O endereço não existe ou não pode ser lido. <a href="/">Voltar ao início</a>.</p>
            </main></body></html>
            """;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : response.getStatus();
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        response.setStatus(status);
        SecurityHeadersFilter.addTo(response);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (uri != null && !uri.startsWith("/api/") && status == 404) {
            response.setContentType("text/html");
            response.getWriter().write(PAGE);
            return;
        }
        String[] words = WORDS.getOrDefault(status, new String[] {"Error", "The request could not be answered."});
        writeProblem(request, response, Problem.of("http-" + status, words[0], status, words[1]));
    }

    /** A problem written outside JAX-RS, in the language the request's Accept-Language prefers. */
    static void writeProblem(HttpServletRequest request, HttpServletResponse response, Problem problem)
            throws IOException {
        Map.Entry<Problem, String> said = ProblemLanguage.said(problem, request.getHeader("Accept-Language"));
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Language", said.getValue());
        response.addHeader("Vary", "Accept-Language");
        response.getWriter().write(Json.createObjectBuilder().add("type", said.getKey().type())
                .add("title", said.getKey().title()).add("status", problem.status())
                .add("detail", said.getKey().detail()).build().toString());
    }
}
