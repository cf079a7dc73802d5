/*
 * The staff queue (staff.html): every case of the chosen filter, reached through the server's pages; the
 * filters (scope, status, priority, due, and the ones a dashboard click puts in the address) run on the
 * server and live in the address, so a shared link or a reload shows the same queue; each row counts down
 * to its running SLA clock due first and names it; the list refreshes itself and says how many cases
 * arrived since it was last looked at. Complaint text is untrusted: values go in with textContent only.
 * The keyboard (rows, shortcuts) is in staff-keys.js.
 */
(function () {
  'use strict';
  const i18n = window.triagemI18n;
  const t = (key, fallback) => i18n.t(key, fallback);
  const session = window.triagemSession;
  const $ = id => document.getElementById(id);

  const PAGE_SIZE = 100;
  /** How often the list refreshes itself; a test may shorten it before the page's scripts run. */
  const POLL_MS = window.triagemQueuePollMs || 30000;
  /** Filters that arrive in the address (a dashboard click), shown as chips, each with a way out. */
  const ADDRESS_FILTERS = ['q', 'department', 'assignee', 'channel', 'category', 'openedFrom', 'openedTo'];
  const CLOCK_NAMES = { FIRST_RESPONSE: '1ª resposta', RESOLUTION: 'Resolução', LEGAL: 'Prazo legal' };
  const HOUR = 3600000;
  const MAX_HOURS = 8784; // what the API takes: a leap year

  let page = 1;
  let seenSince = null; // the server's time when the queue was last looked at: later cases are "new"
  let loads = 0; // answers to an older request than the latest are dropped

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  /** "3 h", "45 min", "7 d": how far a time is, whichever side of now. */
  function span(ms) {
    const abs = Math.abs(ms);
    if (abs < HOUR) return Math.max(1, Math.round(abs / 60000)) + ' min';
    const hours = Math.round(abs / HOUR);
    return hours >= 48 ? Math.round(hours / 24) + ' d' : hours + ' h';
  }

  /** A colour-coded countdown to a due time: "3 h", "vencido há 2 h", "7 d". */
  function countdown(iso) {
    const ms = new Date(iso).getTime() - Date.now();
    const e = el('span', (ms < 0 ? t('staff.due.late', 'vencido há') + ' ' : '') + span(ms),
      'due ' + (ms < 0 ? 'late' : ms < 24 * HOUR ? 'soon' : 'ok'));
    e.title = new Date(iso).toLocaleString(i18n.lang);
    return e;
  }

  /** A row's countdown to its running clock due first, named: "Resolução · vencido há 2 h". */
  function nextDueCell(nextDue) {
    const cell = el('td', null, 'next-due');
    if (!nextDue) {
      cell.appendChild(el('span', t('staff.next.none', 'sem prazo correndo'), 'due none'));
      return cell;
    }
    // two pieces that each keep together, so a narrow column breaks the line only between them
    cell.appendChild(el('span', t('staff.next.' + nextDue.clock, CLOCK_NAMES[nextDue.clock] || nextDue.clock) + ' ·',
      'clock-name'));
    cell.appendChild(document.createTextNode(' '));
    cell.appendChild(countdown(nextDue.dueAt));
    return cell;
  }

  /** Why the list could not be loaded, in the reader's language: a 400 names the filters it refused. */
  function problemText(status, p) {
    if (status === 400) {
      const fields = (p.errors || []).map(e => e.field).join(', ');
      return t('staff.queue.badFilter', 'Um filtro do endereço não vale') + (fields ? ': ' + fields : '');
    }
    return [p.title || t('staff.error', 'Erro'), p.detail].filter(Boolean).join(' — ');
  }

  // ------------------------------------------------------------------ the address: the whole filter

  const query = () => new URLSearchParams(location.search);

  function writeAddress(changes) {
    const q = query();
    Object.entries(changes).forEach(([name, value]) => {
      if (value === null || value === undefined) q.delete(name); else q.set(name, value);
    });
    const search = q.toString();
    history.replaceState(null, '', location.pathname + (search ? '?' + search : '') + location.hash);
  }

  /** A select shows the address's value, adding an option when its list lacks it (a hand-made link). */
  function selectValue(selectId, value, label) {
    const select = $(selectId);
    if (!Array.from(select.options).some(o => o.value === value)) select.appendChild(new Option(label || value, value));
    select.value = value;
  }

  function readAddress() {
    const q = query();
    if (q.has('scope')) selectValue('scope', q.get('scope'));
    if (q.has('status')) selectValue('status-filter', q.get('status'));
    if (q.has('priority')) selectValue('priority-filter', q.get('priority'));
    if (q.get('due') === 'breached') selectValue('clock-filter', 'breached');
    if (q.get('due') === 'within') {
      const asked = Number(q.get('hours'));
      const hours = Number.isInteger(asked) && asked >= 1 && asked <= MAX_HOURS ? String(asked) : '24';
      selectValue('clock-filter', 'within-' + hours, t('staff.clock.within', 'Vencem em') + ' ' + hours + ' h');
    }
    page = Math.max(1, parseInt(q.get('page'), 10) || 1);
  }

  /** The selects' choice into the address; the first option of each is the default, left out. */
  function writeControls() {
    const chosen = id => ($(id).selectedIndex === defaultIndex(id) ? null : $(id).value);
    const due = $('clock-filter').value;
    writeAddress({
      scope: chosen('scope'),
      status: chosen('status-filter'),
      priority: chosen('priority-filter'),
      due: due === 'breached' ? 'breached' : due.startsWith('within-') ? 'within' : null,
      hours: due.startsWith('within-') ? due.substring('within-'.length) : null,
      page: page > 1 ? String(page) : null
    });
  }

  function defaultIndex(id) {
    const i = Array.from($(id).options).findIndex(o => o.defaultSelected);
    return i < 0 ? 0 : i;
  }

  /** The API query for the address's filter, without the page. */
  function apiFilter() {
    const q = query();
    const params = new URLSearchParams({ sort: 'due' });
    ADDRESS_FILTERS.forEach(name => { if (q.get(name)) params.set(name, q.get(name)); });
    const scope = $('scope').value;
    if (scope === 'mine') params.set('mine', 'true');
    if (scope === 'unassigned') params.set('unassigned', 'true');
    if ($('status-filter').value) params.set('status', $('status-filter').value);
    if ($('priority-filter').value) params.set('priority', $('priority-filter').value);
    const due = $('clock-filter').value;
    if (due === 'breached') params.set('due', 'breached');
    if (due.startsWith('within-')) {
      params.set('due', 'within');
      params.set('hours', due.substring('within-'.length));
    }
    return params;
  }

  // ------------------------------------------------------------------ address filter chips

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
    const q = query();
    ADDRESS_FILTERS.filter(name => q.get(name)).forEach(name => {
      const item = el('li');
      item.dataset.filter = name;
      item.appendChild(el('span', t('staff.filter.' + name, name) + ': ' + shownValue(name, q.get(name))));
      const clear = el('button', '×');
      clear.type = 'button';
      clear.title = t('staff.filter.clear', 'Remover filtro');
      clear.setAttribute('aria-label', clear.title + ' ' + t('staff.filter.' + name, name));
      clear.addEventListener('click', () => {
        page = 1;
        writeAddress({ [name]: null, page: null });
        renderAddressFilters();
        load();
      });
      item.appendChild(clear);
      list.appendChild(item);
    });
  }

  // ------------------------------------------------------------------ the list and its pages

  function row(c) {
    const tr = el('tr');
    tr.dataset.protocol = c.protocol;
    tr.tabIndex = -1;
    if (location.hash.substring(1) === c.protocol) tr.className = 'selected';
    tr.appendChild(el('td', c.protocol));
    tr.appendChild(el('td', c.subject || '—', 'subject'));
    tr.appendChild(el('td', c.priority));
    tr.appendChild(el('td', t('status.' + c.status, c.status)));
    tr.appendChild(el('td', c.assignee || '—'));
    tr.appendChild(nextDueCell(c.nextDue));
    tr.addEventListener('click', () => { location.hash = c.protocol; });
    return tr;
  }

  function renderRows(cases) {
    const tbody = document.querySelector('#queue tbody');
    const focused = document.activeElement && document.activeElement.closest
      ? document.activeElement.closest('#queue tbody tr') : null;
    tbody.replaceChildren(...cases.map(row));
    if (!cases.length) {
      const empty = el('tr', null, 'empty');
      const cell = el('td', t('staff.queue.empty', 'Nenhum caso'));
      cell.colSpan = 6;
      empty.appendChild(cell);
      tbody.appendChild(empty);
    }
    window.triagemQueueKeys.rowsChanged(focused && focused.dataset.protocol);
  }

  function pageButton(label, target, current, pages) {
    const b = el('button', label);
    b.type = 'button';
    b.dataset.page = String(target);
    b.disabled = target < 1 || target > pages || target === current;
    if (target === current) b.setAttribute('aria-current', 'page');
    b.addEventListener('click', () => goTo(target));
    return b;
  }

  /** Previous, the first page, two either side of this one, the last, next; gaps shown as "…". */
  function renderPager(pages) {
    const nav = $('queue-pager');
    nav.replaceChildren();
    nav.hidden = pages <= 1;
    const previous = pageButton('‹ ' + t('staff.page.previous', 'Anterior'), page - 1, null, pages);
    previous.dataset.role = 'previous';
    nav.appendChild(previous);
    let last = 0;
    for (let p = 1; p <= pages; p++) {
      if (p !== 1 && p !== pages && Math.abs(p - page) > 2) continue;
      if (p - last > 1) nav.appendChild(el('span', '…', 'gap'));
      nav.appendChild(pageButton(String(p), p, page, pages));
      last = p;
    }
    const next = pageButton(t('staff.page.next', 'Próxima') + ' ›', page + 1, null, pages);
    next.dataset.role = 'next';
    nav.appendChild(next);
  }

  function renderCount(total, pages) {
    const count = total + ' ' + t('staff.cases', 'caso(s)');
    $('queue-count').textContent = pages > 1
      ? count + ' · ' + t('staff.page', 'página') + ' ' + page + '/' + pages : count;
  }

  /** The server's clock at an answer (its Date header), so "new" never depends on this computer's clock. */
  function serverNow(headers) {
    const date = new Date(headers.get('Date') || Date.now());
    return (isNaN(date) ? new Date() : date).toISOString();
  }

  /**
   * Loads the page the address names. {@code refresh}: the list refreshing itself, which keeps what
   * counts as "new"; anything a person asked for starts counting again from now.
   */
  async function load(refresh) {
    const mine = ++loads;
    const params = apiFilter();
    params.set('limit', String(PAGE_SIZE));
    params.set('page', String(page - 1));
    const { ok, status, data, headers } = await session.call('GET', 'api/cases?' + params);
    if (mine !== loads) return;
    if (!ok) {
      document.querySelector('#queue tbody').replaceChildren();
      renderPager(1);
      $('queue-count').textContent = problemText(status, data);
      return;
    }
    const total = Number(headers.get('X-Total-Count') || data.length);
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    if (page > pages) { // the list shrank under us, or a link names a page past the end
      page = pages;
      writeControls();
      return load(refresh);
    }
    renderRows(data);
    renderPager(pages);
    renderCount(total, pages);
    if (!refresh) {
      seenSince = serverNow(headers);
      showNew(0);
    }
  }

  function goTo(target) {
    page = target;
    writeControls();
    load(true).then(() => window.triagemQueueKeys.focusFirstRow());
  }

  // ------------------------------------------------------------------ refreshing itself

  function showNew(count) {
    const badge = $('queue-new');
    badge.hidden = count <= 0;
    badge.textContent = count + ' ' + t('staff.queue.new', 'novo(s)');
  }

  async function poll() {
    if (document.hidden || seenSince === null) return;
    await load(true);
    const params = apiFilter();
    params.set('openedSince', seenSince);
    params.set('limit', '1');
    const { ok, headers } = await session.call('GET', 'api/cases?' + params);
    if (ok) showNew(Number(headers.get('X-Total-Count') || 0));
  }

  /** Back to the first page, counting "new" from now: the badge's click and the r key. */
  function refresh() {
    page = 1;
    writeControls();
    return load(false);
  }

  async function loadBacklog(me) {
    if (!me.roles.includes('supervisor') && !me.roles.includes('admin')) return;
    const { ok, data } = await session.call('GET', 'api/cases/backlog');
    if (!ok) return;
    $('backlog-section').hidden = false;
    const tbody = document.querySelector('#backlog tbody');
    tbody.replaceChildren();
    data.rows.forEach(r => {
      const tr = el('tr');
      tr.appendChild(el('td', r.department));
      tr.appendChild(el('td', r.priority));
      r.byAge.forEach(n => tr.appendChild(el('td', n)));
      tr.appendChild(el('td', r.total));
      tbody.appendChild(tr);
    });
  }

  /** Reads the address, wires the filters, loads the queue and the backlog, and starts refreshing. */
  async function start(me) {
    readAddress();
    writeControls(); // the address as the page understood it: a value it could not read is dropped
    renderAddressFilters();
    ['scope', 'status-filter', 'priority-filter', 'clock-filter'].forEach(id => $(id).addEventListener('change', () => {
      page = 1;
      writeControls();
      load(false);
    }));
    $('queue-new').addEventListener('click', refresh);
    const pagerAllows = role => {
      const button = $('queue-pager').querySelector('[data-role=' + role + ']');
      return !$('queue-pager').hidden && button && !button.disabled;
    };
    window.triagemQueueKeys.start({
      refresh,
      nextPage: () => pagerAllows('next') && goTo(page + 1),
      previousPage: () => pagerAllows('previous') && goTo(page - 1)
    });
    setInterval(poll, POLL_MS);
    document.addEventListener('visibilitychange', () => { if (!document.hidden) poll(); });
    await load(false);
    await loadBacklog(me);
  }

  window.triagemQueue = { start, reload: () => load(true), countdown };
})();
