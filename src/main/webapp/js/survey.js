/*
 * The survey page a mail link opens (pesquisa.html?t=<token>&csat=<1..5>): records the CSAT of the
 * clicked link at once, then offers the other questions the survey asks and a comment. The token is the
 * only key; it goes in the API path, never in anything shown. A second click of a link is answered
 * 409 by the server and shown as "already recorded": the first answer stands.
 */
(function () {
  'use strict';
  const i18n = window.triagemI18n;
  const params = new URLSearchParams(location.search);
  const token = params.get('t') || '';
  const clicked = parseInt(params.get('csat'), 10);
  const status = document.getElementById('survey-status');
  const error = document.getElementById('survey-error');
  const form = document.getElementById('survey-form');
  const submit = document.getElementById('survey-submit');
  const api = 'api/public/surveys/' + encodeURIComponent(token);

  function say(key, fallback) {
    status.textContent = i18n.t(key, fallback);
  }

  function fail(problem) {
    const byType = {
      'survey-link-invalid': ['survey.error.invalid', 'Este link de pesquisa não é válido. Use o link do e-mail como ele chegou.'],
      'survey-expired': ['survey.error.expired', 'Este link de pesquisa expirou. Obrigado mesmo assim!'],
      'surveys-unavailable': ['survey.error.unavailable', 'A pesquisa está indisponível no momento.']
    };
    const type = ((problem && problem.type) || '').split('/').pop();
    const [key, text] = byType[type] || ['survey.error.generic', 'Não foi possível registrar sua resposta. Tente de novo.'];
    error.textContent = i18n.t(key, text);
  }

  function buildScales() {
    document.querySelectorAll('.scale').forEach(scale => {
      const name = scale.dataset.name;
      for (let v = Number(scale.dataset.min); v <= Number(scale.dataset.max); v++) {
        const label = document.createElement('label');
        label.className = 'score';
        const input = document.createElement('input');
        input.type = 'radio';
        input.name = name;
        input.value = String(v);
        label.appendChild(input);
        label.appendChild(document.createTextNode(' ' + v));
        scale.appendChild(label);
      }
    });
  }

  function chosen(name) {
    const input = form.querySelector('input[name="' + name + '"]:checked');
    return input ? Number(input.value) : null;
  }

  function show(survey) {
    document.getElementById('survey-protocol').textContent = survey.protocol;
    ['csat', 'nps', 'ces'].forEach(name => {
      const asked = survey.asked.includes(name.toUpperCase());
      const answered = survey[name] !== null && survey[name] !== undefined;
      document.getElementById('q-' + name).hidden = !asked || answered;
    });
    document.getElementById('q-comment').hidden = survey.commented;
    form.hidden = false;
  }

  async function send(body) {
    const response = await fetch(api, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json',
        'X-Triagem-CSRF': '1' },
      body: JSON.stringify(body)
    });
    return { status: response.status, body: await response.json().catch(() => ({})) };
  }

  async function start() {
    await i18n.ready;
    buildScales();
    if (Number.isInteger(clicked)) {
      const first = await send({ csat: clicked });
      if (first.status === 200) say('survey.recorded', 'Obrigado! Sua nota foi registrada.');
      else if (first.status === 409) say('survey.already', 'Sua nota já estava registrada. Obrigado!');
      else if (first.status !== 400) { fail(first.body); return; }
    }
    const response = await fetch(api, { headers: { 'Accept': 'application/json, application/problem+json' } });
    const survey = await response.json().catch(() => ({}));
    if (!response.ok) { fail(survey); return; }
    show(survey);
  }

  form.addEventListener('submit', async event => {
    event.preventDefault();
    error.textContent = '';
    const body = { csat: chosen('csat'), nps: chosen('nps'), ces: chosen('ces'),
      comment: document.getElementById('survey-comment').value.trim() || null };
    Object.keys(body).forEach(k => { if (body[k] === null) delete body[k]; });
    if (Object.keys(body).length === 0) {
      error.textContent = i18n.t('survey.error.empty', 'Escolha uma nota ou escreva um comentário.');
      return;
    }
    submit.disabled = true;
    try {
      const answer = await send(body);
      if (answer.status === 200 || answer.status === 409) {
        form.hidden = true;
        say('survey.thanks', 'Obrigado por responder! Sua opinião nos ajuda a melhorar.');
      } else {
        fail(answer.body);
      }
    } catch (e) {
      fail(null);
    } finally {
      submit.disabled = false;
    }
  });

  start().catch(() => fail(null));
})();
