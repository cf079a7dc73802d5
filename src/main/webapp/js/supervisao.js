/*
 * The supervisors' page (supervisao.html): for one of the supervisor's departments (any, for an admin),
 * its breached and escalated open cases, each a link to the case in the staff page; the workload of
 * each agent against their cap; and the forms that set the department's mode and strategy and an
 * agent's skills, absence and cap. It reads GET /api/staff/overview/{department} and writes through
 * PUT /api/staff/assignment/{department} and PUT /api/staff/{username}. Complaint text (a case's
 * subject) is the customer's: it goes into the page with textContent only.
 */
(function () {
  'use strict';
  const i18n = window.triagemI18n;
  const t = (key, fallback) => i18n.t(key, fallback);
  const session = window.triagemSession;
  const $ = id => document.getElementById(id);

  const REFRESH_MS = 60000;
  const PRIORITIES = ['P1', 'P2', 'P3', 'P4'];
  let shown = null; // the overview on screen
  const editing = new Set(); // forms the user changed and has not saved: a refresh leaves them alone

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  function cell(row, text, cls) {
    const td = el('td', text, cls);
    row.appendChild(td);
    return td;
  }

  /** The protocol as a link to the case on the staff page. */
  function caseLink(protocol) {
    const a = el('a', protocol);
    a.href = 'staff.html#' + encodeURIComponent(protocol);
    return a;
  }

  function clockName(kind) {
    return t('staff.clock.' + kind, kind);
  }

  /* ---------- the department chosen ---------- */

  function chosenDepartment() {
    return $('department').value;
  }

  /** Supervisors choose among their departments; admins among every department with open cases. */
  async function offerDepartments(me) {
    let names = me.departments.slice();
    if (me.roles.includes('admin')) {
      const backlog = await session.call('GET', 'api/cases/backlog');
      if (backlog.ok) names = names.concat(backlog.data.rows.map(r => r.department));
    }
    const wanted = new URLSearchParams(location.search).get('department');
    if (wanted && me.roles.includes('admin')) names.push(wanted);
    const select = $('department');
    Array.from(new Set(names)).sort().forEach(name => select.appendChild(new Option(name, name)));
    if (wanted && names.includes(wanted)) select.value = wanted;
  }

  function rememberDepartment() {
    const query = new URLSearchParams(location.search);
    query.set('department', chosenDepartment());
    history.replaceState(null, '', 'supervisao.html?' + query.toString());
  }

  /* ---------- reading the overview ---------- */

  async function load() {
    const department = chosenDepartment();
    if (!department) {
      showError(t('supervisao.error.noDepartment', 'Você não supervisiona nenhum departamento.'));
      return;
    }
    const answer = await session.call('GET', 'api/staff/overview/' + encodeURIComponent(department));
    if (answer.status === 401) {
      await session.requireUser();
      return;
    }
    if (!answer.ok) {
      showError(problemText(answer.status, answer.data));
      return;
    }
    showError('');
    shown = answer.data;
    renderCases('breached', shown.breached, (row, c) => {
      cell(row, c.assignee || t('supervisao.nobody', 'na fila'));
      cell(row, c.breachedClocks.map(clockName).join(', '));
    });
    renderCases('escalated', shown.escalated, (row, c) => {
      // the level comes before status and assignee in this table
      row.insertBefore(el('td', c.escalationLevel, 'num'), row.children[3]);
      cell(row, c.assignee || t('supervisao.nobody', 'na fila'));
    });
    renderWorkload(shown.workload);
    renderAssignment(shown);
    offerAgents(shown.workload);
    $('summary').textContent = t('supervisao.waiting', 'Na fila, sem responsável:') + ' ' + shown.waiting + ' · '
      + t('supervisao.updated', 'atualizado às') + ' '
      + new Intl.DateTimeFormat(i18n.lang, { hour: '2-digit', minute: '2-digit' }).format(new Date());
  }

  function problemText(status, problem) {
    if (status === 403) {
      return t('supervisao.error.forbidden', 'Você não supervisiona este departamento: escolha um dos seus.');
    }
    if (status === 400) {
      return t('supervisao.error.invalid', 'Dados inválidos') + (problem && problem.detail ? ': ' + problem.detail : '');
    }
    return t('supervisao.error.generic', 'Não foi possível falar com o servidor agora. Tente de novo em instantes.');
  }

  function showError(text) {
    $('overview-error').textContent = text;
  }

  /** One row per case: protocol link, subject, priority, status, then what the list adds. */
  function renderCases(id, cases, addColumns) {
    const body = $(id).querySelector('tbody');
    body.replaceChildren();
    cases.forEach(c => {
      const row = el('tr');
      row.dataset.protocol = c.protocol;
      cell(row).appendChild(caseLink(c.protocol));
      cell(row, c.subject || t('staff.noSubject', '(sem assunto)'));
      cell(row, c.priority);
      cell(row, t('status.' + c.status, c.status));
      addColumns(row, c);
      body.appendChild(row);
    });
    $(id + '-empty').hidden = cases.length > 0;
  }

  function renderWorkload(agents) {
    const body = $('workload').querySelector('tbody');
    body.replaceChildren();
    agents.forEach(a => {
      const row = el('tr');
      row.dataset.agent = a.username;
      cell(row, a.username);
      cell(row, a.absent ? t('supervisao.absent', 'ausente') : t('supervisao.present', 'presente'),
        'presence ' + (a.absent ? 'absent' : 'present'));
      PRIORITIES.forEach(p => cell(row, a.open[p] || 0, 'num'));
      cell(row, a.openTotal, 'num total' + (a.openTotal >= a.cap ? ' full' : ''));
      cell(row, a.cap, 'num cap');
      cell(row, a.skills.slice().sort().join(', '));
      body.appendChild(row);
    });
    $('workload-empty').hidden = agents.length > 0;
  }

  function renderAssignment(overview) {
    if (editing.has('assignment-form')) return;
    $(overview.mode === 'PUSH' ? 'mode-push' : 'mode-pull').checked = true;
    $('strategy').value = overview.strategy;
  }

  /** The agent form lists the department's agents; the chosen one's settings fill it. */
  function offerAgents(agents) {
    const select = $('agent');
    const before = select.value;
    select.replaceChildren();
    agents.forEach(a => select.appendChild(new Option(a.username, a.username)));
    if (agents.some(a => a.username === before)) select.value = before;
    if (select.value !== before || !editing.has('agent-form')) fillAgent();
  }

  function fillAgent() {
    editing.delete('agent-form');
    const agent = shown && shown.workload.find(a => a.username === $('agent').value);
    $('agent-save').disabled = !agent;
    if (!agent) return;
    $('agent-skills').value = agent.skills.slice().sort().join(', ');
    $('agent-cap').value = agent.cap;
    $('agent-absent').checked = agent.absent;
  }

  /* ---------- the forms ---------- */

  function say(id, text, bad) {
    $(id).textContent = text;
    $(id).classList.toggle('bad', Boolean(bad));
  }

  async function saveAssignment(event) {
    event.preventDefault();
    const mode = document.querySelector('input[name="mode"]:checked');
    const answer = await session.call('PUT', 'api/staff/assignment/' + encodeURIComponent(chosenDepartment()),
      { strategy: $('strategy').value, mode: mode ? mode.value : null });
    if (answer.ok) {
      editing.delete('assignment-form');
      say('assignment-message', answer.data.mode === 'PUSH'
        ? t('supervisao.saved.push', 'Salvo: os casos novos serão atribuídos pela estratégia.')
        : t('supervisao.saved.pull', 'Salvo: os atendentes pegam os casos da fila.'), false);
      await load();
    } else {
      say('assignment-message', problemText(answer.status, answer.data), true);
    }
  }

  async function saveAgent(event) {
    event.preventDefault();
    const username = $('agent').value;
    const cap = Number($('agent-cap').value);
    if (!Number.isInteger(cap) || cap < 0 || cap > 500) {
      say('agent-message', t('supervisao.error.cap', 'O limite deve ser um número inteiro de 0 a 500.'), true);
      return;
    }
    const skills = $('agent-skills').value.split(',').map(s => s.trim()).filter(Boolean);
    const answer = await session.call('PUT', 'api/staff/' + encodeURIComponent(username),
      { skills, absent: $('agent-absent').checked, cap });
    if (answer.ok) {
      editing.delete('agent-form');
      say('agent-message', t('supervisao.saved.agent', 'Salvo:') + ' ' + username, false);
      await load();
    } else {
      say('agent-message', problemText(answer.status, answer.data), true);
    }
  }

  /* ---------- start ---------- */

  async function start() {
    await i18n.ready;
    const me = await session.requireUser();
    // The header, and the refusal for a role the page is not for, are js/nav.js's.
    if (!me.roles.includes('supervisor') && !me.roles.includes('admin')) {
      return;
    }
    $('overview').hidden = false;
    await offerDepartments(me);
    ['assignment-form', 'agent-form'].forEach(id => $(id).addEventListener('input', event => {
      if (event.target.id !== 'agent') editing.add(id);
    }));
    $('department').addEventListener('change', () => {
      editing.clear();
      rememberDepartment();
      say('assignment-message', '');
      say('agent-message', '');
      load();
    });
    $('refresh').addEventListener('click', load);
    $('agent').addEventListener('change', fillAgent);
    $('assignment-form').addEventListener('submit', saveAssignment);
    $('agent-form').addEventListener('submit', saveAgent);
    await load();
    setInterval(() => { if (!document.hidden) load(); }, REFRESH_MS);
  }

  start();
})();
