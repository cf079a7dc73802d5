package org.triagem.interfaces.channel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.triagem.domain.model.complaint.FieldSizes;
import org.triagem.domain.model.complaint.IncomingContact;

/**
 * A web form payload that bypassed the REST validation (a quarantined one replayed, an older client's)
 * still fits the columns it is stored in.
 */
class WebFormFieldSizesTest {

    @Test
    void aReplayedWebFormWithAnOverlongSubjectAndCategoryFitsItsColumns() {
        WebFormTranslator translator = new WebFormTranslator();
        WebFormSubmission form = new WebFormSubmission();
        form.setSubject("Quero meu dinheiro de volta ".repeat(20));
        form.setCategoryHint("cobranca".repeat(20));
        form.setName("Ana ".repeat(80));
        form.setDescription("Pedi o estorno há um mês.");

        IncomingContact contact = translator.toContact(translator.fromJson(translator.toJson(form)));

        assertThat(contact.subject()).hasSize(FieldSizes.SUBJECT);
        assertThat(contact.categoryHint()).hasSize(FieldSizes.CATEGORY);
        assertThat(contact.customer().name()).hasSize(FieldSizes.CUSTOMER_NAME);
        assertThat(contact.description()).contains("Assunto: " + form.getSubject().strip())
                .endsWith("Pedi o estorno há um mês.");
    }
}
