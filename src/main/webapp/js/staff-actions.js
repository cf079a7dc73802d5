/*
 * The staff case panel's actions: one button per action the case allows. An action with nothing to ask
 * (claim, start, close...) is done at once; the others open a small form with only their own fields
 * (transfer: the department and the reason; resolve: the resolution code and the root cause; assign:
 * the agent; merge and mark-duplicate: the protocol) and a Confirmar / Cancelar. Departments, codes and root causes are
 * picked from the managed lists (/api/catalogues), agents from the department's present staff
 * (/api/staff): nobody types a department that does not exist. Every value from the server is put in
 * the page with textContent or as an option's text, never as HTML.
 */
(function () {
  'use strict';
  const i18n = window.triagemI18n;
  const t = (key, fallback) => i18n.t(key, fallback);
  const session = window.triagemSession;
  const $ = id => document.getElementById(id);
  /** The actions that ask for something before they are done. */
  const WITH_FIELDS = ['assign', 'transfer', 'resolve', 'merge', 'mark-duplicate'];
  /** Not a code (codes hold no slash): the transfer lets the ownership rules choose. */
  const RULES_CHOOSE = '/rules';
  const lists = {};
  let context = null;
  let chosen = null;

  function option(value, text) {
    const o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    return o;
  }

  function labelOf(entry) {
    return i18n.lang === 'en' && entry.labelEn ? entry.labelEn : entry.label;
  }

  /** A managed list's active entries, read once per page (again after the server refused a value). */
  async function list(name) {
    if (!lists[name]) {
      const { ok, data } = await session.call('GET', 'api/catalogues/' + name);
      lists[name] = ok ? data.entries : [];
    }
    return lists[name];
  }

  function fill(select, entries, placeholder, skip) {
    select.replaceChildren(option('', placeholder));
    select.options[0].disabled = true;
    entries.filter(e => e.code !== skip).forEach(e => select.appendChild(option(e.code, labelOf(e))));
    select.value = '';
  }

  async function fillDepartments(c) {
    const select = $('action-department');
    fill(select, await list('departments'), t('staff.field.choose', '— escolha —'), c.department);
    select.appendChild(option(RULES_CHOOSE, t('staff.field.department.rules', 'As regras de responsabilidade decidem')));
  }

  async function fillResolution() {
    fill($('action-code'), await list('resolution-codes'), t('staff.field.choose', '— escolha —'));
    fill($('action-cause'), await list('root-causes'), t('staff.field.choose', '— escolha —'));
  }

  /** The department's present agents; only supervisors and admins may list them (and assign). */
  async function fillAgents(c) {
    const select = $('action-agent');
    select.replaceChildren(option('', t('staff.field.agent.strategy', 'A estratégia do departamento escolhe')));
    const { ok, data } = await session.call('GET', 'api/staff?department=' + encodeURIComponent(c.department));
    if (!ok) return;
    data.filter(m => m.agent && !m.absent && m.username !== c.assignee)
      .forEach(m => select.appendChild(option(m.username, m.username)));
  }

  /** Shows the form with the action's own fields; the others are hidden and left out of validation. */
  async function open(action) {
    const c = context.view();
    chosen = action;
    const form = $('action-form');
    form.reset();
    if (action === 'transfer') await fillDepartments(c);
    if (action === 'resolve') await fillResolution();
    if (action === 'assign') await fillAgents(c);
    form.querySelectorAll('[data-for]').forEach(field => {
      const mine = field.dataset.for.split(' ').includes(action);
      field.hidden = !mine;
      field.querySelectorAll('input, select').forEach(input => { input.disabled = !mine; });
    });
    $('action-title').textContent = t('action.' + action, action);
    document.querySelectorAll('#case-actions button').forEach(b =>
      b.classList.toggle('chosen', b.dataset.action === action));
    form.hidden = false;
    const first = Array.from(form.querySelectorAll('[data-for] select, [data-for] input'))
      .find(input => !input.disabled);
    if (first) first.focus();
  }

  function close() {
    chosen = null;
    $('action-form').hidden = true;
    document.querySelectorAll('#case-actions button').forEach(b => b.classList.remove('chosen'));
  }

  function bodyFor(action) {
    switch (action) {
      case 'assign': return { agent: $('action-agent').value || null };
      case 'transfer': {
        const department = $('action-department').value;
        return { department: department === RULES_CHOOSE ? null : department, reason: $('action-reason').value,
          keepDecisions: $('action-keep').checked };
      }
      case 'resolve': return { resolutionCode: $('action-code').value, rootCause: $('action-cause').value,
        note: $('action-note').value || null };
      case 'merge': case 'mark-duplicate': return { into: $('action-into').value.trim() };
      default: return {};
    }
  }

  /**
   * A refusal in the staff's words: a value outside a managed list names the accepted ones (by their
   * labels); anything else is the problem's own title and detail.
   */
  function refusal(p) {
    if (!p || !String(p.type || '').endsWith('/not-in-catalogue')) return context.problemText(p || {});
    Object.keys(lists).forEach(name => { delete lists[name]; });
    const parts = (p.errors || []).map(e => t('staff.error.notInList.' + e.field, e.field) + ': '
      + (e.message.match(/^"(.*)"/) || [null, ''])[1]);
    const known = p.knownDepartments || p.knownResolutionCodes || p.knownRootCauses || [];
    return t('staff.error.notInList', 'Valor fora da lista') + ' — ' + parts.join('; ') + '. '
      + t('staff.error.accepted', 'Aceitos') + ': ' + known.join(', ');
  }

  async function submit(event) {
    event.preventDefault();
    if (!chosen) return;
    const action = chosen;
    const done = await context.act(action, bodyFor(action), refusal);
    if (done) close();
  }

  /** The buttons for the case's allowed actions; called each time the case is shown. */
  function render(c, ctx) {
    context = ctx;
    close();
    const box = $('case-actions');
    box.replaceChildren();
    c.allowedActions.forEach(action => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = t('action.' + action, action);
      b.dataset.action = action;
      b.addEventListener('click', () => (WITH_FIELDS.includes(action) ? open(action)
        : context.act(action, {}, refusal)));
      box.appendChild(b);
    });
  }

  $('action-form').addEventListener('submit', submit);
  $('action-cancel').addEventListener('click', close);

  window.triagemStaffActions = { render };
})();
