/*
 * Tiny message bundles: pt-BR is the page's own text, English is loaded when the browser prefers it
 * (or ?lang=en). Text is always set with textContent, never as HTML.
 */
(function () {
  'use strict';
  const asked = new URLSearchParams(location.search).get('lang');
  const wanted = asked || navigator.language || 'pt-BR';
  const lang = wanted.toLowerCase().startsWith('en') ? 'en' : 'pt-BR';

  // A language asked for in the URL goes on with every link between the public pages (receipt ->
  // status page -> survey), so a customer who chose English is not sent back to the browser's choice.
  function link(url) {
    if (!asked) return url;
    return url + (url.indexOf('?') < 0 ? '?' : '&') + 'lang=' + encodeURIComponent(lang);
  }
  let bundle = {};

  function t(key, fallback) {
    return Object.prototype.hasOwnProperty.call(bundle, key) ? bundle[key] : fallback;
  }

  function apply() {
    document.querySelectorAll('[data-i18n]').forEach(el => {
      el.textContent = t(el.dataset.i18n, el.textContent);
    });
  }

  document.querySelectorAll('a[data-keep-lang]').forEach(a => a.setAttribute('href', link(a.getAttribute('href'))));

  window.triagemI18n = {
    lang,
    t,
    link,
    ready: fetch('i18n/messages_' + lang + '.json')
      .then(r => (r.ok ? r.json() : {}))
      .then(b => { bundle = b; document.documentElement.lang = lang; apply(); })
      .catch(() => {})
  };
})();
