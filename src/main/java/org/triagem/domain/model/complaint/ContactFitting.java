package org.triagem.domain.model.complaint;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes one contact's fields fit their columns, whichever channel it came by. What is cut is not lost
 * where it matters: the full subject and customer details head the description, under a line that
 * tells the staff why (pt-BR, like the description itself).
 */
final class ContactFitting {

    static final String HEADING = "[Triagem: campos longos demais para o cadastro, completos abaixo]";

    private final List<String> kept = new ArrayList<>();

    String subject(String subject) {
        return keep("Assunto", FieldSizes.withoutNul(subject), FieldSizes.SUBJECT);
    }

    Customer customer(Customer c) {
        if (FieldSizes.fits(c.name(), FieldSizes.CUSTOMER_NAME) && FieldSizes.fits(c.email(), FieldSizes.CUSTOMER_EMAIL)
                && FieldSizes.fits(c.phone(), FieldSizes.CUSTOMER_PHONE)) {
            return c;
        }
        String name = keep("Nome", FieldSizes.withoutNul(c.name()), FieldSizes.CUSTOMER_NAME);
        // An address over 254 characters is no address one can write to (RFC 5321 4.5.3.1): not stored.
        String email = FieldSizes.fits(c.email(), FieldSizes.CUSTOMER_EMAIL) ? c.email() : dropped("E-mail", c.email());
        String phone = FieldSizes.fits(c.phone(), FieldSizes.CUSTOMER_PHONE) ? c.phone() : dropped("Telefone", c.phone());
        return new Customer(name, email, phone, c.cpf());
    }

    List<Attachment> attachments(List<Attachment> files) {
        return files.stream().map(a -> FieldSizes.fits(a.fileName(), FieldSizes.FILE_NAME)
                        && FieldSizes.fits(a.contentType(), FieldSizes.CONTENT_TYPE) ? a
                : new Attachment(FieldSizes.fitFileName(a.fileName()),
                        FieldSizes.fits(a.contentType(), FieldSizes.CONTENT_TYPE) ? a.contentType() : null,
                        a.content())).toList();
    }

    /** The description, headed by the full values that were cut, and itself within its column. */
    String description(String description) {
        String text = FieldSizes.withoutNul(description);
        if (!kept.isEmpty()) {
            text = HEADING + "\n" + String.join("\n", kept) + "\n\n" + text;
        }
        return FieldSizes.fit(text, FieldSizes.DESCRIPTION);
    }

    private String keep(String label, String value, int max) {
        if (FieldSizes.fits(value, max)) {
            return value;
        }
        kept.add(label + ": " + value);
        return FieldSizes.fit(value, max);
    }

    private String dropped(String label, String value) {
        kept.add(label + ": " + value);
        return null;
    }
}
