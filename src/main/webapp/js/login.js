/* Signs in and goes back to the page that asked, which must be one of ours (no open redirect). */
(function () {
  'use strict';
  const i18n = window.triagemI18n;
  const session = window.triagemSession;

  function nextPage() {
    const next = new URLSearchParams(location.search).get('next') || 'staff.html';
    return /^[a-z]+\.html([?#][^\s]*)?$/.test(next) ? next : 'staff.html';
  }

  document.getElementById('login-form').addEventListener('submit', async event => {
    event.preventDefault();
    const error = document.getElementById('login-error');
    error.textContent = '';
    const result = await session.call('POST', 'api/session', {
      username: document.getElementById('username').value,
      password: document.getElementById('password').value
    });
    if (result.ok) {
      location.assign(nextPage());
    } else {
      error.textContent = i18n.t('login.refused', 'Usuário ou senha incorretos.');
    }
  });
})();
