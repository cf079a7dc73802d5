/*
 * The staff pages' shared header: who is signed in, the pages their roles may use, and Sair. A page puts
 * <nav id="staff-nav" data-page="analyst.html"></nav> in its header and loads this file after session.js;
 * the login page loads it only for homeFor(), the page each role lands on.
 *
 * Which role may use which page is decided here, in one table, from what /api/session says of the user.
 * The server still refuses every call a role may not make: this only spares people forms that cannot work.
 * A page the user's roles cannot use says so in plain words, with a link to their own page.
 */
(function () {
  'use strict';
  const i18n = window.triagemI18n;
  const t = (key, fallback) => i18n.t(key, fallback);

  /** In the order the header shows them. `refusal` is said to anyone else who opens the page. */
  const PAGES = [
    { page: 'staff.html', id: 'staff-link', key: 'nav.staff', label: 'Fila de casos',
      roles: ['agent', 'supervisor', 'admin'],
      refusal: ['nav.refused.staff', 'A fila de casos é para agentes, supervisores e administradores.'] },
    { page: 'supervisao.html', id: 'supervisao-link', key: 'staff.supervisao', label: 'Supervisão',
      roles: ['supervisor', 'admin'],
      refusal: ['nav.refused.supervisao', 'Esta página é para supervisores e administradores.'] },
    { page: 'painel.html', id: 'painel-link', key: 'staff.painel', label: 'Painel',
      roles: ['supervisor', 'admin'],
      refusal: ['nav.refused.painel', 'Este painel é para supervisores e administradores.'] },
    { page: 'analyst.html', id: 'analyst-link', key: 'nav.analyst', label: 'Regras',
      roles: ['analyst', 'admin'],
      refusal: ['nav.refused.analyst', 'Esta página é para analistas de regras.'] },
    { page: 'catalogos.html', id: 'catalogos-link', key: 'staff.catalogos', label: 'Catálogos',
      roles: ['admin', 'supervisor', 'analyst'],
      refusal: ['nav.refused.catalogos', 'Esta página é para administradores, supervisores e analistas de regras.'] }
  ];

  /** Pages reached from another page rather than from the header: a version's rules, the DPO's page. */
  const LINKED = [
    { page: 'regras.html', roles: ['analyst', 'admin'],
      refusal: ['nav.refused.analyst', 'Esta página é para analistas de regras.'] },
    { page: 'privacidade.html', roles: ['dpo', 'admin'],
      refusal: ['nav.refused.privacidade', 'Esta página é para o encarregado de dados (DPO) e administradores.'] }
  ];

  /** Where each role lands after signing in; a user with several roles gets the first that fits. */
  const HOMES = [['admin', 'painel.html'], ['supervisor', 'supervisao.html'], ['analyst', 'analyst.html'],
    ['agent', 'staff.html'], ['dpo', 'privacidade.html']];

  const ROLE_NAMES = { agent: 'agente', supervisor: 'supervisor', analyst: 'analista de regras',
    admin: 'administrador', dpo: 'encarregado de dados (DPO)', integration: 'integração' };

  function entry(page) {
    return PAGES.find(p => p.page === page) || LINKED.find(p => p.page === page);
  }

  function mayUse(page, roles) {
    const e = entry(page);
    return !!e && e.roles.some(r => roles.includes(r));
  }

  function pageOf(address) {
    return String(address || '').split(/[?#]/)[0];
  }

  /**
   * The page to land on after signing in: `next` when it is one of our pages the user may use (only a
   * bare page name, never another site), else the first home that fits the roles; null when none does.
   */
  function homeFor(me, next) {
    const roles = (me && me.roles) || [];
    if (next && /^[a-z]+\.html([?#][^\s]*)?$/.test(next) && mayUse(pageOf(next), roles)) return next;
    const home = HOMES.find(([role]) => roles.includes(role));
    return home ? home[1] : null;
  }

  function roleNames(roles) {
    const names = roles.map(r => t('nav.role.' + r, ROLE_NAMES[r] || r));
    return names.length > 1 ? names.slice(0, -1).join(', ') + ' ' + t('nav.and', 'e') + ' ' + names[names.length - 1]
      : names.join('');
  }

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  /**
   * The header's elements, drawn as the script loads (before anyone is known), every link hidden: pages
   * and tests find them at once, and only what the user's roles may use is shown once they are known.
   */
  function skeleton(nav) {
    nav.replaceChildren();
    PAGES.forEach(p => {
      const a = el('a', p.label);
      a.href = p.page;
      a.id = p.id;
      a.hidden = true;
      if (p.page === nav.dataset.page) a.setAttribute('aria-current', 'page');
      nav.appendChild(a);
    });
    const who = el('span');
    who.id = 'who';
    nav.appendChild(who);
    const out = el('button', 'Sair', 'link');
    out.type = 'button';
    out.id = 'sign-out';
    out.addEventListener('click', () => window.triagemSession.signOut());
    nav.appendChild(out);
  }

  function render(nav, me) {
    const here = nav.dataset.page;
    PAGES.forEach(p => {
      const a = document.getElementById(p.id);
      a.textContent = t(p.key, p.label);
      a.hidden = !mayUse(p.page, me.roles) || p.page === here;
    });
    const who = document.getElementById('who');
    who.textContent = me.username + (me.departments.length ? ' · ' + me.departments.join(', ') : '');
    who.title = roleNames(me.roles);
    document.getElementById('sign-out').textContent = t('staff.signOut', 'Sair');
  }

  /** Instead of forms that cannot work: what the page is for, who the user is, and where to go. */
  function refuse(here, me) {
    document.querySelectorAll('main').forEach(m => { m.hidden = true; });
    const [key, text] = entry(here).refusal;
    const box = el('main', undefined, 'refusal');
    box.id = 'refusal';
    box.setAttribute('role', 'alert');
    box.appendChild(el('h1', t('nav.refused.title', 'Página não disponível para você')));
    box.appendChild(el('p', t(key, text) + ' ' + t('nav.refused.as', 'Você entrou como') + ' ' + roleNames(me.roles) + '.'));
    const home = homeFor(me, null);
    const p = el('p');
    if (home) {
      const a = el('a', t('nav.refused.home', 'Ir para a sua página:') + ' ' + t(entry(home).key, entry(home).label));
      a.href = home;
      a.id = 'refusal-home';
      p.appendChild(a);
    } else {
      p.textContent = t('nav.refused.none', 'Nenhuma página da equipe é para o seu perfil.');
    }
    box.appendChild(p);
    document.body.insertBefore(box, document.querySelector('main'));
  }

  async function start(nav) {
    await i18n.ready;
    const me = await window.triagemSession.requireUser();
    render(nav, me);
    const here = nav.dataset.page;
    if (entry(here) && !mayUse(here, me.roles)) refuse(here, me);
  }

  window.triagemNav = { homeFor, mayUse };
  const nav = document.getElementById('staff-nav');
  if (nav) {
    skeleton(nav);
    start(nav);
  }
})();
