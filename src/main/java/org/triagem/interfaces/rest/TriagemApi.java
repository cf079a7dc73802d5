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
                + " application/problem+json.",
        license = @License(name = "Apache-2.0")))
public class TriagemApi extends Application {
}
