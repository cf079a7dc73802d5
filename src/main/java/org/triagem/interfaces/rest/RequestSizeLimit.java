package org.triagem.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

/**
 * Refuses bodies over 256 KB: no public endpoint needs more (a description is capped at 64 KB), and
 * reading a huge body only to refuse it is an easy denial of service. The one exception is a
 * customer's message on the status page, which may carry a document of up to 5 MB in base64: up to
 * 8 MB there. A declared Content-Length is refused before anything is read; a body without one
 * (chunked) is read up to one byte past the limit and no further, so the framing cannot smuggle a
 * larger body past the check.
 */
@Provider
@PreMatching
public class RequestSizeLimit implements ContainerRequestFilter {

    static final int MAX_BODY_BYTES = 256 * 1024;
    /** A 5 MB document is 6.7 MB in base64, with room for the text beside it. */
    static final int MAX_CUSTOMER_MESSAGE_BYTES = 8 * 1024 * 1024;
    private static final Pattern CUSTOMER_MESSAGE = Pattern.compile("/?public/cases/[^/]+/messages/?");

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        int limit = CUSTOMER_MESSAGE.matcher(request.getUriInfo().getPath()).matches()
                ? MAX_CUSTOMER_MESSAGE_BYTES : MAX_BODY_BYTES;
        if (request.getLength() > limit) {
            refuse(request, limit);
        } else if (request.getLength() < 0 && request.hasEntity()) {
            InputStream body = request.getEntityStream();
            byte[] head = body.readNBytes(limit + 1);
            if (head.length > limit) {
                refuse(request, limit);
            } else {
                request.setEntityStream(new ByteArrayInputStream(head));
            }
        }
    }

    private static void refuse(ContainerRequestContext request, int limit) {
        String most = limit >= 1024 * 1024 ? limit / (1024 * 1024) + " MB" : limit / 1024 + " KB";
        request.abortWith(Problem.of("payload-too-large", "Request too large", 413,
                "The request body may have at most " + most + ".").toResponse());
    }
}
