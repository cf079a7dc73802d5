/*
 * The impact preview on the analysts' page: starts a replay of the last days' cases through a proposed
 * version, follows its progress (server-sent events, or the JSON snapshot if the stream breaks), and
 * shows what activation would change. Also the activation dialog, which shows the version's latest
 * preview when one was run. Protocols, departments and categories are data: textContent only.
 */
(function () {
  'use strict';
  const i18n = window.triagemI18n;
  const t = (key, fallback) => i18n.t(key, fallback);
  const byId = id => document.getElementById(id);

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  async function call(method, url) {
    const response = await fetch(url, {
      method, headers: { 'Accept': 'application/json, application/problem+json', 'X-Triagem-CSRF': '1' }
    });
    const data = await response.json().catch(() => ({}));
    return { ok: response.ok, status: response.status, data, location: response.headers.get('Location') };
  }

  function problemText(p) {
    return [p.title || t('analyst.error', 'Erro'), p.detail].filter(Boolean).join(' — ');
  }

  const KINDS = [
    ['department', 'impact.kind.department', 'Mudariam de departamento'],
    ['priority', 'impact.kind.priority', 'Mudariam de prioridade'],
    ['sla', 'impact.kind.sla', 'Mudariam de prazos de SLA'],
    ['category', 'impact.kind.category', 'Mudariam de categoria']
  ];

  function countItem(kind, figure, label) {
    const li = el('li');
    li.dataset.kind = kind;
    li.appendChild(el('strong', figure));
    li.appendChild(document.createTextNode(label));
    return li;
  }

  function counts(summary) {
    const list = el('ul', null, 'impact-counts');
    list.appendChild(countItem('complaints', summary.complaints, t('impact.complaints', 'reclamações reaplicadas')));
    list.appendChild(countItem('unchanged', summary.unchanged, t('impact.unchanged', 'sem mudança')));
    KINDS.forEach(([kind, key, fallback]) =>
      list.appendChild(countItem(kind, summary.changed[kind] || 0, t(key, fallback).toLowerCase())));
    list.appendChild(countItem('fallbacks', summary.fallbacks,
      t('impact.fallbacks', 'sem decisão das regras (hoje: {0})').replace('{0}', summary.fallbacksBefore)));
    return list;
  }

  /** Old department in rows, new in columns; the cells off the diagonal are the cases that would move. */
  function matrix(cells) {
    const from = [...new Set(cells.map(c => c.from))].sort();
    const to = [...new Set(cells.map(c => c.to))].sort();
    const table = el('table', null, 'impact-matrix');
    const head = el('tr');
    head.appendChild(el('th', t('impact.matrix.corner', 'Hoje ↓ / Proposta →')));
    to.forEach(d => {
      const th = el('th', d);
      th.scope = 'col';
      head.appendChild(th);
    });
    table.appendChild(el('thead')).appendChild(head);
    const body = table.appendChild(el('tbody'));
    from.forEach(f => {
      const row = el('tr');
      row.dataset.from = f;
      const th = el('th', f);
      th.scope = 'row';
      row.appendChild(th);
      to.forEach(d => {
        const cell = cells.find(c => c.from === f && c.to === d);
        const td = el('td', cell ? cell.count : 0, cell ? (f === d ? 'stays' : 'moved') : '');
        td.dataset.to = d;
        row.appendChild(td);
      });
      body.appendChild(row);
    });
    return table;
  }

  function shown(value) {
    return value === null || value === undefined ? '—' : value;
  }

  function examples(summary) {
    const box = el('div', null, 'impact-examples');
    KINDS.forEach(([kind, key, fallback]) => {
      const list = summary.examples[kind] || [];
      if (!list.length) return;
      box.appendChild(el('h4', t(key, fallback) + ' (' + t('impact.examples', 'exemplos') + ')'));
      const ul = el('ul', null, 'impact-examples');
      ul.dataset.kind = kind;
      list.forEach(e => {
        const li = el('li');
        const a = el('a', e.protocol);
        a.href = 'staff.html?q=' + encodeURIComponent(e.protocol) + '#' + encodeURIComponent(e.protocol);
        li.appendChild(a);
        li.appendChild(document.createTextNode(': ' + shown(e.before) + ' → ' + shown(e.after)));
        ul.appendChild(li);
      });
      box.appendChild(ul);
    });
    return box;
  }

  function describe(preview) {
    return t('impact.against', 'Versão {0} comparada com a ativa (v{1}), casos dos últimos {2} dias')
      .replace('{0}', 'v' + preview.proposedVersion).replace('{1}', preview.activeVersion)
      .replace('{2}', preview.days);
  }

  function renderResult(preview) {
    const result = byId('impact-result');
    result.replaceChildren();
    result.appendChild(el('h3', describe(preview)));
    result.appendChild(counts(preview.summary));
    result.appendChild(el('h4', t('impact.matrix', 'Departamento hoje × departamento com a versão proposta')));
    result.appendChild(matrix(preview.summary.departmentMatrix));
    result.appendChild(examples(preview.summary));
  }

  function showProgress(job) {
    const bar = byId('impact-progress');
    bar.hidden = false;
    bar.max = Math.max(1, job.total);
    bar.value = job.processed;
    byId('impact-status').textContent = t('impact.progress', 'Reaplicando: {0} de {1} casos')
      .replace('{0}', job.processed).replace('{1}', job.total);
  }

  function finish(job) {
    const status = byId('impact-status');
    byId('impact-run').disabled = false;
    if (job.state === 'DONE') {
      showProgress(job);
      status.textContent = t('impact.done', 'Prévia concluída.');
      status.className = 'message';
      renderResult(job.preview);
    } else {
      status.textContent = t('impact.failed', 'A prévia falhou:') + ' ' + (job.failure || '');
      status.className = 'message error';
    }
  }

  /** Polls the JSON snapshot: what the page falls back on when the event stream breaks. */
  async function poll(location) {
    const { ok, data } = await call('GET', location);
    if (!ok) {
      finish({ state: 'FAILED', failure: problemText(data) });
    } else if (data.state === 'RUNNING') {
      showProgress(data);
      setTimeout(() => poll(location), 1000);
    } else {
      finish(data);
    }
  }

  function follow(location) {
    const events = new EventSource(location + '/events');
    const read = e => JSON.parse(e.data);
    events.addEventListener('progress', e => showProgress(read(e)));
    ['done', 'failed'].forEach(name => events.addEventListener(name, e => {
      events.close();
      finish(read(e));
    }));
    events.onerror = () => {
      events.close();
      poll(location);
    };
  }

  async function start(event) {
    event.preventDefault();
    const version = byId('impact-version').value.trim().replace(/^v/i, '');
    const days = byId('impact-days').value.trim() || '30';
    const status = byId('impact-status');
    byId('impact-result').replaceChildren();
    status.className = 'message';
    status.textContent = t('impact.starting', 'Iniciando a prévia…');
    byId('impact-run').disabled = true;
    const { ok, data, location } = await call('POST',
      'api/rulesets/' + encodeURIComponent(version) + '/impact?days=' + encodeURIComponent(days));
    if (!ok) {
      byId('impact-run').disabled = false;
      status.textContent = problemText(data);
      status.className = 'message error';
      return;
    }
    showProgress(data);
    follow(location);
  }

  /** Asks before activating; resolves true on Confirmar. Shows the latest preview of the version, if any. */
  async function confirmActivation(number) {
    const dialog = byId('activate-dialog');
    if (!dialog || typeof dialog.showModal !== 'function') return true;
    byId('activate-dialog-title').textContent = t('impact.confirm.title', 'Ativar a versão {0}?').replace('{0}', 'v' + number);
    const box = byId('activate-dialog-impact');
    box.replaceChildren(el('p', t('impact.loading', 'Carregando a prévia de impacto…')));
    dialog.showModal();
    const answer = new Promise(resolve => {
      const done = value => {
        byId('activate-confirm').onclick = null;
        byId('activate-cancel').onclick = null;
        dialog.onclose = null;
        if (dialog.open) dialog.close();
        resolve(value);
      };
      byId('activate-confirm').onclick = () => done(true);
      byId('activate-cancel').onclick = () => done(false);
      dialog.onclose = () => done(false);
    });
    const { ok, data } = await call('GET', 'api/rulesets/' + number + '/impact');
    box.replaceChildren();
    if (ok) {
      box.appendChild(el('p', describe(data)));
      box.appendChild(counts(data.summary));
      box.appendChild(matrix(data.summary.departmentMatrix));
    } else {
      box.appendChild(el('p', t('impact.none', 'Nenhuma prévia de impacto foi feita para esta versão.'), 'hint'));
    }
    return answer;
  }

  window.triagemImpact = { confirmActivation };
  const form = byId('impact-form');
  if (form) form.addEventListener('submit', start);
})();
