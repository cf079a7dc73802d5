package org.triagem.infrastructure.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF adapter renders pt-BR text with the built-in fonts and fetches nothing a document names. */
class OpenHtmlPdfRendererTest {

    @Test
    void rendersPortugueseTextIntoARealPdf() throws Exception {
        byte[] pdf = new OpenHtmlPdfRenderer().render("<html><body><p>Histórico: ação, cobrança, 12/10/2026</p>"
                + "</body></html>");

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Histórico: ação, cobrança");
        }
    }

    @Test
    void neverFetchesAnImageStyleSheetOrFontTheDocumentNames() throws Exception {
        AtomicInteger fetched = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            fetched.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String at = "http://127.0.0.1:" + server.getAddress().getPort();
            byte[] pdf = new OpenHtmlPdfRenderer().render("<html><head><link rel=\"stylesheet\" href=\"" + at
                    + "/s.css\"/><style>@font-face{font-family:x;src:url(" + at + "/f.ttf)} body{font-family:x;"
                    + "background:url(" + at + "/b.png)}</style></head><body><img src=\"" + at + "/i.png\"/>"
                    + "<p>texto</p></body></html>");

            assertThat(pdf).isNotEmpty();
            assertThat(fetched.get()).isZero();
        } finally {
            server.stop(0);
        }
    }
}
