/*
 * The dashboard's figures, without the page: which KPI tiles exist and how each reads the report
 * (GET /api/reports/kpis, docs/kpis.md), how a value and its trend are written, day arithmetic in
 * the desk's time zone, and the staff-queue address behind a chart element.
 */
(function () {
  'use strict';

  const DESK_ZONE = 'America/Sao_Paulo';
  const DAY_MS = 86400000;

  /* ---------- days: ISO yyyy-mm-dd strings, counted in UTC so no DST shift moves them ---------- */

  function toUtc(day) {
    const [y, m, d] = day.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  }

  function fromUtc(ms) {
    return new Date(ms).toISOString().substring(0, 10);
  }

  function addDays(day, n) {
    return fromUtc(toUtc(day) + n * DAY_MS);
  }

  /** Days from first to last, both counted. */
  function daysIn(first, last) {
    return Math.round((toUtc(last) - toUtc(first)) / DAY_MS) + 1;
  }

  /** Today in the desk's time zone, as the report counts days (en-CA writes yyyy-mm-dd). */
  function today() {
    return new Intl.DateTimeFormat('en-CA', { timeZone: DESK_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
      .format(new Date());
  }

  /** The equally long range just before [from, to]: the previous period of a trend. */
  function previousRange(from, to) {
    const length = daysIn(from, to);
    return { from: addDays(from, -length), to: addDays(from, -1) };
  }

  /** The days a period of the report covers (named by its first day), cut to the report's range. */
  function periodDays(period, groupBy, from, to) {
    let last = period;
    if (groupBy === 'week') {
      last = addDays(period, 6);
    } else if (groupBy === 'month') {
      const start = new Date(toUtc(period));
      last = fromUtc(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
    }
    return { from: period < from ? from : period, to: last > to ? to : last };
  }

  /* ---------- the tiles ---------- */

  const get = (object, path) => path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), object);
  const has = (object, path) => get(object, path) !== undefined;

  /*
   * Each tile: its key, label, how to read it, its kind (how it is written) and which way is better.
   * `shown(f)`: the tile exists only when the report carries its field (the surveys, repeat contacts and
   * cost arrive with a later version of the report); until then it is not drawn at all.
   */
  const TILES = [
    { key: 'opened', label: 'Reclamações recebidas', path: 'opened', kind: 'count', better: null },
    { key: 'resolved', label: 'Resolvidas', path: 'resolved', kind: 'count', better: 'up' },
    { key: 'firstResponseMedian', label: '1ª resposta (mediana)', path: 'firstResponseMinutes.median', kind: 'minutes', better: 'down' },
    { key: 'resolutionMedian', label: 'Resolução (mediana)', path: 'resolutionMinutes.median', kind: 'minutes', better: 'down' },
    { key: 'fcr', label: 'Resolução no 1º contato', path: 'firstContactResolutionPercent', kind: 'percent', better: 'up' },
    { key: 'slaFirstResponse', label: 'SLA 1ª resposta', path: 'firstResponseSla.compliancePercent', kind: 'percent', better: 'up' },
    { key: 'slaResolution', label: 'SLA resolução', path: 'resolutionSla.compliancePercent', kind: 'percent', better: 'up' },
    { key: 'slaLegal', label: 'Prazo legal (7 dias)', path: 'legalDeadline.compliancePercent', kind: 'percent', better: 'up' },
    { key: 'reopen', label: 'Reabertura', path: 'reopenPercent', kind: 'percent', better: 'down' },
    { key: 'escalation', label: 'Escalonamento', path: 'escalationPercent', kind: 'percent', better: 'down' },
    { key: 'csat', label: 'CSAT (média 1–5)', path: 'surveys.csat.mean', kind: 'score', better: 'up', needs: 'surveys' },
    { key: 'nps', label: 'NPS', path: 'surveys.nps.score', kind: 'nps', better: 'up', needs: 'surveys' },
    { key: 'ces', label: 'CES (média 1–7)', path: 'surveys.ces.mean', kind: 'score', better: 'up', needs: 'surveys' },
    { key: 'responseRate', label: 'Taxa de resposta', path: 'surveys.responseRatePercent', kind: 'percent', better: 'up', needs: 'surveys' },
    { key: 'repeatContact', label: 'Recontato em 30 dias', path: 'repeatContactPercent', kind: 'percent', better: 'down', needs: 'repeatContacts' },
    { key: 'costPerResolution', label: 'Custo por resolução (estimativa)', path: 'cost.perResolutionBrl', kind: 'brl', better: 'down', needs: 'cost' }
  ].map(tile => Object.assign({
    shown: f => !tile.needs || has(f, tile.needs),
    read: f => {
      const v = get(f, tile.path);
      return typeof v === 'number' ? v : null;
    }
  }, tile));

  /*
   * The small print under a tile: the p90 beside a median (one old case makes a mean lie), and the
   * number of answers beside every survey score (a score on 3 answers is not a score).
   */
  const DETAILS = {
    firstResponseMedian: (f, w) => p90(get(f, 'firstResponseMinutes'), w),
    resolutionMedian: (f, w) => p90(get(f, 'resolutionMinutes'), w),
    csat: (f, w) => [get(f, 'surveys.csat.satisfiedPercent') == null ? null
      : w.format('percent', get(f, 'surveys.csat.satisfiedPercent')) + ' ' + w.t('painel.satisfied', 'satisfeitos'),
    answers(get(f, 'surveys.csat.answers'), w)].filter(Boolean).join(' · '),
    nps: (f, w) => answers(get(f, 'surveys.nps.answers'), w),
    ces: (f, w) => [get(f, 'surveys.ces.easyPercent') == null ? null
      : w.format('percent', get(f, 'surveys.ces.easyPercent')) + ' ' + w.t('painel.easy', 'fácil (5–7)'),
    answers(get(f, 'surveys.ces.answers'), w)].filter(Boolean).join(' · '),
    responseRate: (f, w) => get(f, 'surveys.sent') == null ? ''
      : (get(f, 'surveys.answered') || 0) + ' / ' + get(f, 'surveys.sent') + ' ' + w.t('painel.surveysAnswered', 'pesquisas respondidas')
  };

  function p90(times, w) {
    return times && typeof times.p90 === 'number' ? 'p90 ' + w.format('minutes', times.p90) : '';
  }

  function answers(count, w) {
    return typeof count === 'number' ? count + ' ' + w.t('painel.answers', 'respostas') : '';
  }

  /** The tile's small print; `w` offers format(kind, value) and t(key, fallback). */
  function detail(tile, f, w) {
    return DETAILS[tile.key] ? DETAILS[tile.key](f, w) : '';
  }

  /* ---------- writing values and trends ---------- */

  function number(value, lang, digits) {
    return new Intl.NumberFormat(lang, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
  }

  /** Minutes as a person reads them: 45 min, 3 h 20 min, 2 d 4 h. */
  function duration(minutes, lang) {
    const m = Math.round(minutes);
    if (m < 60) return number(m, lang, 0) + ' min';
    if (m < 1440) return Math.floor(m / 60) + ' h' + (m % 60 ? ' ' + (m % 60) + ' min' : '');
    return Math.floor(m / 1440) + ' d' + (Math.floor((m % 1440) / 60) ? ' ' + Math.floor((m % 1440) / 60) + ' h' : '');
  }

  function format(kind, value, lang) {
    if (value === null || value === undefined) return '—';
    switch (kind) {
      case 'count': return number(value, lang, 0);
      case 'percent': return number(value, lang, 1) + ' %';
      case 'minutes': return duration(value, lang);
      case 'score': return number(value, lang, 2);
      case 'nps': return (value > 0 ? '+' : '') + number(value, lang, 0);
      case 'brl': return new Intl.NumberFormat(lang, { style: 'currency', currency: 'BRL' }).format(value);
      default: return String(value);
    }
  }

  /**
   * The change against the previous period: percentages and scores by their difference (points),
   * counts, times and money by their relative change. `tone` says whether that is good news.
   */
  function trend(tile, now, before, lang) {
    if (now === null || before === null || before === undefined) return null;
    const difference = now - before;
    const direction = difference > 0 ? 'up' : difference < 0 ? 'down' : 'flat';
    const tone = direction === 'flat' || !tile.better ? 'neutral' : direction === tile.better ? 'good' : 'bad';
    const arrow = direction === 'up' ? '▲' : direction === 'down' ? '▼' : '=';
    let amount;
    if (tile.kind === 'percent') {
      amount = number(Math.abs(difference), lang, 1) + ' p.p.';
    } else if (tile.kind === 'score' || tile.kind === 'nps') {
      amount = number(Math.abs(difference), lang, tile.kind === 'nps' ? 0 : 2);
    } else if (before === 0) {
      amount = 'vs. 0'; // no base to divide by: no percentage
    } else {
      amount = number(Math.abs(difference) / before * 100, lang, 0) + ' %';
    }
    return { direction, tone, text: amount && direction !== 'flat' ? arrow + ' ' + amount : arrow };
  }

  /* ---------- the staff queue behind a chart element ---------- */

  /**
   * staff.html filtered to the cases behind a chart element: the dashboard's filters plus the element's
   * own (a channel, a category, the period's opening days). Status is left open (all), since the
   * dashboard counts resolved cases too.
   */
  function queueUrl(filters, element, lang) {
    const params = new URLSearchParams();
    if (lang) params.set('lang', lang); // a page asked for in a language leads to the queue in it
    params.set('status', '');
    const set = (name, value) => { if (value) params.set(name, value); };
    set('department', filters.department);
    set('priority', filters.priority);
    set('assignee', filters.agent);
    set('channel', element.channel || filters.channel);
    set('category', element.category || filters.category);
    set('openedFrom', element.from || filters.from);
    set('openedTo', element.to || filters.to);
    return 'staff.html?' + params.toString();
  }

  window.triagemPainel = {
    DESK_ZONE, addDays, daysIn, today, previousRange, periodDays,
    TILES, detail, format, trend, queueUrl
  };
})();
