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
    const init = { method, headers: { 'Accept': 'application/json, application/problem+json', 'X-Triagem-CSRF': '1',
      'Accept-Language': i18n.lang || 'pt-BR' } };
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
    // What the gate recorded: why a red version went live anyway, who approved it, what it runs without.
    if (v.override) {
      cell.appendChild(el('p', t('analyst.override.by', 'Justificativa de') + ' ' + v.override.by + ': '
        + v.override.reason, 'override-reason'));
    }
    if (v.approval) {
      cell.appendChild(el('p', t('analyst.approved.by', 'Aprovada por') + ' ' + v.approval.by, 'approval'));
    }
    if (v.removedScenarios && v.removedScenarios.length) {
      cell.appendChild(el('p', t('analyst.removed.count', 'Cenários do servidor retirados:') + ' '
        + v.removedScenarios.join('; ') + ' — ' + (v.scenarioRemovalReason || ''), 'removed-scenarios'));
    }
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
        button.addEventListener('click', () => activate(v));
        actions.appendChild(button);
      }
      if (v.valid && !v.green && !v.approval) {
        const approve = el('button', t('analyst.approve', 'Aprovar'));
        approve.type = 'button';
        approve.className = 'approve';
        approve.addEventListener('click', () => approveVersion(v.number));
        actions.appendChild(approve);
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

  // Activation asks first, showing the version's impact preview when one was run (js/analyst-impact.js).
  // The server records the signed-in user; the reason goes only with a red version, and is used once.
  async function activate(v) {
    if (window.triagemImpact && !(await window.triagemImpact.confirmActivation(v.number))) return;
    const field = document.getElementById('override-reason');
    const reason = v.green ? '' : field.value.trim();
    const body = JSON.stringify({ overrideReason: reason || null });
    const { ok, data } = await call('POST', 'api/rulesets/' + v.number + '/activate', body, 'application/json');
    if (ok) field.value = '';
    showMessage(ok ? t('analyst.activated', 'Versão ativada:') + ' ' + data.label : problemText(data), !ok);
    await loadVersions();
  }

  async function approveVersion(number) {
    const { ok, data } = await call('POST', 'api/rulesets/' + number + '/approve', '{}', 'application/json');
    showMessage(ok ? t('analyst.approved', 'Versão aprovada:') + ' ' + data.label : problemText(data), !ok);
    await loadVersions();
  }

  function renderVersionResult(container, v) {
    container.replaceChildren();
    container.appendChild(el('h3', t('analyst.proposed', 'Versão proposta:') + ' ' + v.label));
    if (v.identical) {
      container.appendChild(el('p', v.message
        || t('analyst.identical', 'Conteúdo idêntico a esta versão; nenhuma versão nova criada.'), 'identical'));
    }
    container.appendChild(statusBadgesParagraph(v));
    if (v.problems && v.problems.length) {
      const list = el('ul');
      v.problems.forEach(p => list.appendChild(problemItem(p)));
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

  /*
   * One problem where the analyst wrote it: file · planilha · linha · coluna, then what is wrong and what
   * to do; the compiler's own words fold away under "Detalhe técnico", for an expert.
   */
  function problemItem(p) {
    const where = [p.file];
    if (p.sheet) where.push(t('analyst.sheet', 'planilha') + ' ' + p.sheet);
    if (p.line) where.push(t('analyst.line', 'linha') + ' ' + p.line);
    if (p.column) where.push(t('analyst.column', 'coluna') + ' ' + p.column);
    const item = el('li', undefined, 'problem');
    item.dataset.file = p.file;
    item.dataset.line = p.line || '';
    item.dataset.column = p.column || '';
    item.appendChild(el('span', where.filter(Boolean).join(' · '), 'where'));
    item.appendChild(el('span', p.message, 'what'));
    if (p.detail) {
      const detail = el('details', undefined, 'technical');
      detail.appendChild(el('summary', t('analyst.technical', 'Detalhe técnico')));
      detail.appendChild(el('code', p.detail));
      item.appendChild(detail);
    }
    return item;
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
    // No author: the server records the signed-in user.
    const params = new URLSearchParams({ comment: document.getElementById('comment').value.trim() });
    document.getElementById('removed-scenarios').value.split('\n').map(n => n.trim()).filter(Boolean)
      .forEach(n => params.append('removedScenarios', n));
    const removalReason = document.getElementById('removal-reason').value.trim();
    if (removalReason) params.append('removalReason', removalReason);
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

  document.getElementById('upload-form').addEventListener('submit', upload);
  // Simulation (one complaint, an earlier case or a CSV batch) is js/analyst-simulate.js.
  // Analysts and admins only: anyone else is sent to sign in first.
  i18n.ready.then(() => window.triagemSession.requireUser()).then(loadVersions);
})();
