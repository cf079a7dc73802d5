/*
 * The DPO's page: search a data subject by CPF, e-mail or phone (sent in a POST body, never in the URL),
 * see what is held, export it as JSON or PDF, and follow the requests with their deadlines and the audit
 * list. Every value from the server is shown with textContent: complaint text and names are untrusted.
 */
(function () {
  'use strict';
  const i18n = window.triagemI18n;
  const session = window.triagemSession;
  const keyInput = document.getElementById('subject-key');
  const error = document.getElementById('subject-error');
  const exportJson = document.getElementById('export-json');
  const exportPdf = document.getElementById('export-pdf');
  let searched = null;

  function when(iso) {
    if (!iso) return '—';
    const d = new Date(iso);
    return isNaN(d) ? iso : d.toLocaleString(i18n.lang, { dateStyle: 'short', timeStyle: 'short' });
  }

  function row(tbody, cells, className) {
    const tr = document.createElement('tr');
    if (className) tr.className = className;
    cells.forEach(text => {
      const td = document.createElement('td');
      td.textContent = text == null ? '—' : String(text);
      tr.appendChild(td);
    });
    tbody.appendChild(tr);
  }

  function problemText(r) {
    if (r.status === 403) return i18n.t('privacy.error.forbidden', 'Somente o encarregado de dados (DPO) e administradores acessam esta página.');
    return (r.data && r.data.detail) || i18n.t('privacy.error.unavailable', 'Não foi possível concluir agora. Tente novamente.');
  }

  function requestState(r) {
    if (r.fulfilledAt) {
      return i18n.t('privacy.state.fulfilled', 'Atendido') + ' ' + when(r.fulfilledAt) + ' (' + i18n.t('privacy.delivery.' + r.delivery, r.delivery) + ')';
    }
    return r.overdue ? i18n.t('privacy.state.overdue', 'Atrasado') : i18n.t('privacy.state.open', 'Em aberto');
  }

  async function loadRequests() {
    const r = await session.call('GET', 'api/subject-requests?limit=100');
    const tbody = document.querySelector('#requests tbody');
    tbody.replaceChildren();
    if (!r.ok) return;
    r.data.forEach(q => row(tbody, [q.id, i18n.t('privacy.kind.' + q.kind, q.kind), q.protocol, q.subject,
      when(q.receivedAt), when(q.dueAt), requestState(q)], q.overdue ? 'late' : ''));
  }

  async function loadAudit() {
    const r = await session.call('GET', 'api/subjects/audit?limit=100');
    const tbody = document.querySelector('#audit tbody');
    tbody.replaceChildren();
    if (!r.ok) {
      error.textContent = problemText(r);
      return;
    }
    r.data.forEach(a => row(tbody, [when(a.at), a.actor, i18n.t('privacy.action.' + a.action, a.action), a.subject, a.detail]));
  }

  async function search(event) {
    event.preventDefault();
    error.textContent = '';
    const key = keyInput.value.trim();
    if (!key) {
      error.textContent = i18n.t('privacy.error.missing', 'Informe um CPF, e-mail ou telefone.');
      return;
    }
    const r = await session.call('POST', 'api/subjects/search', { key });
    if (!r.ok) {
      error.textContent = problemText(r);
      document.getElementById('subject-counts').hidden = true;
      return;
    }
    searched = key;
    document.getElementById('count-subject').textContent = r.data.subject;
    document.getElementById('count-cases').textContent = String(r.data.counts.cases);
    document.getElementById('count-messages').textContent = String(r.data.counts.messages);
    document.getElementById('count-surveys').textContent = String(r.data.counts.surveys);
    document.getElementById('count-quarantined').textContent = String(r.data.counts.quarantined);
    document.getElementById('subject-counts').hidden = false;
    exportJson.disabled = false;
    exportPdf.disabled = false;
    loadAudit();
  }

  async function download(accept, fileName) {
    error.textContent = '';
    const response = await fetch('api/subjects/export', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Accept': accept + ', application/problem+json', 'Content-Type': 'application/json',
        'X-Triagem-CSRF': '1', 'Accept-Language': i18n.lang },
      body: JSON.stringify({ key: searched })
    });
    if (!response.ok) {
      const data = await response.json().catch(() => ({}));
      error.textContent = problemText({ status: response.status, data });
      return;
    }
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
    loadAudit();
  }

  async function start() {
    const me = await session.requireUser();
    document.getElementById('who').textContent = me.username || '';
    document.getElementById('sign-out').addEventListener('click', session.signOut);
    document.getElementById('subject-form').addEventListener('submit', search);
    exportJson.addEventListener('click', () => download('application/json', 'titular.json'));
    exportPdf.addEventListener('click', () => download('application/pdf', 'titular.pdf'));
    keyInput.addEventListener('input', () => { exportJson.disabled = true; exportPdf.disabled = true; });
    loadRequests();
    loadAudit();
  }

  start();
})();
