/*
 * The public complaint form: posts JSON to the intake API and shows the protocol number and the
 * verification code, or the fields the API refused. Every text that comes from the server is shown
 * with textContent.
 */
(function () {
  'use strict';
  const i18n = window.triagemI18n;
  const form = document.getElementById('complaint-form');
  const submit = document.getElementById('submit');
  const formError = document.getElementById('form-error');
  const fields = ['description', 'subject', 'name', 'email', 'phone', 'cpf'];
  let formToken = newToken();

  function newToken() {
    return (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(16).slice(2));
  }

  function clearErrors() {
    formError.textContent = '';
    fields.forEach(f => {
      document.getElementById(f + '-error').textContent = '';
      document.getElementById(f).removeAttribute('aria-invalid');
    });
  }

  function showFieldError(field, serverMessage) {
    const target = document.getElementById(field + '-error');
    if (!target) {
      formError.textContent = serverMessage;
      return;
    }
    target.textContent = i18n.t('error.' + field, serverMessage);
    document.getElementById(field).setAttribute('aria-invalid', 'true');
  }

  async function send(event) {
    event.preventDefault();
    clearErrors();
    const body = { formToken };
    fields.concat(['categoryHint']).forEach(f => {
      const v = document.getElementById(f).value.trim();
      if (v) body[f] = v;
    });
    if (!body.description) {
      showFieldError('description', i18n.t('error.description', 'Descreva sua reclamação.'));
      return;
    }
    submit.disabled = true;
    try {
      const response = await fetch('api/intake/webform', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json' },
        body: JSON.stringify(body)
      });
      const answer = await response.json().catch(() => ({}));
      if (response.ok) {
        document.getElementById('protocol').textContent = answer.protocol;
        // The verification code is shown, never put in a URL: the status page finds it in this tab's
        // session storage (gone when the tab closes), and the language goes on with the link.
        document.getElementById('receipt-code').textContent = answer.verificationCode || '';
        document.getElementById('receipt-code-box').hidden = !answer.verificationCode;
        if (answer.verificationCode) {
          try {
            sessionStorage.setItem('triagem.receipt',
              JSON.stringify({ protocol: answer.protocol, code: answer.verificationCode }));
          } catch (e) { /* storage off: the customer types the code */ }
        }
        document.getElementById('follow-link').href =
          i18n.link('acompanhar.html?protocol=' + encodeURIComponent(answer.protocol));
        form.hidden = true;
        document.getElementById('receipt').hidden = false;
        return;
      }
      if (Array.isArray(answer.errors) && answer.errors.length) {
        answer.errors.forEach(e => showFieldError(e.field, e.message));
      } else if (response.status === 503) {
        formError.textContent = i18n.t('error.unavailable', 'Não conseguimos registrar agora. Tente novamente em instantes.');
      } else {
        formError.textContent = i18n.t('error.generic', 'Não foi possível enviar. Verifique os dados e tente novamente.');
      }
    } catch (e) {
      formError.textContent = i18n.t('error.network', 'Sem conexão com o servidor. Tente novamente.');
    } finally {
      submit.disabled = false;
    }
  }

  form.addEventListener('submit', send);
  document.getElementById('another').addEventListener('click', () => {
    form.reset();
    formToken = newToken();
    document.getElementById('receipt').hidden = true;
    form.hidden = false;
  });
})();
