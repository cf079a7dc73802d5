/*
 * The customer line of a case: the name, and the email, phone and CPF masked. Staff who need one in full
 * (to call back, to check an address) ask for it with a reason; the server records who, which and why
 * in the case's history, where the data protection officer reads it. Nothing revealed is kept: the next
 * render shows the masked value again.
 */
(function () {
  'use strict';
  const i18n = window.triagemI18n;
  const t = (key, fallback) => i18n.t(key, fallback);
  const session = window.triagemSession;
  const FIELDS = ['email', 'phone', 'cpf'];

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  /** One masked identifier with its "ver completo" button and, when asked, the reason form. */
  function field(c, name, masked, problemText) {
    const box = el('span', null, 'personal');
    box.dataset.field = name;
    const value = el('span', masked, 'personal-value');
    const show = el('button', t('unmask.show', 'ver completo'), 'link personal-show');
    show.type = 'button';
    show.setAttribute('aria-label', t('unmask.show.' + name, 'ver completo'));
    const form = el('form', null, 'personal-form');
    form.hidden = true;
    const label = el('label', t('unmask.reason', 'Motivo (fica registrado):'));
    const reason = el('input');
    reason.name = 'reason';
    reason.required = true;
    reason.minLength = 10;
    reason.maxLength = 500;
    reason.placeholder = t('unmask.placeholder', 'ex.: retornar a ligação do cliente');
    label.appendChild(reason);
    const ok = el('button', t('unmask.confirm', 'Mostrar'));
    ok.type = 'submit';
    const cancel = el('button', t('unmask.cancel', 'Cancelar'), 'link');
    cancel.type = 'button';
    const said = el('span', null, 'personal-message');
    said.setAttribute('role', 'status');
    form.append(label, ok, cancel, said);
    show.addEventListener('click', () => {
      form.hidden = false;
      show.hidden = true;
      reason.focus();
    });
    cancel.addEventListener('click', () => {
      form.hidden = true;
      show.hidden = false;
      said.textContent = '';
    });
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const r = await session.call('POST', 'api/cases/' + encodeURIComponent(c.protocol) + '/personal-data/' + name,
        { reason: reason.value });
      if (!r.ok) {
        said.textContent = problemText(r.data);
        said.className = 'personal-message bad';
        return;
      }
      value.textContent = r.data.value;
      value.classList.add('revealed');
      form.hidden = true;
      box.appendChild(el('span', ' ' + t('unmask.recorded', '(acesso registrado)'), 'personal-recorded'));
    });
    box.append(value, ' ', show, form);
    return box;
  }

  function render(target, c, problemText) {
    const who = c.customer || {};
    target.replaceChildren();
    const parts = [];
    if (who.name) parts.push(el('span', who.name));
    FIELDS.filter(name => who[name]).forEach(name => parts.push(field(c, name, who[name], problemText)));
    if (parts.length === 0) {
      target.textContent = '—';
      return;
    }
    parts.forEach((part, i) => {
      if (i > 0) target.appendChild(document.createTextNode(' · '));
      target.appendChild(part);
    });
  }

  window.triagemUnmask = { render };
})();
