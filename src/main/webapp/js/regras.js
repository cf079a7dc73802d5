/*
 * The analysts' rules page (regras.html?v=3&file=ownership/ownership.drl.csv&diff=2): a version's
 * files, each drawn as a table (decision tables, scenarios) or highlighted DRL, downloads of a file or
 * of the whole version, in-place editing of a CSV table proposed as a new version, and the comparison
 * of two versions. Every value from the server goes into the page with textContent.
 */
(function () {
  'use strict';
  const i18n = window.triagemI18n;
  const session = window.triagemSession;
  const t = (key, fallback) => i18n.t(key, fallback);
  const el = (tag, text, cls) => window.triagemRuleTable.el(tag, text, cls);
  const byId = id => document.getElementById(id);
  const params = new URLSearchParams(location.search);
  const version = (params.get('v') || '').replace(/^v/i, '');
  let current = null;  // the file shown: { path, model }
  let editing = null;  // while editing: { rows, onChange }

  const base = () => 'api/rulesets/' + encodeURIComponent(version);
  const filePath = path => path.split('/').map(encodeURIComponent).join('/');

  function problemText(p) {
    const parts = [p.title || t('analyst.error', 'Erro'), p.detail].filter(Boolean);
    (p.errors || []).forEach(e => parts.push(e.field + ': ' + e.message));
    return parts.join(' — ');
  }

  function message(text, isError) {
    const m = byId('page-message');
    m.textContent = text || '';
    m.className = 'message' + (isError ? ' error' : '');
  }

  async function loadVersion() {
    const { ok, data } = await session.call('GET', base());
    if (!ok) {
      message(problemText(data), true);
      return false;
    }
    byId('version-label').textContent = data.label;
    byId('version-comment').textContent = data.comment || '';
    byId('download-zip').href = base() + '/files?download';
    byId('compare-to').value = data.number;
    byId('compare-from').value = params.get('diff') || (data.number > 1 ? data.number - 1 : data.number);
    return true;
  }

  async function loadFiles() {
    const { ok, data } = await session.call('GET', base() + '/files');
    const list = byId('file-list');
    list.replaceChildren();
    if (!ok) {
      message(problemText(data), true);
      return [];
    }
    data.forEach(f => {
      const li = el('li');
      const a = el('a', f.path);
      a.href = '?v=' + encodeURIComponent(version) + '&file=' + encodeURIComponent(f.path);
      a.dataset.path = f.path;
      a.addEventListener('click', event => {
        event.preventDefault();
        history.replaceState(null, '', a.href);
        showFile(f.path);
      });
      li.appendChild(a);
      li.appendChild(el('span', kindText(f.kind), 'file-kind'));
      list.appendChild(li);
    });
    return data;
  }

  function kindText(kind) {
    return { DECISION_TABLE: t('rules.kind.table', 'tabela de decisão'), DRL: 'DRL',
      SCENARIOS: t('rules.kind.scenarios', 'cenários'), OTHER: '' }[kind] || '';
  }

  async function showFile(path) {
    stopEditing();
    byId('proposal-result').replaceChildren();
    document.querySelectorAll('#file-list a').forEach(a => a.setAttribute('aria-current', String(a.dataset.path === path)));
    const { ok, data } = await session.call('GET', base() + '/files/' + filePath(path));
    const view = byId('file-view');
    view.replaceChildren();
    if (!ok) {
      message(problemText(data), true);
      return;
    }
    message('');
    current = { path, model: data.table, editable: data.editable };
    byId('file-title').textContent = path;
    const download = byId('download-file');
    download.href = base() + '/files/' + filePath(path) + '?download';
    download.hidden = false;
    byId('edit-start').hidden = !data.editable;
    byId('xlsx-hint').hidden = !(data.table && !data.editable);
    view.appendChild(data.table ? window.triagemRuleTable.render(data.table) : window.triagemDrl.highlight(data.text || ''));
  }

  function startEditing() {
    const sheet = current.model.sheets[0];
    editing = {
      rows: sheet.rows.map(r => ({ number: r.number, role: r.role, cells: r.cells.slice() })),
      onChange: drawEditor
    };
    byId('edit-panel').hidden = false;
    byId('edit-start').hidden = true;
    drawEditor();
  }

  function drawEditor() {
    byId('file-view').replaceChildren(window.triagemRuleTable.sheetTable(current.model.sheets[0], editing));
  }

  function stopEditing() {
    editing = null;
    byId('edit-panel').hidden = true;
    byId('edit-comment').value = '';
  }

  async function propose() {
    const csv = window.triagemRuleTable.toCsv(editing.rows);
    const form = new FormData();
    // A part named with its folder replaces exactly that file of the base version.
    form.append(current.path, new Blob([csv], { type: 'text/csv' }), current.path.split('/').pop());
    const query = new URLSearchParams({ base: version, comment: byId('edit-comment').value.trim() });
    const button = byId('propose');
    button.disabled = true;
    const out = byId('proposal-result');
    out.replaceChildren(el('p', t('rules.proposing', 'Validando e testando a versão nova…')));
    try {
      const response = await fetch('api/rulesets?' + query, { method: 'POST', body: form, credentials: 'same-origin',
        headers: { 'Accept': 'application/json, application/problem+json', 'X-Triagem-CSRF': '1',
          'Accept-Language': i18n.lang } });
      const data = await response.json().catch(() => ({}));
      if (!response.ok) {
        out.replaceChildren(el('p', problemText(data), 'problem'));
        return;
      }
      const path = current.path;
      await showFile(path);
      out.replaceChildren(verdict(data));
    } finally {
      button.disabled = false;
    }
  }

  /** The new version's verdict: compiles or not, scenarios passing or failing, and what to read next. */
  function verdict(v) {
    const box = el('div', undefined, 'verdict');
    box.id = 'proposal-verdict';
    box.dataset.version = v.number;
    box.appendChild(el('h3', t('analyst.proposed', 'Versão proposta:') + ' ' + v.label));
    const badges = el('p');
    badges.appendChild(el('span', v.valid ? t('analyst.valid', 'compila') : t('analyst.invalid', 'não compila'),
      'badge ' + (v.valid ? 'ok' : 'bad')));
    if (v.valid) {
      badges.appendChild(el('span', v.green ? t('analyst.green', 'cenários OK')
        : v.scenarioFailureCount + ' ' + t('analyst.failures', 'cenário(s) falhando'), 'badge ' + (v.green ? 'ok' : 'bad')));
    }
    box.appendChild(badges);
    const list = el('ul');
    (v.problems || []).forEach(p => list.appendChild(el('li', p.file + (p.line ? ':' + p.line : '') + ' — ' + p.message, 'problem')));
    (v.scenarioFailures || []).forEach(f => list.appendChild(el('li', f.file + ':' + f.row + ' ' + f.field + ': '
      + t('analyst.expected', 'esperado') + ' "' + f.expected + '", ' + t('analyst.actual', 'obtido') + ' "' + f.actual + '"',
      'problem')));
    if (list.childNodes.length) box.appendChild(list);
    const links = el('p');
    const open = el('a', t('rules.open.new', 'Ver a versão nova'));
    open.href = 'regras.html?v=' + v.number + '&diff=' + encodeURIComponent(version)
      + (current ? '&file=' + encodeURIComponent(current.path) : '');
    open.id = 'open-new-version';
    links.appendChild(open);
    links.appendChild(document.createTextNode(' · '));
    const activate = el('a', t('rules.activate.there', 'Ativar na página de versões'));
    activate.href = 'analyst.html';
    links.appendChild(activate);
    box.appendChild(links);
    return box;
  }

  async function compare(event) {
    if (event) event.preventDefault();
    const from = byId('compare-from').value.trim().replace(/^v/i, '');
    const to = byId('compare-to').value.trim().replace(/^v/i, '');
    const out = byId('diff');
    const { ok, data } = await session.call('GET', 'api/rulesets/' + encodeURIComponent(from) + '/diff/' + encodeURIComponent(to));
    out.replaceChildren(ok ? window.triagemRuleDiff.render(data) : el('p', problemText(data), 'problem'));
  }

  byId('edit-start').addEventListener('click', startEditing);
  byId('edit-cancel').addEventListener('click', () => showFile(current.path));
  byId('propose').addEventListener('click', propose);
  byId('compare-form').addEventListener('submit', compare);

  i18n.ready.then(() => session.requireUser()).then(async () => {
    if (!version) {
      message(t('rules.no.version', 'Escolha uma versão na página de versões.'), true);
      return;
    }
    if (!(await loadVersion())) return;
    const files = await loadFiles();
    const wanted = params.get('file');
    const first = files.find(f => f.path === wanted) || files.find(f => f.kind === 'DECISION_TABLE') || files[0];
    if (first) await showFile(first.path);
    if (params.get('diff')) await compare();
  });
})();
