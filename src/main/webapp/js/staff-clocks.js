/*
 * Time in the staff workspace, said one way everywhere: a span of counted minutes with what kind of time
 * it is ("2 h 10 min úteis", "5 d 3 h corridos"), a due time with its weekday ("seg., 07/12 14:00"), and
 * the case's SLA panel built from them: each clock's target and where it stands ("vence em ...",
 * "vencido há ...", "cumprido em ..."). Business minutes count on the department's calendar; the legal
 * clock counts calendar time (the decree's 7 days), so the words say which.
 */
(function () {
  'use strict';
  const i18n = window.triagemI18n;
  const t = (key, fallback) => i18n.t(key, fallback);

  /** A pattern's {name}s filled from values (text only; the caller sets it with textContent). */
  function fill(pattern, values) {
    return pattern.replace(/\{(\w+)\}/g, (whole, name) => (values[name] === undefined ? whole : values[name]));
  }

  /**
   * A span of minutes: calendar time in days, hours and minutes; business time in hours and minutes only,
   * since a business day is not 24 hours.
   */
  function span(minutes, measure) {
    let left = Math.abs(Math.round(minutes));
    const parts = [];
    if (measure === 'CALENDAR' && left >= 1440) {
      parts.push(Math.floor(left / 1440) + ' ' + t('time.d', 'd'));
      left %= 1440;
    }
    if (left >= 60) {
      parts.push(Math.floor(left / 60) + ' ' + t('time.h', 'h'));
      left %= 60;
    }
    if (left > 0 || parts.length === 0) parts.push(left + ' ' + t('time.min', 'min'));
    // Days and hours say enough once a span is that long.
    const shown = parts.length > 2 ? parts.slice(0, 2) : parts;
    return fill(t(measure === 'CALENDAR' ? 'time.calendar' : 'time.business',
      measure === 'CALENDAR' ? '{span} corridos' : '{span} úteis'), { span: shown.join(' ') });
  }

  /** A due time with its weekday, in the reader's language and the browser's time zone. */
  function dueTime(iso) {
    if (!iso) return '—';
    return new Date(iso).toLocaleString(i18n.lang,
      { weekday: 'short', day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' });
  }

  /** Minutes between now and a time, as calendar minutes (negative when past). */
  function calendarMinutesTo(iso) {
    return (new Date(iso).getTime() - Date.now()) / 60000;
  }

  /** Where a clock stands, and the class that colours it (late, soon, ok, done). */
  function standing(k) {
    const measure = k.measure || (k.clock === 'LEGAL' ? 'CALENDAR' : 'BUSINESS');
    const left = k.remainingMinutes;
    if (k.state === 'MET') {
      return [fill(t('sla.metAt', 'cumprido em {at}'), { at: dueTime(k.stoppedAt) }), 'done'];
    }
    if (k.state === 'BREACHED' && (left === null || left === undefined)) {
      return [fill(t('sla.metLate', 'cumprido com atraso em {at}'), { at: dueTime(k.stoppedAt) }), 'late'];
    }
    if (k.state === 'PAUSED') {
      return [left === null || left === undefined ? t('sla.paused', 'pausado enquanto aguarda o cliente')
        : fill(t('sla.pausedLeft', 'pausado enquanto aguarda o cliente · restam {left}'), { left: span(left, measure) }),
        'paused'];
    }
    if (left === null || left === undefined) return [t('staff.clockState.' + k.state, k.state), 'ok'];
    if (left < 0) {
      return [fill(t('sla.overdue', 'vencido há {left} ({due})'), { left: span(left, measure), due: dueTime(k.dueAt) }),
        'late'];
    }
    const soon = left < Math.max(60, k.targetMinutes / 4);
    return [fill(t('sla.dueIn', 'vence em {left} ({due})'), { left: span(left, measure), due: dueTime(k.dueAt) }),
      soon ? 'soon' : 'ok'];
  }

  /** A clock's target: business time for the response clocks, calendar days for the legal one. */
  function target(minutes, measure) {
    return fill(t('sla.target', 'meta {target}'), { target: span(minutes, measure) });
  }

  function line(el, label, targetText, stand) {
    const row = el('div', null, 'clock');
    row.appendChild(el('strong', label));
    row.appendChild(el('span', ' · ' + targetText + ' — '));
    row.appendChild(el('span', stand[0], 'due ' + stand[1]));
    return row;
  }

  /**
   * The case's SLA panel: one line per clock. A case opened before clocks existed shows its targets and
   * the legal deadline, counted in calendar time.
   */
  function render(box, c, el) {
    box.replaceChildren();
    const clocks = c.clocks || [];
    clocks.forEach(k => {
      const measure = k.measure || (k.clock === 'LEGAL' ? 'CALENDAR' : 'BUSINESS');
      const row = line(el, t('staff.clock.' + k.clock, k.clock), target(k.targetMinutes, measure), standing(k));
      row.dataset.clock = k.clock;
      box.appendChild(row);
    });
    if (!clocks.length && c.sla) {
      [['FIRST_RESPONSE', c.sla.firstResponseMinutes], ['RESOLUTION', c.sla.resolutionMinutes]].forEach(([kind, m]) =>
        box.appendChild(line(el, t('staff.clock.' + kind, kind), target(m, 'BUSINESS'), [t('sla.noClock', 'sem relógio neste caso'), 'ok'])));
      const left = calendarMinutesTo(c.sla.legalDeadline);
      box.appendChild(line(el, t('staff.clock.LEGAL', 'LEGAL'), target(c.sla.legalDays * 1440, 'CALENDAR'),
        left < 0 ? [fill(t('sla.overdue', 'vencido há {left} ({due})'), { left: span(left, 'CALENDAR'), due: dueTime(c.sla.legalDeadline) }), 'late']
          : [fill(t('sla.dueIn', 'vence em {left} ({due})'), { left: span(left, 'CALENDAR'), due: dueTime(c.sla.legalDeadline) }), left < 1440 ? 'soon' : 'ok']));
    }
    if (c.escalationLevel > 0) {
      box.appendChild(el('div', t('staff.escalationLevel', 'nível de escalonamento') + ': ' + c.escalationLevel, 'clock'));
    }
  }

  window.triagemClocks = { render, span, dueTime, fill };
})();
