package org.triagem.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** The REST API root. The OpenAPI document is served at {@code /openapi}. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Triagem API", version = "0.1.0",
        description = "Complaint intake, routing and case lifecycle for SAC teams. Errors are RFC 9457"
                + " application/problem+json, with title and detail in the language Accept-Language prefers:"
                + " pt-BR by default (none, *, or a language other than English), English for en; the type, the"
                + " status and every other member are the same in both, and Content-Language says which was used."
                + " A case's history entries carry params, codes and values to word in any language (the detail is"
                + " English, for logs).",
        license = @License(name = "Apache-2.0")))
public class TriagemApi extends Application {
}
