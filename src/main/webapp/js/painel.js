/*
 * The SAC manager's dashboard (painel.html): KPI tiles with their trend, charts, filters, a click from
 * a chart element to the staff queue filtered to its cases, and a refresh every minute. It reads
 * GET /api/reports/kpis only. Every value goes into the page with textContent or as an ECharts option.
 */
(function () {
  'use strict';
  const i18n = window.triagemI18n;
  const t = (key, fallback) => i18n.t(key, fallback);
  const session = window.triagemSession;
  const figures = window.triagemPainel;
  const draw = window.triagemPainelCharts;
  const $ = id => document.getElementById(id);

  const REFRESH_MS = 60000;
  const FILTERS = ['from', 'to', 'groupBy', 'department', 'channel', 'category', 'priority', 'agent'];
  const INPUTS = { from: 'f-from', to: 'f-to', groupBy: 'f-group', department: 'f-department', channel: 'f-channel',
    category: 'f-category', priority: 'f-priority', agent: 'f-agent' };
  const charts = {};
  let shown = null; // { report, filters } of the last report drawn
  let loading = false;
  let again = false; // filters changed while a report was on its way: load once more after it

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  const writer = { lang: i18n.lang, t, format: (kind, value) => figures.format(kind, value, i18n.lang) };

  /* ---------- filters: the form, the address bar and the report's query ---------- */

  function filtersFromAddress() {
    const query = new URLSearchParams(location.search);
    const to = query.get('to') || figures.today();
    const chosen = { to, from: query.get('from') || figures.addDays(to, -29), groupBy: query.get('groupBy') || 'day' };
    ['department', 'channel', 'category', 'priority', 'agent'].forEach(name => { chosen[name] = query.get(name) || ''; });
    return chosen;
  }

  function showFilters(chosen) {
    FILTERS.forEach(name => {
      const input = $(INPUTS[name]);
      if (input.tagName === 'SELECT' && chosen[name] && !Array.from(input.options).some(o => o.value === chosen[name])) {
        input.appendChild(new Option(chosen[name], chosen[name]));
      }
      input.value = chosen[name];
    });
  }

  function readFilters() {
    const chosen = {};
    FILTERS.forEach(name => { chosen[name] = $(INPUTS[name]).value.trim(); });
    return chosen;
  }

  /** The filters in the address bar, so a reload or a shared link shows the same figures. */
  function rememberFilters(chosen) {
    const query = new URLSearchParams();
    if (asked()) query.set('lang', asked());
    FILTERS.forEach(name => { if (chosen[name]) query.set(name, chosen[name]); });
    history.replaceState(null, '', 'painel.html?' + query.toString());
  }

  function reportAddress(chosen, range) {
    const query = new URLSearchParams({ from: range.from, to: range.to, groupBy: chosen.groupBy });
    ['department', 'channel', 'category', 'priority', 'agent'].forEach(name => {
      if (chosen[name]) query.set(name, chosen[name]);
    });
    return 'api/reports/kpis?' + query.toString();
  }

  /* ---------- the report ---------- */

  async function load() {
    if (loading) {
      again = true;
      return;
    }
    loading = true;
    try {
      const chosen = readFilters();
      if (!chosen.from || !chosen.to || chosen.to < chosen.from) {
        showError(t('painel.error.range', 'Escolha um período válido: a data inicial não pode ser depois da final.'));
        return;
      }
      const address = reportAddress(chosen, chosen);
      const answer = await session.call('GET', address);
      if (answer.status === 401) {
        await session.requireUser(); // the session ended (a refresh after hours): sign in again
        return;
      }
      if (!answer.ok) {
        showError(problemText(answer.status, answer.data));
        return;
      }
      const report = answer.data;
      const previous = report.previous !== undefined ? report.previous : await previousTotal(chosen);
      showError('');
      shown = { report, filters: chosen };
      renderTiles(report.total, previous);
      renderCharts(report);
      $('tiles').dataset.report = address; // which query the figures on screen answer (tests, support)
      suggest('category-names', (report.topCategories || []).map(r => r.name).filter(n => n !== '(none)'));
      $('updated').textContent = t('painel.updated', 'atualizado às') + ' '
        + new Intl.DateTimeFormat(i18n.lang, { hour: '2-digit', minute: '2-digit' }).format(new Date());
    } finally {
      loading = false;
      if (again) {
        again = false;
        load();
      }
    }
  }

  /** Until the report carries `previous`, the equally long range before is asked for separately. */
  async function previousTotal(chosen) {
    const answer = await session.call('GET', reportAddress(chosen, figures.previousRange(chosen.from, chosen.to)));
    return answer.ok ? answer.data.total : null;
  }

  function problemText(status, problem) {
    if (status === 403) {
      return t('painel.error.forbidden', 'Sem acesso a esses números: escolha um dos seus departamentos.');
    }
    if (status === 400) {
      const fields = (problem.errors || []).map(e => e.field).join(', ');
      return t('painel.error.invalid', 'Filtro inválido') + (fields ? ': ' + fields : '');
    }
    return t('painel.error.generic', 'Não foi possível carregar os indicadores agora. Tentaremos de novo em um minuto.');
  }

  function showError(text) {
    $('painel-error').textContent = text;
  }

  /* ---------- tiles ---------- */

  function renderTiles(total, previous) {
    const box = $('tiles');
    box.replaceChildren();
    figures.TILES.filter(tile => tile.shown(total)).forEach(tile => {
      const now = tile.read(total);
      const before = previous && tile.shown(previous) ? tile.read(previous) : null;
      const card = el('div', null, 'tile');
      card.dataset.kpi = tile.key;
      card.appendChild(el('span', t('painel.tile.' + tile.key, tile.label), 'tile-label'));
      const value = el('data', writer.format(tile.kind, now), 'tile-value');
      value.value = now === null ? '' : String(now);
      card.appendChild(value);
      const change = figures.trend(tile, now, before, i18n.lang);
      const trend = el('span', change ? change.text : '—', 'tile-trend ' + (change ? change.tone : 'neutral'));
      trend.title = t('painel.trendTitle', 'comparado ao período anterior')
        + (before === null ? '' : ': ' + writer.format(tile.kind, before));
      card.appendChild(trend);
      const small = figures.detail(tile, total, writer);
      if (small) card.appendChild(el('span', small, 'tile-detail'));
      box.appendChild(card);
    });
  }

  /* ---------- charts ---------- */

  function chart(id, onClick) {
    if (!charts[id]) {
      charts[id] = window.echarts.init($(id), null, { renderer: 'canvas' });
      if (onClick) charts[id].on('click', onClick);
    }
    return charts[id];
  }

  function renderCharts(report) {
    chart('chart-volume', openVolume).setOption(draw.volume(report, writer), true);
    chart('chart-sla').setOption(draw.sla(report, writer), true);
    chart('chart-times').setOption(draw.times(report.total, writer), true);
    chart('chart-categories', openCategory).setOption(draw.ranked(report.topCategories, writer), true);
    chart('chart-root-causes').setOption(draw.ranked(report.topRootCauses, writer), true);
    const nps = report.total.surveys && report.total.surveys.nps;
    const hasNps = Boolean(nps && nps.answers);
    $('chart-nps').hidden = !hasNps;
    $('nps-empty').hidden = hasNps;
    if (hasNps) chart('chart-nps').setOption(draw.nps(nps, writer), true);
  }

  /** A bar of the volume chart: the cases of that channel opened in that period. */
  function openVolume(event) {
    if (event.componentType !== 'series' || !shown) return;
    const { report, filters } = shown;
    const period = report.periods[event.dataIndex];
    if (!period) return;
    const days = figures.periodDays(period.period, report.groupBy, report.from, report.to);
    location.assign(figures.queueUrl(filters, { channel: event.seriesId, from: days.from, to: days.to }, asked()));
  }

  /** A bar of the categories chart: the cases of that category opened in the period (or the one before). */
  function openCategory(event) {
    if (event.componentType !== 'series' || !shown || event.name === '(none)') return;
    const { filters } = shown;
    const range = event.seriesId === 'previous' ? figures.previousRange(filters.from, filters.to) : filters;
    location.assign(figures.queueUrl(filters, { category: event.name, from: range.from, to: range.to }, asked()));
  }

  /** The language the address asked for (?lang=), if any. */
  function asked() {
    return new URLSearchParams(location.search).get('lang');
  }

  /* ---------- choices offered in the filters ---------- */

  function suggest(listId, names) {
    const list = $(listId);
    list.replaceChildren();
    Array.from(new Set(names)).sort().forEach(name => list.appendChild(new Option(name, name)));
  }

  /** Supervisors choose among their departments; admins among every department with open cases. */
  async function offerDepartments(me) {
    const select = $('f-department');
    let names = me.departments.slice();
    if (me.roles.includes('admin')) {
      const backlog = await session.call('GET', 'api/cases/backlog');
      if (backlog.ok) names = names.concat(backlog.data.rows.map(r => r.department));
    } else {
      select.options[0].textContent = t('painel.f.allMine', 'Todos os meus');
    }
    Array.from(new Set(names)).sort().forEach(name => select.appendChild(new Option(name, name)));
  }

  /** The agents of the chosen department, as suggestions for the agent filter. */
  async function offerAgents() {
    const department = $('f-department').value;
    if (!department) {
      suggest('agent-names', []);
      return;
    }
    const staff = await session.call('GET', 'api/staff?department=' + encodeURIComponent(department));
    suggest('agent-names', staff.ok ? staff.data.map(m => m.username) : []);
  }

  /* ---------- start ---------- */

  function apply(event) {
    if (event) event.preventDefault();
    rememberFilters(readFilters());
    load();
  }

  async function start() {
    await i18n.ready;
    const me = await session.requireUser();
    // The header, and the refusal for a role the page is not for, are js/nav.js's.
    if (!me.roles.includes('supervisor') && !me.roles.includes('admin')) {
      return;
    }
    $('dashboard').hidden = false;
    await offerDepartments(me);
    showFilters(filtersFromAddress());
    await offerAgents();
    $('painel-filters').addEventListener('submit', apply);
    $('painel-filters').addEventListener('change', event => {
      if (event.target.id === 'f-department') offerAgents();
      apply(event);
    });
    window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));
    await load();
    setInterval(() => { if (!document.hidden) load(); }, REFRESH_MS);
  }

  start();
})();
