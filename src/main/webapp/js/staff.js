/*
 * The department staff workspace: one case at a glance with its actions and reply box. The queue beside
 * it (filters, pages, countdowns, refreshing, the supervisor's backlog) is staff-queue.js, its keyboard
 * staff-keys.js. Complaint text (subject, body, names, file names) is untrusted: every value from the
 * server goes into the page with textContent, never as HTML.
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

  const queue = window.triagemQueue;

  /** A colour-coded countdown to a due time (the queue draws them alike). */
  function countdown(iso) {
    return queue.countdown(iso);
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

  /** The queue again, on the page it shows (after an action changed a case). */
  function loadQueue() {
    return queue.reload();
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
    // Email, phone and CPF masked; one can be revealed with a recorded reason (staff-unmask.js).
    window.triagemUnmask.render($('case-customer'), c, problemText);
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

  /** The action buttons and each action's own fields live in js/staff-actions.js. */
  function renderActions(c) {
    window.triagemStaffActions.render(c, { view: () => current.view, act, problemText });
  }

  /** Messages, replies, notes and the history, each said for what it is (staff-timeline.js). */
  function renderTimeline(c) {
    window.triagemTimeline.render($('case-timeline'), c);
  }

  /**
   * Sends one action with the version read; answers whether it was done. {@code refusal} words a refused
   * one for the staff.
   */
  async function act(action, body, refusal) {
    const protocol = current.view.protocol;
    const { ok, status, data } = await session.call('POST', 'api/cases/' + encodeURIComponent(protocol) + '/actions/'
      + action, body, { 'If-Match': current.etag });
    if (ok) {
      showMessage(t('staff.done', 'Feito') + ': ' + t('action.' + action, action), false);
      if (action === 'transfer' || action === 'merge') {
        current = null;
        $('case-section').hidden = true;
      } else {
        await openCase(protocol);
      }
    } else {
      showMessage((refusal || problemText)(data), true);
      if (status === 412) await openCase(protocol);
    }
    await loadQueue();
    return ok;
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
    // The header (who, the pages this role may use, Sair) is js/nav.js's.
    $('reply-form').addEventListener('submit', reply);
    window.addEventListener('hashchange', () => openCase(location.hash.substring(1)));
    await queue.start(me);
    if (location.hash.length > 1) await openCase(location.hash.substring(1));
  }

  start();
})();
