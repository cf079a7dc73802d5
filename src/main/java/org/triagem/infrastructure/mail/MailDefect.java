package org.triagem.infrastructure.mail;

/**
 * A way in which a message breaks the MIME rules that the parser worked around. Each is noted on the
 * case it becomes, in the staff's language, because the text they read may be incomplete or the
 * attachments damaged; none of them alone sends a message to quarantine.
 */
public enum MailDefect {

    MALFORMED_HEADER_BLOCK("cabeçalho da mensagem malformado"),
    UNENCODED_HEADER("cabeçalho com acentos sem codificação, lido como windows-1252"),
    BROKEN_ENCODED_WORD("assunto ou remetente com codificação incompleta"),
    BROKEN_MULTIPART("estrutura de partes (multipart) danificada, lida como um leitor de e-mail a leria"),
    BAD_CONTENT_TYPE("cabeçalho Content-Type malformado, lido até onde foi possível"),
    BAD_TRANSFER_ENCODING("codificação de transferência danificada, mantido o que pôde ser decodificado"),
    UNKNOWN_CHARSET("conjunto de caracteres desconhecido, lido como UTF-8 ou windows-1252"),
    BINARY_TEXT_PART("parte de texto com conteúdo binário, descartada");

    private final String note;

    MailDefect(String note) {
        this.note = note;
    }

    /** What the staff reading the case are told, in pt-BR. */
    public String note() {
        return note;
    }
}
