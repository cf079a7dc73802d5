package org.triagem.infrastructure.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.triagem.application.subject.PdfRenderer;

/**
 * Renders XHTML with openhtmltopdf. Every external resource is refused before its URI is even resolved
 * (images, style sheets, fonts, links of any protocol): the documents carry their style inline and the
 * text is escaped, but a refusal here holds even if some text slipped through.
 */
@ApplicationScoped
public class OpenHtmlPdfRenderer implements PdfRenderer {

    static {
        // Its INFO lines ("Using fast-mode renderer") come with every document, and a warning may quote a
        // piece of the document: personal data stays out of the logs, so the renderer says nothing.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    @Override
    public byte[] render(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.useUriResolver((base, uri) -> null);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be rendered", e);
        }
        return pdf.toByteArray();
    }
}
