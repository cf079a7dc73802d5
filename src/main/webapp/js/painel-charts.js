/*
 * The dashboard's charts, drawn by Apache ECharts on canvas from options alone: no HTML is ever built
 * from the report's data (tooltips are rendered as rich text inside the canvas, not as HTML), so the
 * strict Content-Security-Policy holds and a category or root-cause name can never become markup.
 */
(function () {
  'use strict';

  const CHANNELS = ['WEB_FORM', 'EMAIL', 'PHONE'];
  const TOOLTIP = { renderMode: 'richText', confine: true };

  /** A period's label on an axis: 02/03 for a day or a week (its Monday), mar. 2026 for a month. */
  function periodLabel(period, groupBy, lang) {
    const [y, m, d] = period.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    const options = groupBy === 'month' ? { month: 'short', year: 'numeric', timeZone: 'UTC' }
      : { day: '2-digit', month: '2-digit', timeZone: 'UTC' };
    return new Intl.DateTimeFormat(lang, options).format(date);
  }

  /** Complaints in per channel and period, stacked: one bar segment per channel. */
  function volume(report, w) {
    return {
      aria: { enabled: true },
      tooltip: Object.assign({ trigger: 'axis' }, TOOLTIP),
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: report.periods.map(p => periodLabel(p.period, report.groupBy, w.lang)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: CHANNELS.map(channel => ({
        id: channel,
        name: w.t('channel.' + channel, channel),
        type: 'bar',
        stack: 'opened',
        emphasis: { focus: 'series' },
        data: report.periods.map(p => (p.openedByChannel && p.openedByChannel[channel]) || 0)
      }))
    };
  }

  /** Compliance per clock and period: clocks met in time ÷ clocks that ended. */
  function sla(report, w) {
    const line = (id, name, read) => ({
      id, name, type: 'line', showSymbol: true, symbolSize: 7,
      data: report.periods.map(p => {
        const clock = read(p);
        return clock && typeof clock.compliancePercent === 'number' ? clock.compliancePercent : null;
      })
    });
    return {
      aria: { enabled: true },
      tooltip: Object.assign({ trigger: 'axis', valueFormatter: v => (v == null ? '—' : v + ' %') }, TOOLTIP),
      legend: { top: 0 },
      grid: { left: 44, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: report.periods.map(p => periodLabel(p.period, report.groupBy, w.lang)) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
      series: [
        line('firstResponse', w.t('painel.clock.firstResponse', '1ª resposta'), p => p.firstResponseSla),
        line('resolution', w.t('painel.clock.resolution', 'Resolução'), p => p.resolutionSla),
        line('legal', w.t('painel.clock.legal', 'Prazo legal'), p => p.legalDeadline)
      ]
    };
  }

  /**
   * Median and p90 of the first response and resolution times, calendar and business: in minutes while
   * every bar is under two hours, in hours beyond (one unit per chart, named on the axis).
   */
  function times(total, w) {
    const measures = [
      [w.t('painel.times.firstResponse', '1ª resposta'), total.firstResponseMinutes],
      [w.t('painel.times.firstResponseBusiness', '1ª resposta (úteis)'), total.firstResponseBusinessMinutes],
      [w.t('painel.times.resolution', 'Resolução'), total.resolutionMinutes],
      [w.t('painel.times.resolutionBusiness', 'Resolução (úteis)'), total.resolutionBusinessMinutes]
    ];
    const values = measures.flatMap(([, f]) => [f && f.median, f && f.p90]).filter(v => typeof v === 'number');
    const inHours = values.some(v => v >= 120);
    const unit = inHours ? 'h' : 'min';
    const scaled = v => (typeof v !== 'number' ? null : inHours ? Math.round(v / 6) / 10 : Math.round(v));
    const series = (id, name, field) => ({
      id, name, type: 'bar', data: measures.map(([, figures]) => scaled(figures && figures[field]))
    });
    return {
      aria: { enabled: true },
      tooltip: Object.assign({ trigger: 'axis', valueFormatter: v => (v == null ? '—' : v + ' ' + unit) }, TOOLTIP),
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: measures.map(([label]) => label) },
      yAxis: { type: 'value', minInterval: inHours ? 0 : 1, axisLabel: { formatter: '{value} ' + unit } },
      series: [series('median', w.t('painel.median', 'Mediana'), 'median'), series('p90', 'p90', 'p90')]
    };
  }

  /** Horizontal bars of the largest reasons, this period beside the previous one; the largest on top. */
  function ranked(items, w) {
    const rows = (items || []).slice().reverse();
    return {
      aria: { enabled: true },
      tooltip: Object.assign({ trigger: 'axis', axisPointer: { type: 'shadow' } }, TOOLTIP),
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 36, bottom: 20, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: rows.map(r => r.name), axisLabel: { width: 140, overflow: 'truncate' } },
      series: [
        { id: 'current', name: w.t('painel.thisPeriod', 'Período'), type: 'bar', data: rows.map(r => r.count) },
        { id: 'previous', name: w.t('painel.previousPeriod', 'Período anterior'), type: 'bar',
          data: rows.map(r => r.previous || 0) }
      ]
    };
  }

  /** NPS answers by group: promoters (9–10), passives (7–8), detractors (0–6). */
  function nps(figures, w) {
    return {
      aria: { enabled: true },
      tooltip: Object.assign({ trigger: 'item' }, TOOLTIP),
      legend: { top: 0 },
      color: ['#1b8a3a', '#9aa3b5', '#c62828'],
      series: [{
        id: 'nps', type: 'pie', radius: ['40%', '70%'], top: 24,
        label: { formatter: '{d} %' },
        data: [
          { name: w.t('painel.nps.promoters', 'Promotores'), value: figures.promoters || 0 },
          { name: w.t('painel.nps.passives', 'Neutros'), value: figures.passives || 0 },
          { name: w.t('painel.nps.detractors', 'Detratores'), value: figures.detractors || 0 }
        ]
      }]
    };
  }

  window.triagemPainelCharts = { CHANNELS, periodLabel, volume, sla, times, ranked, nps };
})();
