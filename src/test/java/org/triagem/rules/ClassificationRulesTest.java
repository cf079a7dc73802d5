package org.triagem.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triagem.rules.RulesFixture.complaint;
import static org.triagem.rules.RulesFixture.decide;

import org.junit.jupiter.api.Test;
import org.triagem.domain.model.complaint.Channel;

/**
 * The classification rules: the category table {@code rules/classification/categories.drl.xlsx} (first
 * matching row wins) and the tag table {@code rules/classification/tags.drl.csv} (every row may fire).
 */
class ClassificationRulesTest {

    @Test
    void classifiesADoubleChargeAsBilling() {
        var result = decide("Cobrança em dobro", "Fui cobrado duas vezes na fatura");
        assertThat(result.decision().getCategory()).isEqualTo("Cobrança");
        assertThat(result.firedRules())
                .contains("Reclamações de cobrança indevida ou em dobro são da categoria Cobrança");
    }

    @Test
    void classifiesAnUndueChargeAfterCancellingAsBillingNotCancellation() {
        assertThat(decide(null, "Cancelei e continuo recebendo cobrança indevida").decision().getCategory())
                .isEqualTo("Cobrança");
    }

    @Test
    void classifiesARequestToCancelAsCancellation() {
        assertThat(decide(null, "Quero CANCELAR a assinatura").decision().getCategory()).isEqualTo("Cancelamento");
    }

    @Test
    void classifiesABrokenProductAsDefect() {
        assertThat(decide(null, "A TV não funciona").decision().getCategory()).isEqualTo("Defeito");
    }

    @Test
    void classifiesAMissingDeliveryAsDelivery() {
        assertThat(decide(null, "Meu pedido nao chegou").decision().getCategory()).isEqualTo("Entrega");
    }

    @Test
    void classifiesQuestionsAboutPlansAsCommercial() {
        assertThat(decide(null, "Qual o preço do plano anual?").decision().getCategory()).isEqualTo("Comercial");
    }

    @Test
    void usesTheFormCategoryWhenTheTextSaysNothingKnown() {
        var result = decide(complaint("Preciso de ajuda").categoryHint("Produto com defeito"));
        assertThat(result.decision().getCategory()).isEqualTo("Defeito");
    }

    @Test
    void prefersTheConsumersWordsOverTheFormCategory() {
        var result = decide(complaint("O pedido não chegou").categoryHint("Comercial"));
        assertThat(result.decision().getCategory()).isEqualTo("Entrega");
    }

    @Test
    void usesThePhoneMenuChoiceIgnoringAccentsAndCase() {
        var result = decide(complaint("Cliente ligou").channel(Channel.PHONE).ivrChoice("PEDIDOS E ENTREGAS"));
        assertThat(result.decision().getCategory()).isEqualTo("Entrega");
    }

    @Test
    void classifiesEverythingElseAsGeneral() {
        assertThat(decide(null, "Qual o endereço da loja?").decision().getCategory()).isEqualTo("Geral");
    }

    @Test
    void firesExactlyOneCategoryRule() {
        var result = decide(null, "Quero cancelar porque o produto veio quebrado e a entrega atrasou");
        assertThat(result.decision().getCategory()).isEqualTo("Cancelamento");
        assertThat(result.firedRules()).contains("Reclamações que pedem cancelamento são da categoria Cancelamento")
                .doesNotContain("Reclamações de produto quebrado ou com defeito são da categoria Defeito",
                        "Reclamações de entrega atrasada ou que não chegou são da categoria Entrega",
                        "Reclamações que não se encaixam em nenhuma outra regra são da categoria Geral");
    }

    @Test
    void tagsEachLegalAndReputationRiskItFinds() {
        var tags = decide(null, "Vou ao Procon, ao Reclame Aqui, ao consumidor.gov.br e ao meu advogado")
                .decision().getTags();
        assertThat(tags).contains("procon", "reclame-aqui", "consumidor-gov", "juridico");
    }

    @Test
    void tagsALawsuitThreatAsJuridico() {
        assertThat(decide(null, "Vou entrar com uma AÇÃO JUDICIAL").decision().hasTag("juridico")).isTrue();
    }

    @Test
    void doesNotMistakeProcessingForALawsuit() {
        assertThat(decide(null, "Erro no processamento do pagamento").decision().hasTag("juridico")).isFalse();
    }

    @Test
    void tagsACustomerWithAnOpenCaseAsRepeat() {
        assertThat(decide(complaint("De novo sem resposta").earlierOpenCases(1)).decision().getTags())
                .contains("reincidente");
        assertThat(decide(complaint("Primeira vez").earlierOpenCases(0)).decision().getTags())
                .doesNotContain("reincidente");
    }

    @Test
    void tagsVipCustomersWhateverTheCase() {
        assertThat(decide(complaint("Olá").customerSegment("vip")).decision().getTags()).contains("vip");
    }

    @Test
    void tagsComplaintsWithoutCustomerDetailsAsAnonymous() {
        assertThat(decide(null, "Olá").decision().getTags()).contains("anonimo");
        assertThat(decide(complaint("Olá")).decision().getTags()).doesNotContain("anonimo");
    }
}
