package org.triagem.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;

/**
 * Refuses bodies over 256 KB before they are read: no public endpoint needs more (a description is
 * capped at 64 KB), and reading a huge body only to refuse it is an easy denial of service.
 */
@Provider
public class RequestSizeLimit implements ContainerRequestFilter {

    static final long MAX_BODY_BYTES = 256 * 1024;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (request.getLength() > MAX_BODY_BYTES) {
            request.abortWith(Problem.of("payload-too-large", "Request too large", 413,
                    "The request body may have at most 256 KB.").toResponse());
        }
    }
}
