/**
 * PDF documents from our own escaped XHTML, with openhtmltopdf on PDFBox: the built-in PDF fonts (which
 * cover Latin-1, all pt-BR needs) and no external resource of any kind, so a document never reaches the
 * network or the file system whatever its text says.
 */
package org.triagem.infrastructure.pdf;
