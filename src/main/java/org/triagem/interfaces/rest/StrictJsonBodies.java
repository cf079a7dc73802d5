package org.triagem.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Checks every JSON body bound to a request type ({@link StrictJson}) and answers 400 naming each
 * field at fault. Bodies read raw (the signed phone webhook reads bytes to verify their signature
 * first) are left to their reader. The body is already bounded by {@link RequestSizeLimit}.
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Class<?> type = context.getType();
        if (context.getMediaType() == null || !MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())
                || type == InputStream.class || type == byte[].class || type == String.class) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        List<Problem.FieldError> errors = body.length == 0 ? List.of() : StrictJson.check(body, type);
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of("invalid-input", "Invalid input", 400, "Please correct: "
                    + String.join(", ", errors.stream().map(Problem.FieldError::field).distinct().toList()))
                    .withErrors(errors));
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }
}
