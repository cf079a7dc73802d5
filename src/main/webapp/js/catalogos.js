/*
 * The managed lists (departments, resolution codes, root causes): everyone who works cases reads them;
 * admins add entries, relabel them, retire and reinstate them, and read who changed what. Every value
 * from the server is put in the page with textContent or as an input's value, never as HTML.
 */
(function () {
  'use strict';
  const i18n = window.triagemI18n;
  const t = (key, fallback) => i18n.t(key, fallback);
  const session = window.triagemSession;
  const $ = id => document.getElementById(id);
  let me = null;
  let shown = 'departments';

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  function button(text, cls, onClick) {
    const b = el('button', text, cls);
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  }

  function isAdmin() {
    return me.roles.includes('admin');
  }

  function say(text, bad) {
    const m = $('catalogue-message');
    m.textContent = text;
    m.className = 'message' + (bad ? ' bad' : '');
  }

  /** A refusal in the admin's words, by the problem's type; the server's detail otherwise. */
  function refusal(p) {
    const type = String((p && p.type) || '').split('/').pop();
    const known = {
      'invalid-input': t('catalogos.error.invalid', 'Confira os campos') + ': '
        + ((p.errors || []).map(e => t('catalogos.field.' + e.field, e.field)).join(', ')),
      'catalogue-conflict': t('catalogos.error.conflict', 'A lista não aceita esta alteração') + ': ' + (p.detail || ''),
      'catalogue-entry-not-found': t('catalogos.error.notFound', 'Item não encontrado; recarregue a página.'),
      'forbidden': t('catalogos.readOnly', 'Somente administradores alteram as listas.'),
      'http-403': t('catalogos.readOnly', 'Somente administradores alteram as listas.')
    };
    return known[type] || [p && p.title, p && p.detail].filter(Boolean).join(' — ') || t('staff.error', 'Erro');
  }

  async function change(method, path, body, done) {
    const { ok, data } = await session.call(method, 'api/catalogues/' + shown + path, body);
    if (ok) {
      say(done, false);
    } else {
      say(refusal(data), true);
    }
    await load();
    return ok;
  }

  function codePath(code) {
    return '/' + encodeURIComponent(code);
  }

  function row(entry) {
    const tr = el('tr', null, entry.retired ? 'retired' : '');
    tr.dataset.code = entry.code;
    tr.appendChild(el('td', entry.code, 'code'));
    tr.appendChild(el('td', entry.label, 'label'));
    tr.appendChild(el('td', entry.labelEn || '', 'label-en'));
    tr.appendChild(el('td', entry.retired ? t('catalogos.state.retired', 'Desativado')
      : t('catalogos.state.active', 'Ativo'), 'state'));
    const actions = el('td', null, 'row-actions');
    if (isAdmin()) {
      actions.appendChild(button(t('catalogos.relabel', 'Renomear'), 'relabel', () => edit(tr, entry)));
      actions.appendChild(entry.retired
        ? button(t('catalogos.reinstate', 'Reativar'), 'reinstate', () => change('POST', codePath(entry.code)
          + '/reinstate', undefined, t('catalogos.done.reinstated', 'Item reativado') + ': ' + entry.code))
        : button(t('catalogos.retire', 'Desativar'), 'retire', () => change('POST', codePath(entry.code) + '/retire',
          undefined, t('catalogos.done.retired', 'Item desativado') + ': ' + entry.code)));
    }
    tr.appendChild(actions);
    return tr;
  }

  /** The row's labels become inputs, with Salvar / Cancelar. */
  function edit(tr, entry) {
    const label = el('input', null, 'label');
    label.value = entry.label;
    label.maxLength = 120;
    label.setAttribute('aria-label', t('catalogos.col.label', 'Rótulo (pt-BR)'));
    const labelEn = el('input', null, 'label-en');
    labelEn.value = entry.labelEn || '';
    labelEn.maxLength = 120;
    labelEn.setAttribute('aria-label', t('catalogos.col.labelEn', 'Rótulo (inglês)'));
    tr.children[1].replaceChildren(label);
    tr.children[2].replaceChildren(labelEn);
    tr.lastChild.replaceChildren(
      button(t('catalogos.save', 'Salvar'), 'save', () => change('PUT', codePath(entry.code),
        { label: label.value, labelEn: labelEn.value || null }, t('catalogos.done.relabelled', 'Rótulo alterado')
          + ': ' + entry.code)),
      button(t('staff.action.cancel', 'Cancelar'), 'secondary cancel', load));
    label.focus();
  }

  function describe(state) {
    if (!state) return '—';
    return state.label + (state.labelEn ? ' / ' + state.labelEn : '')
      + (state.retired ? ' (' + t('catalogos.state.retired', 'Desativado') + ')' : '');
  }

  async function loadHistory() {
    const tbody = document.querySelector('#history tbody');
    const { ok, data } = await session.call('GET', 'api/catalogues/' + shown + '/history?limit=100');
    tbody.replaceChildren();
    if (!ok) return;
    data.forEach(c => {
      const tr = el('tr');
      tr.appendChild(el('td', c.revision));
      tr.appendChild(el('td', new Date(c.at).toLocaleString(i18n.lang)));
      tr.appendChild(el('td', c.actor));
      tr.appendChild(el('td', t('catalogos.action.' + c.action, c.action), 'action'));
      tr.appendChild(el('td', c.code));
      tr.appendChild(el('td', describe(c.before)));
      tr.appendChild(el('td', describe(c.after)));
      tbody.appendChild(tr);
    });
  }

  async function load() {
    document.querySelectorAll('.list-tabs button').forEach(b =>
      b.setAttribute('aria-pressed', String(b.dataset.list === shown)));
    const { ok, data } = await session.call('GET', 'api/catalogues/' + shown + '?includeRetired=true');
    const tbody = document.querySelector('#entries tbody');
    tbody.replaceChildren();
    if (!ok) {
      say(refusal(data), true);
      return;
    }
    data.entries.forEach(entry => tbody.appendChild(row(entry)));
    $('revision').textContent = t('catalogos.revision', 'Revisão da lista') + ': ' + data.revision;
    await loadHistory();
  }

  async function add(event) {
    event.preventDefault();
    const code = $('add-code').value.trim();
    const added = await change('POST', '', { code, label: $('add-label').value, labelEn: $('add-label-en').value || null },
      t('catalogos.done.added', 'Item adicionado') + ': ' + code);
    if (added) $('add-form').reset();
  }

  async function start() {
    await i18n.ready;
    me = await session.requireUser();
    // The header (who, the pages this role may use, Sair) is js/nav.js's.
    $('add-form').hidden = !isAdmin();
    $('read-only').hidden = isAdmin();
    $('add-form').addEventListener('submit', add);
    document.querySelectorAll('.list-tabs button').forEach(b => b.addEventListener('click', () => {
      shown = b.dataset.list;
      say('', false);
      load();
    }));
    const wanted = new URLSearchParams(location.search).get('list');
    if (['departments', 'resolution-codes', 'root-causes'].includes(wanted)) shown = wanted;
    await load();
  }

  start();
})();
