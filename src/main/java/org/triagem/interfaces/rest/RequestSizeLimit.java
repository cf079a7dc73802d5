package org.triagem.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses bodies over 256 KB: no public endpoint needs more (a description is capped at 64 KB), and
 * reading a huge body only to refuse it is an easy denial of service. A declared Content-Length is
 * refused before anything is read; a body without one (chunked) is read up to one byte past the
 * limit and no further, so the framing cannot smuggle a larger body past the check.
 */
@Provider
@PreMatching
public class RequestSizeLimit implements ContainerRequestFilter {

    static final int MAX_BODY_BYTES = 256 * 1024;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (request.getLength() > MAX_BODY_BYTES) {
            refuse(request);
        } else if (request.getLength() < 0 && request.hasEntity()) {
            InputStream body = request.getEntityStream();
            byte[] head = body.readNBytes(MAX_BODY_BYTES + 1);
            if (head.length > MAX_BODY_BYTES) {
                refuse(request);
            } else {
                request.setEntityStream(new ByteArrayInputStream(head));
            }
        }
    }

    private static void refuse(ContainerRequestContext request) {
        request.abortWith(Problem.of("payload-too-large", "Request too large", 413,
                "The request body may have at most 256 KB.").toResponse());
    }
}
