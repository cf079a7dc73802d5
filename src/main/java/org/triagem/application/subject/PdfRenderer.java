package org.triagem.application.subject;

/** Turns a self-contained XHTML document into a PDF (port; the adapter fetches nothing). */
public interface PdfRenderer {

    byte[] render(String xhtml);
}
