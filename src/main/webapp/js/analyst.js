/*
 * The analysts' page: lists rule-set versions, uploads a new one (zip), activates or rolls back,
 * and simulates a complaint. Every value from the server goes into the page with textContent:
 * rule names, comments and file names are untrusted text.
 */
(function () {
  'use strict';
  const i18n = window.triagemI18n;
  const t = (key, fallback) => i18n.t(key, fallback);

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  async function call(method, url, body, contentType) {
    // The CSRF header every state-changing staff call must carry (see js/session.js).
    const init = { method, headers: { 'Accept': 'application/json, application/problem+json', 'X-Triagem-CSRF': '1' } };
    if (body !== undefined) {
      init.body = body;
      // FormData sets its own multipart Content-Type, with the boundary.
      if (contentType) init.headers['Content-Type'] = contentType;
    }
    const response = await fetch(url, init);
    const data = await response.json().catch(() => ({}));
    return { ok: response.ok, status: response.status, data };
  }

  function problemText(p) {
    const parts = [p.title || t('analyst.error', 'Erro'), p.detail].filter(Boolean);
    (p.errors || []).forEach(e => parts.push(e.field + ': ' + e.message));
    return parts.join(' — ');
  }

  function statusBadges(v) {
    const cell = el('td');
    cell.appendChild(el('span', v.valid ? t('analyst.valid', 'compila') : t('analyst.invalid', 'não compila'),
      'badge ' + (v.valid ? 'ok' : 'bad')));
    if (v.valid) {
      cell.appendChild(el('span', v.green ? t('analyst.green', 'cenários OK')
        : v.scenarioFailureCount + ' ' + t('analyst.failures', 'cenário(s) falhando'), 'badge ' + (v.green ? 'ok' : 'bad')));
    }
    if (v.active) cell.appendChild(el('span', t('analyst.active', 'ativa'), 'badge active'));
    return cell;
  }

  async function loadVersions() {
    const { ok, data } = await call('GET', 'api/rulesets');
    const tbody = document.querySelector('#versions tbody');
    tbody.replaceChildren();
    if (!ok) {
      showMessage(problemText(data), true);
      return;
    }
    const active = data.find(v => v.active);
    data.forEach(v => {
      const row = el('tr');
      row.dataset.version = v.number;
      if (v.active) row.className = 'active';
      row.appendChild(el('td', v.label));
      row.appendChild(el('td', v.author));
      row.appendChild(el('td', v.createdAt ? new Date(v.createdAt).toLocaleString(i18n.lang) : ''));
      row.appendChild(el('td', v.comment));
      row.appendChild(statusBadges(v));
      const actions = el('td');
      // The version's files, their comparison and in-place editing live on their own page.
      const view = el('a', t('analyst.viewRules', 'Ver regras'), 'view-rules');
      view.href = 'regras.html?v=' + encodeURIComponent(v.number);
      actions.appendChild(view);
      if (!v.active && v.valid) {
        const older = active && v.number < active.number;
        const button = el('button', older ? t('analyst.rollback', 'Reverter para esta') : t('analyst.activate', 'Ativar'));
        button.type = 'button';
        button.className = 'activate';
        button.addEventListener('click', () => activate(v.number));
        actions.appendChild(button);
      }
      row.appendChild(actions);
      tbody.appendChild(row);
    });
  }

  function showMessage(text, isError) {
    const m = document.getElementById('versions-message');
    m.textContent = text;
    m.className = 'message' + (isError ? ' error' : '');
  }

  async function activate(number) {
    const reason = document.getElementById('override-reason').value.trim();
    const body = JSON.stringify({ actor: 'analista', overrideReason: reason || null });
    const { ok, data } = await call('POST', 'api/rulesets/' + number + '/activate', body, 'application/json');
    showMessage(ok ? t('analyst.activated', 'Versão ativada:') + ' ' + data.label : problemText(data), !ok);
    await loadVersions();
  }

  function renderVersionResult(container, v) {
    container.replaceChildren();
    container.appendChild(el('h3', t('analyst.proposed', 'Versão proposta:') + ' ' + v.label));
    container.appendChild(statusBadgesParagraph(v));
    if (v.problems && v.problems.length) {
      const list = el('ul');
      v.problems.forEach(p => list.appendChild(
        el('li', p.file + (p.line ? ':' + p.line : '') + ' — ' + p.message, 'problem')));
      container.appendChild(el('h4', t('analyst.problems', 'Erros de compilação')));
      container.appendChild(list);
    }
    if (v.scenarioFailures && v.scenarioFailures.length) {
      const list = el('ul');
      v.scenarioFailures.forEach(f => list.appendChild(el('li', f.file + ':' + f.row + ' ' + f.field + ': '
        + t('analyst.expected', 'esperado') + ' "' + f.expected + '", ' + t('analyst.actual', 'obtido') + ' "' + f.actual + '"',
        'problem')));
      container.appendChild(el('h4', t('analyst.failing', 'Cenários falhando')));
      container.appendChild(list);
    }
  }

  function statusBadgesParagraph(v) {
    const p = el('p');
    statusBadges(v).childNodes.forEach(n => p.appendChild(n.cloneNode(true)));
    return p;
  }

  async function upload(event) {
    event.preventDefault();
    const files = Array.from(document.getElementById('zip').files);
    const result = document.getElementById('upload-result');
    if (files.length === 0) return;
    const params = new URLSearchParams({
      author: document.getElementById('author').value.trim() || 'analista',
      comment: document.getElementById('comment').value.trim()
    });
    let reply;
    if (files.length === 1 && files[0].name.toLowerCase().endsWith('.zip')) {
      reply = await call('POST', 'api/rulesets?' + params, await files[0].arrayBuffer(), 'application/zip');
    } else {
      // Single files replace their namesakes in the active version.
      const form = new FormData();
      files.forEach(f => form.append('file', f, f.name));
      reply = await call('POST', 'api/rulesets?' + params, form);
    }
    const { ok, data } = reply;
    if (ok) {
      renderVersionResult(result, data);
    } else {
      result.replaceChildren(el('p', problemText(data), 'problem'));
    }
    await loadVersions();
  }

  async function simulate(event) {
    event.preventDefault();
    const value = id => document.getElementById(id).value.trim();
    const request = {
      description: value('sim-description'), subject: value('sim-subject') || null,
      channel: value('sim-channel'), categoryHint: value('sim-category') || null,
      ivrChoice: value('sim-ivr') || null, earlierOpenCases: Number(value('sim-open') || 0),
      customerSegment: value('sim-segment') || null
    };
    const version = value('sim-version');
    const url = 'api/rules/simulate' + (version ? '?version=' + encodeURIComponent(version) : '');
    const { ok, data } = await call('POST', url, JSON.stringify(request), 'application/json');
    const out = document.getElementById('simulation');
    out.replaceChildren();
    if (!ok) {
      out.appendChild(el('p', problemText(data), 'problem'));
      return;
    }
    const d = data.decision || {};
    out.appendChild(el('h3', t('analyst.decision', 'Decisão') + ' (' + data.ruleSetVersion + ')'));
    const summary = el('dl');
    [['analyst.d.department', 'Departamento', d.department], ['analyst.d.priority', 'Prioridade', d.priority],
     ['analyst.d.category', 'Categoria', d.category], ['analyst.d.tags', 'Etiquetas', (d.tags || []).join(', ')],
     ['analyst.d.sla', 'SLA (1ª resposta / resolução / prazo legal)',
       [d.firstResponseMinutes, d.resolutionMinutes, d.legalDays].join(' min / ').replace(/ min \/ ([^/]*)$/, ' min / $1 dias')]]
      .forEach(([key, label, v]) => {
        summary.appendChild(el('dt', t(key, label)));
        const dd = el('dd', v);
        dd.id = 'sim-' + key.split('.').pop();
        summary.appendChild(dd);
      });
    out.appendChild(summary);
    (data.ruleSets || []).forEach(stage => {
      out.appendChild(el('h4', stage.ruleSet));
      const list = el('ol', undefined, 'fired');
      (stage.firedRules || []).forEach(name => list.appendChild(el('li', name)));
      if (!stage.firedRules || !stage.firedRules.length) list.appendChild(el('li', t('analyst.nofire', '(nenhuma regra disparou)')));
      out.appendChild(list);
    });
  }

  document.getElementById('upload-form').addEventListener('submit', upload);
  document.getElementById('simulate-form').addEventListener('submit', simulate);
  // Analysts and admins only: anyone else is sent to sign in first.
  i18n.ready.then(() => window.triagemSession.requireUser()).then(loadVersions);
})();
