/*
 * Signs in and lands on a page this user may use: the one that asked (?next=, which must be one of our
 * pages: no open redirect) when their roles may use it, else their own (js/nav.js decides which).
 */
(function () {
  'use strict';
  const i18n = window.triagemI18n;
  const session = window.triagemSession;

  document.getElementById('login-form').addEventListener('submit', async event => {
    event.preventDefault();
    const error = document.getElementById('login-error');
    error.textContent = '';
    const result = await session.call('POST', 'api/session', {
      username: document.getElementById('username').value,
      password: document.getElementById('password').value
    });
    if (!result.ok) {
      error.textContent = i18n.t('login.refused', 'Usuário ou senha incorretos.');
      return;
    }
    const landing = window.triagemNav.homeFor(result.data, new URLSearchParams(location.search).get('next'));
    if (landing) {
      location.assign(landing);
    } else {
      // An integration account signs calls, not pages: say so rather than open a page that refuses it.
      await session.call('DELETE', 'api/session');
      error.textContent = i18n.t('login.noPage', 'Este usuário não usa as páginas da equipe.');
    }
  });
})();
