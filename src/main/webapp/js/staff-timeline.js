/*
 * A case's timeline in the staff workspace: the customer's messages, staff replies (with how far their
 * mail got) and internal notes, each said for what it is and styled apart, so nobody takes a note for
 * the customer's words; and the history, worded in the reader's language from each entry's type, cause
 * and parameters (messages_*.json: event.<TYPE>, event.<TYPE>.text, event.<TYPE>.<CAUSE>). The English
 * detail the server keeps for its logs is never shown. Text people typed (a message, a transfer's reason,
 * a note on a resolution) is untrusted: it goes into the page with textContent, as quoted text.
 */
(function () {
  'use strict';
  const i18n = window.triagemI18n;
  const t = (key, fallback) => i18n.t(key, fallback);
  const clocks = window.triagemClocks;

  /** History entries a message of the conversation already stands for. */
  const SAID_BY_MESSAGES = ['CUSTOMER_MESSAGE', 'STAFF_REPLY', 'INTERNAL_NOTE'];
  /** Parameters that are text people typed: shown quoted after the sentence, never inside it. */
  const TYPED = ['reason', 'note', 'notes'];

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  function channelName(code) {
    return code ? t('channel.' + code, code).toLocaleLowerCase(i18n.lang) : '—';
  }

  function who(actor) {
    return actor === 'system' || actor === 'customer' ? t('timeline.actor.' + actor, actor) : actor;
  }

  /** One parameter's value as the reader says it: a channel, a status, a clock, a time, a target. */
  function shown(name, value) {
    if (value === undefined || value === null || value === '') return undefined;
    if (name === 'channel') return channelName(value);
    if (name === 'from' || name === 'to') return t('status.' + value, value);
    if (name === 'clock') return t('staff.clock.' + value, value);
    if (name === 'due') return clocks.dueTime(value);
    if (name === 'percent') return value + ' %';
    if (/^(firstResponse|resolution)(Before|After)$/.test(name)) return clocks.span(Number(value), 'BUSINESS');
    if (/^legalDays(Before|After)$/.test(name)) return clocks.span(Number(value) * 1440, 'CALENDAR');
    return value;
  }

  /**
   * A template said with the entry's values. "[ ... ]" is a part kept only when every {name} in it has
   * a value, and {?flag} one that needs its flag true; a {name} without a value elsewhere reads "—".
   */
  function say(template, values) {
    const kept = template.replace(/\[([^\]]*)\]/g, (whole, part) => {
      const names = Array.from(part.matchAll(/\{(\??)(\w+)\}/g));
      return names.every(([, flag, n]) => (flag ? values[n] === 'true' : shown(n, values[n]) !== undefined))
        ? part : '';
    });
    return kept.replace(/\{\?\w+\}/g, '').replace(/\{(\w+)\}/g, (whole, n) => {
      const v = shown(n, values[n]);
      return v === undefined ? '—' : v;
    });
  }

  /** The per-clock phrases of a clock event: paused, counting again to a due time, met in time or late. */
  function clockList(e, p) {
    return (p.clocks || '').split(',').filter(Boolean).map(kind => {
      const values = { clock: kind, due: p[kind + '.due'], late: p[kind + '.late'] };
      const key = e.type === 'SLA_PAUSED' ? 'timeline.clock.paused'
        : e.type === 'SLA_MET' ? (values.late === 'true' ? 'timeline.clock.metLate' : 'timeline.clock.met')
          : 'timeline.clock.due';
      return say(t(key, '{clock}'), values);
    }).join('; ');
  }

  /** An entry of the history, worded from its type, cause and parameters. */
  function eventItem(e) {
    const p = e.params || {};
    const values = Object.assign({ from: e.from, to: e.to, valueBefore: e.valueBefore, valueAfter: e.valueAfter,
      actor: who(e.actor) }, p);
    const head = t('event.' + e.type, e.type) + (e.type === 'STATUS_CHANGED' && e.to
      ? ': ' + (e.from ? t('status.' + e.from, e.from) + ' → ' : '') + t('status.' + e.to, e.to) : '');
    const hasParams = Object.keys(p).length > 0;
    let sentence = null;
    const template = p.cause ? t('event.' + e.type + '.' + p.cause, t('event.' + e.type + '.text', ''))
      : t('event.' + e.type + '.text', '');
    if (p.clocks) {
      sentence = say(template, Object.assign({}, values, { clocks: clockList(e, p) }));
    } else if (hasParams || /^[^{]*(\{(from|to|valueBefore|valueAfter)\}[^{]*)*$/.test(template)) {
      // An entry older than its parameters is said only where its template needs nothing it lacks.
      sentence = template ? say(template, values) : null;
    }
    if (e.type === 'STATUS_CHANGED' && !p.cause) sentence = null;
    const typed = TYPED.filter(n => p[n]).map(n => p[n]);
    return { at: e.at, kind: 'event', type: e.type, head, by: who(e.actor), sentence, typed };
  }

  /** A message of the conversation: the customer's, a staff reply with its delivery, or an internal note. */
  function messageItem(m) {
    if (m.kind === 'NOTE') {
      return { at: m.receivedAt, kind: 'note', head: t('timeline.note', 'Nota interna — o cliente não vê'),
        by: m.author, typed: [m.body] };
    }
    if (m.kind === 'REPLY') {
      const delivery = m.delivery || 'UNKNOWN';
      return { at: m.receivedAt, kind: 'reply', delivery,
        head: say(t('timeline.reply.' + delivery, t('timeline.reply.UNKNOWN', 'Resposta ao cliente')),
          { channel: m.channel || 'EMAIL' }),
        by: m.author, typed: [m.body] };
    }
    return { at: m.receivedAt, kind: 'customer',
      head: say(t('timeline.customer', 'Mensagem do cliente · {channel}'), { channel: m.channel }),
      subject: m.subject, typed: [m.body] };
  }

  function attachmentItem(a) {
    return { at: a.receivedAt, kind: 'attachment', head: t('staff.attachment', 'Anexo'),
      sentence: a.fileName + ' (' + a.contentType + ', ' + a.size + ' B)' };
  }

  function render(list, c) {
    const items = [];
    (c.history || []).filter(e => !SAID_BY_MESSAGES.includes(e.type)).forEach(e => items.push(eventItem(e)));
    (c.messages || []).forEach(m => items.push(messageItem(m)));
    (c.attachments || []).forEach(a => items.push(attachmentItem(a)));
    // At the same instant, the opening first, then what was said, then what it did (a reply meets a clock).
    const rank = i => (i.type === 'OPENED' ? 0 : i.kind === 'event' ? 2 : 1);
    items.sort((a, b) => (new Date(a.at) - new Date(b.at)) || (rank(a) - rank(b)));
    list.replaceChildren();
    items.forEach(i => {
      const li = el('li', null, 'entry ' + i.kind);
      li.dataset.kind = i.kind;
      if (i.type) li.dataset.type = i.type;
      if (i.delivery) li.dataset.delivery = i.delivery;
      li.appendChild(el('span', clocks.dueTime(i.at), 'when'));
      li.appendChild(el('strong', i.head, 'head'));
      if (i.by) li.appendChild(el('span', ' · ' + i.by, 'by'));
      if (i.subject) li.appendChild(el('span', i.subject, 'subject'));
      if (i.sentence) li.appendChild(el('span', i.sentence, 'sentence'));
      (i.typed || []).forEach(text => li.appendChild(el('q', text, 'typed')));
      list.appendChild(li);
    });
  }

  window.triagemTimeline = { render };
})();
