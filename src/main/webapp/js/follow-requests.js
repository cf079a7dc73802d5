/*
 * The customer's requests on the status page, once the case is on screen: the history of all their
 * complaints as a PDF (Decreto 11.034/2022 Art. 12, delivered at once) and the request for a copy of all
 * their personal data (LGPD Art. 18 II, answered within 15 days). Both are POSTs with the same
 * verification the status page used (the inputs keep it while the case is shown); nothing is put in a URL.
 */
(function () {
  'use strict';
  const i18n = window.triagemI18n;
  const status = document.getElementById('requests-status');
  const error = document.getElementById('requests-error');
  const historyButton = document.getElementById('history-download');
  const accessButton = document.getElementById('access-request');

  function proof() {
    return {
      protocol: document.getElementById('protocol-input').value.replace(/\D/g, ''),
      verification: document.getElementById('verification').value.trim()
    };
  }

  function post(path, accept) {
    const p = proof();
    return fetch('api/public/cases/' + encodeURIComponent(p.protocol) + '/' + path, {
      method: 'POST',
      headers: { 'Accept': accept + ', application/problem+json', 'X-Verification': p.verification, 'X-Triagem-CSRF': '1' }
    });
  }

  function refused(response) {
    if (response.status === 429) {
      return i18n.t('follow.error.locked', 'Muitas tentativas com dados que não conferem. Aguarde {s} segundos e tente de novo.')
        .replace('{s}', response.headers.get('Retry-After') || '30');
    }
    if (response.status === 404) {
      return i18n.t('follow.error.notFound', 'Não encontramos um atendimento com esse protocolo e esse código, e-mail ou CPF. Confira os dados.');
    }
    return i18n.t('follow.requests.unavailable', 'Não conseguimos atender o pedido agora. Tente novamente em instantes.');
  }

  async function downloadHistory() {
    status.textContent = '';
    error.textContent = '';
    historyButton.disabled = true;
    try {
      const response = await post('history', 'application/pdf');
      if (!response.ok) {
        error.textContent = refused(response);
        return;
      }
      const blob = await response.blob();
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = 'historico-' + proof().protocol + '.pdf';
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 60000);
      status.textContent = i18n.t('follow.requests.historyDone', 'Pronto: o histórico foi baixado. O pedido ficou registrado.');
    } catch (e) {
      error.textContent = i18n.t('error.network', 'Sem conexão com o servidor. Tente novamente.');
    } finally {
      historyButton.disabled = false;
    }
  }

  async function askForData() {
    status.textContent = '';
    error.textContent = '';
    accessButton.disabled = true;
    try {
      const response = await post('access-requests', 'application/json');
      if (!response.ok) {
        error.textContent = refused(response);
        return;
      }
      const request = await response.json();
      const due = new Date(request.dueAt);
      status.textContent = i18n.t('follow.requests.accessDone', 'Pedido registrado (nº {id}). Você receberá a resposta até {due}.')
        .replace('{id}', String(request.id))
        .replace('{due}', isNaN(due) ? String(request.dueAt) : due.toLocaleDateString(i18n.lang, { dateStyle: 'long' }));
    } catch (e) {
      error.textContent = i18n.t('error.network', 'Sem conexão com o servidor. Tente novamente.');
    } finally {
      accessButton.disabled = false;
    }
  }

  historyButton.addEventListener('click', downloadHistory);
  accessButton.addEventListener('click', askForData);
})();
