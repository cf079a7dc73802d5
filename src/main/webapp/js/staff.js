/*
 * The department staff workspace: the queue (mine, the department's, unassigned; by status, priority
 * and legal deadline), one case at a glance with its actions and reply box, and the supervisor's
 * backlog. Complaint text (subject, body, names, file names) is untrusted: every value from the server
 * goes into the page with textContent, never as HTML.
 */
(function () {
  'use strict';
  const i18n = window.triagemI18n;
  const t = (key, fallback) => i18n.t(key, fallback);
  const session = window.triagemSession;
  const $ = id => document.getElementById(id);
  let me = null;
  let current = null; // { view, etag }

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  function when(iso) {
    return iso ? new Date(iso).toLocaleString(i18n.lang) : '';
  }

  /** A colour-coded countdown to the legal deadline. */
  function countdown(iso) {
    const ms = new Date(iso).getTime() - Date.now();
    const hours = Math.round(Math.abs(ms) / 3600000);
    const text = ms < 0 ? t('staff.due.late', 'vencido há') + ' ' + hours + ' h'
      : hours >= 48 ? Math.round(hours / 24) + ' d' : hours + ' h';
    return el('span', text, 'due ' + (ms < 0 ? 'late' : ms < 86400000 ? 'soon' : 'ok'));
  }

  function problemText(p) {
    const parts = [p.title || t('staff.error', 'Erro'), p.detail].filter(Boolean);
    if (p.allowedActions) {
      parts.push(t('staff.allowed', 'ações permitidas') + ': ' + p.allowedActions.map(a => t('action.' + a, a)).join(', '));
    }
    return parts.join(' — ');
  }

  function showMessage(text, bad) {
    const m = $('case-message');
    m.textContent = text;
    m.className = 'message' + (bad ? ' bad' : '');
  }

  /*
   * Filters that arrive in the address (a click on a dashboard chart opens the queue with them): shown
   * above the queue, each with a button that clears it. Status and priority go into their own selects.
   */
  const ADDRESS_FILTERS = ['department', 'assignee', 'channel', 'category', 'openedFrom', 'openedTo'];

  function addressFilters() {
    const query = new URLSearchParams(location.search);
    return ADDRESS_FILTERS.filter(name => query.get(name)).map(name => [name, query.get(name)]);
  }

  function shownValue(name, value) {
    if (name === 'channel') return value.split(',').map(c => t('channel.' + c, c)).join(', ');
    if (name === 'openedFrom' || name === 'openedTo') {
      const [y, m, d] = value.split('-').map(Number);
      const day = new Date(Date.UTC(y, m - 1, d));
      return isNaN(day) ? value : day.toLocaleDateString(i18n.lang, { timeZone: 'UTC' });
    }
    return value;
  }

  function renderAddressFilters() {
    const list = $('active-filters');
    list.replaceChildren();
    addressFilters().forEach(([name, value]) => {
      const item = el('li');
      item.dataset.filter = name;
      item.appendChild(el('span', t('staff.filter.' + name, name) + ': ' + shownValue(name, value)));
      const clear = el('button', '×');
      clear.type = 'button';
      clear.title = t('staff.filter.clear', 'Remover filtro');
      clear.setAttribute('aria-label', clear.title + ' ' + t('staff.filter.' + name, name));
      clear.addEventListener('click', () => clearAddressFilter(name));
      item.appendChild(clear);
      list.appendChild(item);
    });
  }

  function clearAddressFilter(name) {
    const query = new URLSearchParams(location.search);
    query.delete(name);
    history.replaceState(null, '', location.pathname + (query.toString() ? '?' + query : '') + location.hash);
    renderAddressFilters();
    loadQueue();
  }

  /** Status and priority from the address pick their select's option (added when the list lacks it). */
  function selectFromAddress(param, selectId) {
    const query = new URLSearchParams(location.search);
    if (!query.has(param)) return;
    const select = $(selectId);
    const value = query.get(param);
    if (!Array.from(select.options).some(o => o.value === value)) select.appendChild(new Option(value, value));
    select.value = value;
  }

  async function loadQueue() {
    const params = new URLSearchParams({ sort: 'due', limit: '100' });
    addressFilters().forEach(([name, value]) => params.set(name, value));
    const scope = $('scope').value;
    if (scope === 'mine') params.set('mine', 'true');
    if (scope === 'unassigned') params.set('unassigned', 'true');
    if ($('status-filter').value) params.set('status', $('status-filter').value);
    if ($('priority-filter').value) params.set('priority', $('priority-filter').value);
    const { ok, data, headers } = await session.call('GET', 'api/cases?' + params);
    const tbody = document.querySelector('#queue tbody');
    tbody.replaceChildren();
    if (!ok) {
      $('queue-count').textContent = problemText(data);
      return;
    }
    const clock = $('clock-filter').value;
    const now = Date.now();
    data.filter(c => {
      const left = new Date(c.legalDeadline).getTime() - now;
      return clock === 'late' ? left < 0 : clock === 'soon' ? left >= 0 && left < 86400000 : true;
    }).forEach(c => {
      const row = el('tr');
      row.dataset.protocol = c.protocol;
      if (current && current.view.protocol === c.protocol) row.className = 'selected';
      row.appendChild(el('td', c.protocol));
      row.appendChild(el('td', c.subject || '—'));
      row.appendChild(el('td', c.priority));
      row.appendChild(el('td', t('status.' + c.status, c.status)));
      row.appendChild(el('td', c.assignee || '—'));
      const due = el('td');
      due.appendChild(countdown(c.legalDeadline));
      row.appendChild(due);
      row.addEventListener('click', () => { location.hash = c.protocol; });
      tbody.appendChild(row);
    });
    $('queue-count').textContent = (headers.get('X-Total-Count') || data.length) + ' ' + t('staff.cases', 'caso(s)');
  }

  async function loadBacklog() {
    if (!me.roles.includes('supervisor') && !me.roles.includes('admin')) return;
    const { ok, data } = await session.call('GET', 'api/cases/backlog');
    if (!ok) return;
    $('backlog-section').hidden = false;
    const tbody = document.querySelector('#backlog tbody');
    tbody.replaceChildren();
    data.rows.forEach(r => {
      const row = el('tr');
      row.appendChild(el('td', r.department));
      row.appendChild(el('td', r.priority));
      r.byAge.forEach(n => row.appendChild(el('td', n)));
      row.appendChild(el('td', r.total));
      tbody.appendChild(row);
    });
  }

  async function openCase(protocol) {
    const { ok, data, headers } = await session.call('GET', 'api/cases/' + encodeURIComponent(protocol));
    if (!ok) {
      $('case-section').hidden = false;
      showMessage(problemText(data), true);
      return;
    }
    current = { view: data, etag: headers.get('ETag') };
    render(data);
    document.querySelectorAll('#queue tbody tr').forEach(r =>
      r.classList.toggle('selected', r.dataset.protocol === protocol));
  }

  function render(c) {
    $('case-section').hidden = false;
    $('case-protocol').textContent = c.protocol;
    $('case-status').textContent = t('status.' + c.status, c.status);
    $('case-department').textContent = c.department;
    $('case-priority').textContent = c.priority;
    $('case-assignee').textContent = c.assignee || '—';
    $('case-channel').textContent = t('channel.' + c.channel, c.channel);
    const who = c.customer || {};
    $('case-customer').textContent = [who.name, who.email, who.phone, who.cpf].filter(Boolean).join(' · ') || '—';
    // Each SLA clock: its target and where it stands, in business or calendar time (staff-clocks.js).
    window.triagemClocks.render($('case-sla'), c, el);
    $('case-subject').textContent = c.subject || t('staff.noSubject', '(sem assunto)');
    $('case-description').textContent = c.description;
    $('case-ruleset').textContent = c.routing.ruleSetVersion + (c.routing.fallback ? ' — ' + c.routing.fallbackReason : '');
    const rules = $('case-rules');
    rules.replaceChildren();
    c.routing.firedRules.forEach(r => rules.appendChild(el('li', r)));
    renderActions(c);
    renderTimeline(c);
  }

  function renderActions(c) {
    const box = $('case-actions');
    box.replaceChildren();
    c.allowedActions.forEach(action => {
      const b = el('button', t('action.' + action, action));
      b.type = 'button';
      b.dataset.action = action;
      b.addEventListener('click', () => act(action));
      box.appendChild(b);
    });
  }

  /** Messages, replies, notes and the history, each said for what it is (staff-timeline.js). */
  function renderTimeline(c) {
    window.triagemTimeline.render($('case-timeline'), c);
  }

  function bodyFor(action) {
    switch (action) {
      case 'assign': return { agent: $('action-agent').value || null };
      case 'transfer': return { department: $('action-department').value || null, reason: $('action-reason').value,
        keepDecisions: $('action-keep').checked };
      case 'resolve': return { resolutionCode: $('action-code').value, rootCause: $('action-cause').value };
      case 'merge': return { into: $('action-into').value };
      default: return {};
    }
  }

  async function act(action) {
    const protocol = current.view.protocol;
    const { ok, status, data } = await session.call('POST', 'api/cases/' + encodeURIComponent(protocol) + '/actions/'
      + action, bodyFor(action), { 'If-Match': current.etag });
    if (ok) {
      showMessage(t('staff.done', 'Feito') + ': ' + t('action.' + action, action), false);
      if (action === 'transfer' || action === 'merge') {
        current = null;
        $('case-section').hidden = true;
      } else {
        await openCase(protocol);
      }
    } else {
      showMessage(problemText(data), true);
      if (status === 412) await openCase(protocol);
    }
    await loadQueue();
  }

  async function reply(event) {
    event.preventDefault();
    const text = $('reply-text').value;
    if (!text.trim()) return;
    const protocol = current.view.protocol;
    const { ok, data } = await session.call('POST', 'api/cases/' + encodeURIComponent(protocol) + '/messages',
      { kind: $('reply-kind').value, text }, { 'If-Match': current.etag });
    if (ok) {
      $('reply-text').value = '';
      showMessage(t('staff.replySent', 'Mensagem registrada'), false);
      await openCase(protocol);
    } else {
      showMessage(problemText(data), true);
    }
  }

  async function start() {
    await i18n.ready;
    me = await session.requireUser();
    $('who').textContent = me.username + (me.departments.length ? ' · ' + me.departments.join(', ') : '');
    $('sign-out').addEventListener('click', () => session.signOut());
    $('painel-link').hidden = !me.roles.includes('supervisor') && !me.roles.includes('admin');
    selectFromAddress('status', 'status-filter');
    selectFromAddress('priority', 'priority-filter');
    renderAddressFilters();
    ['scope', 'status-filter', 'priority-filter', 'clock-filter'].forEach(id => $(id).addEventListener('change', loadQueue));
    $('reply-form').addEventListener('submit', reply);
    window.addEventListener('hashchange', () => openCase(location.hash.substring(1)));
    await loadQueue();
    await loadBacklog();
    if (location.hash.length > 1) await openCase(location.hash.substring(1));
  }

  start();
})();
