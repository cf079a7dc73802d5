/*
 * The analysts' simulations: one complaint with its customer, an earlier case by protocol, or a CSV batch
 * with a table of decisions and a CSV to download. Nothing here opens a case. Every value from the server
 * or the file goes into the page with textContent: rule names and errors are untrusted text.
 */
(function () {
  'use strict';
  const i18n = window.triagemI18n;
  const t = (key, fallback) => i18n.t(key, fallback);
  const $ = id => document.getElementById(id);
  const value = id => $(id).value.trim();

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  /** A POST with the CSRF header every state-changing staff call carries (js/session.js). */
  async function post(url, body, contentType, accept) {
    const response = await fetch(url, { method: 'POST', body, credentials: 'same-origin', headers: {
      'Content-Type': contentType, 'Accept': accept || 'application/json, application/problem+json',
      'X-Triagem-CSRF': '1', 'Accept-Language': i18n.lang } });
    if (response.status === 401) await window.triagemSession.requireUser();
    return response;
  }

  function problemText(p) {
    const parts = [p.title || t('analyst.error', 'Erro'), p.detail].filter(Boolean);
    (p.errors || []).forEach(e => parts.push(e.field + ': ' + e.message));
    return parts.join(' — ');
  }

  function versionQuery() {
    const version = value('sim-version');
    return version ? '?version=' + encodeURIComponent(version) : '';
  }

  /** The form as the API reads it: an earlier case alone, or the complaint and its customer. */
  function request() {
    if (value('sim-earlier')) return { earlierCase: value('sim-earlier') };
    const optional = id => value(id) || null;
    return {
      description: optional('sim-description'), subject: optional('sim-subject'), channel: value('sim-channel'),
      name: optional('sim-name'), email: optional('sim-email'), phone: optional('sim-phone'), cpf: optional('sim-cpf'),
      categoryHint: optional('sim-category'), ivrChoice: optional('sim-ivr'),
      // Empty: the customer's open cases are counted as intake counts them.
      earlierOpenCases: value('sim-open') === '' ? null : Number(value('sim-open')),
      customerSegment: optional('sim-segment')
    };
  }

  function sla(d) {
    return [d.firstResponseMinutes, d.resolutionMinutes, d.legalDays].join(' min / ').replace(/ min \/ ([^/]*)$/, ' min / $1 dias');
  }

  function renderDecision(out, data) {
    const d = data.decision || {};
    out.appendChild(el('h3', t('analyst.decision', 'Decisão') + ' (' + data.ruleSetVersion + ')'));
    const summary = el('dl');
    [['analyst.d.department', 'Departamento', d.department], ['analyst.d.priority', 'Prioridade', d.priority],
     ['analyst.d.category', 'Categoria', d.category], ['analyst.d.tags', 'Etiquetas', (d.tags || []).slice().sort().join(', ')],
     ['analyst.d.sla', 'SLA (1ª resposta / resolução / prazo legal)', sla(d)]]
      .forEach(([key, label, v]) => {
        summary.appendChild(el('dt', t(key, label)));
        const dd = el('dd', v);
        dd.id = 'sim-' + key.split('.').pop();
        summary.appendChild(dd);
      });
    out.appendChild(summary);
    if (data.earlierCase) {
      const then = data.earlierCase;
      const p = el('p', t('analyst.sim.then', 'Quando chegou, o caso') + ' ' + then.protocol + ' '
        + t('analyst.sim.thenWent', 'foi para') + ' ' + then.department + ', ' + then.priority + ' ('
        + then.ruleSetVersion + ').');
      p.id = 'sim-then';
      out.appendChild(p);
    }
    (data.ruleSets || []).forEach(stage => {
      out.appendChild(el('h4', stage.ruleSet));
      const list = el('ol', undefined, 'fired');
      (stage.firedRules || []).forEach(name => list.appendChild(el('li', name)));
      if (!stage.firedRules || !stage.firedRules.length) list.appendChild(el('li', t('analyst.nofire', '(nenhuma regra disparou)')));
      out.appendChild(list);
    });
  }

  async function simulate(event) {
    event.preventDefault();
    const response = await post('api/rules/simulate' + versionQuery(), JSON.stringify(request()), 'application/json');
    const data = await response.json().catch(() => ({}));
    const out = $('simulation');
    out.replaceChildren();
    if (response.ok) renderDecision(out, data);
    else out.appendChild(el('p', problemText(data), 'problem'));
  }

  /* ---------- batch ---------- */

  let batch = null; // the file's bytes and the version it was run with, for the CSV download

  function say(text, isError) {
    $('batch-message').textContent = text;
    $('batch-message').className = 'message' + (isError ? ' error' : '');
  }

  function renderRows(rows) {
    const tbody = $('batch-table').querySelector('tbody');
    tbody.replaceChildren();
    rows.forEach(r => {
      const tr = el('tr', undefined, r.error ? 'failed' : '');
      tr.dataset.row = r.row;
      const cells = r.error ? [r.row, '', '', '', '', '', '', r.error]
        : [r.row, r.department, r.priority, r.category, (r.tags || []).join(', '),
          [r.firstResponseMinutes, r.resolutionMinutes, r.legalDays].join(' / '), (r.firedRules || []).join(' · '), ''];
      ['row', 'department', 'priority', 'category', 'tags', 'sla', 'rules', 'error'].forEach((name, i) => {
        const td = el('td', cells[i]);
        td.className = name + (name === 'error' && r.error ? ' problem' : '');
        tr.appendChild(td);
      });
      tbody.appendChild(tr);
    });
    $('batch-table').hidden = rows.length === 0;
  }

  async function runBatch(event) {
    event.preventDefault();
    const file = $('batch-file').files[0];
    if (!file) return;
    const bytes = await file.arrayBuffer();
    const query = versionQuery();
    say(t('analyst.batch.running', 'Simulando…'), false);
    const response = await post('api/rules/simulate/batch' + query, bytes, 'text/csv');
    const data = await response.json().catch(() => ({}));
    if (!response.ok) {
      batch = null;
      $('batch-download').hidden = true;
      renderRows([]);
      say(problemText(data), true);
      return;
    }
    batch = { bytes, query };
    renderRows(data.rows || []);
    $('batch-download').hidden = false;
    say(data.decided + ' ' + t('analyst.batch.decided', 'decidida(s)') + ', ' + data.failed + ' '
      + t('analyst.batch.failed', 'com erro') + (data.ruleSetVersion ? ' (' + data.ruleSetVersion + ')' : ''), data.failed > 0);
  }

  /** The same batch again, as the CSV a spreadsheet opens; saved through a link to the answer's bytes. */
  async function download() {
    if (!batch) return;
    const response = await post('api/rules/simulate/batch' + batch.query, batch.bytes, 'text/csv',
      'text/csv, application/problem+json');
    if (!response.ok) {
      say(problemText(await response.json().catch(() => ({}))), true);
      return;
    }
    const url = URL.createObjectURL(await response.blob());
    const a = el('a');
    a.href = url;
    a.download = 'simulacao.csv';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  $('simulate-form').addEventListener('submit', simulate);
  $('batch-form').addEventListener('submit', runBatch);
  $('batch-download').addEventListener('click', download);
  i18n.ready.then(() => { $('sim-open').placeholder = t('analyst.sim.open.placeholder', 'como na entrada'); });
})();
