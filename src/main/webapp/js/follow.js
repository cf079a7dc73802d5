/*
 * The customer's status page: asks the public case API with the protocol number and the email or CPF
 * the customer gave (sent in the X-Verification header, never in the URL), and shows the status, the
 * legal deadline, the staff's answers and the history. Every text from the server is shown with
 * textContent: answers quote complaint text, which is untrusted.
 */
(function () {
  'use strict';
  const i18n = window.triagemI18n;
  const form = document.getElementById('follow-form');
  const error = document.getElementById('follow-error');
  const view = document.getElementById('case-view');
  const protocolInput = document.getElementById('protocol-input');
  const verification = document.getElementById('verification');
  const submit = document.getElementById('follow-submit');

  const given = new URLSearchParams(location.search).get('protocol');
  if (given) protocolInput.value = given.replace(/\D/g, '');

  function when(iso) {
    if (!iso) return '—';
    const d = new Date(iso);
    return isNaN(d) ? iso : d.toLocaleString(i18n.lang, { dateStyle: 'short', timeStyle: 'short' });
  }

  function day(iso) {
    if (!iso) return '—';
    const d = new Date(iso);
    return isNaN(d) ? iso : d.toLocaleDateString(i18n.lang, { dateStyle: 'long' });
  }

  function item(list, className, parts) {
    const li = document.createElement('li');
    li.className = className;
    parts.forEach(([cls, text]) => {
      const span = document.createElement(cls === 'text' ? 'p' : 'span');
      span.className = cls;
      span.textContent = text;
      li.appendChild(span);
    });
    list.appendChild(li);
  }

  function show(c) {
    document.getElementById('case-protocol').textContent = c.protocol;
    document.getElementById('case-status').textContent = i18n.t('status.' + c.status, c.status);
    document.getElementById('case-subject').textContent = c.subject || i18n.t('follow.noSubject', '(sem assunto)');
    document.getElementById('case-opened').textContent = when(c.openedAt);
    document.getElementById('case-deadline').textContent = day(c.legalDeadline);
    // The survey of a resolved case, while it can be answered: the same page the mail links to.
    document.getElementById('case-survey').hidden = !c.surveyToken;
    if (c.surveyToken) {
      document.getElementById('case-survey-link').href = 'pesquisa.html?t=' + encodeURIComponent(c.surveyToken);
    }
    const answers = document.getElementById('answers');
    answers.replaceChildren();
    (c.answers || []).forEach(a => item(answers, 'answer', [['when', when(a.at)], ['text', a.text]]));
    document.getElementById('no-answers').hidden = (c.answers || []).length > 0;
    const history = document.getElementById('history');
    history.replaceChildren();
    (c.history || []).forEach(s => item(history, 'step', [
      ['when', when(s.at)],
      ['what', ' ' + i18n.t('follow.event.' + s.what, s.what)],
      ['status', s.status ? ' — ' + i18n.t('status.' + s.status, s.status) : '']
    ]));
    form.hidden = true;
    view.hidden = false;
  }

  async function lookUp(event) {
    event.preventDefault();
    error.textContent = '';
    const protocol = protocolInput.value.replace(/\D/g, '');
    const proof = verification.value.trim();
    if (!protocol || !proof) {
      error.textContent = i18n.t('follow.error.missing', 'Informe o protocolo e o e-mail ou CPF.');
      return;
    }
    submit.disabled = true;
    try {
      const response = await fetch('api/public/cases/' + encodeURIComponent(protocol), {
        headers: { 'Accept': 'application/json, application/problem+json', 'X-Verification': proof }
      });
      if (response.ok) {
        show(await response.json());
      } else if (response.status === 404 || response.status === 400) {
        // Deliberately the same message for an unknown protocol and a wrong e-mail or CPF.
        error.textContent = i18n.t('follow.error.notFound',
          'Não encontramos um atendimento com esse protocolo e esse e-mail ou CPF. Confira os dados.');
      } else {
        error.textContent = i18n.t('follow.error.unavailable', 'Não conseguimos consultar agora. Tente novamente em instantes.');
      }
    } catch (e) {
      error.textContent = i18n.t('error.network', 'Sem conexão com o servidor. Tente novamente.');
    } finally {
      submit.disabled = false;
    }
  }

  form.addEventListener('submit', lookUp);
  document.getElementById('follow-another').addEventListener('click', () => {
    view.hidden = true;
    form.hidden = false;
    protocolInput.value = '';
    protocolInput.focus();
  });
})();
