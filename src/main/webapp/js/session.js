/*
 * Shared by the staff pages: API calls with the CSRF header, and sending the user to the login page
 * when the session is gone. The session cookie is HttpOnly and SameSite=Strict; scripts never see it.
 */
(function () {
  'use strict';

  async function call(method, url, body, extraHeaders) {
    // Problems come back in the page's language (pt-BR unless the page is in English).
    const language = window.triagemI18n ? window.triagemI18n.lang : 'pt-BR';
    const headers = Object.assign({ 'Accept': 'application/json, application/problem+json', 'X-Triagem-CSRF': '1',
      'Accept-Language': language }, extraHeaders || {});
    const init = { method, headers, credentials: 'same-origin' };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      headers['Content-Type'] = 'application/json';
    }
    const response = await fetch(url, init);
    const data = await response.json().catch(() => ({}));
    return { ok: response.ok, status: response.status, data, headers: response.headers };
  }

  /** Who is signed in; sends the browser to the login page (and back here afterwards) when nobody is. */
  async function requireUser() {
    const me = await call('GET', 'api/session');
    if (!me.ok || !me.data.authenticated) {
      const page = location.pathname.split('/').pop() || 'staff.html';
      location.assign('login.html?next=' + encodeURIComponent(page + location.search + location.hash));
      return new Promise(() => {});
    }
    return me.data;
  }

  async function signOut() {
    await call('DELETE', 'api/session');
    location.assign('login.html');
  }

  window.triagemSession = { call, requireUser, signOut };
})();
