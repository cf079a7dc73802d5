/*
 * Tiny message bundles: pt-BR is the page's own text, English is loaded when the browser prefers it
 * (or ?lang=en). Text is always set with textContent, never as HTML.
 */
(function () {
  'use strict';
  const wanted = new URLSearchParams(location.search).get('lang') || navigator.language || 'pt-BR';
  const lang = wanted.toLowerCase().startsWith('en') ? 'en' : 'pt-BR';
  let bundle = {};

  function t(key, fallback) {
    return Object.prototype.hasOwnProperty.call(bundle, key) ? bundle[key] : fallback;
  }

  function apply() {
    document.querySelectorAll('[data-i18n]').forEach(el => {
      el.textContent = t(el.dataset.i18n, el.textContent);
    });
  }

  window.triagemI18n = {
    lang,
    t,
    ready: fetch('i18n/messages_' + lang + '.json')
      .then(r => (r.ok ? r.json() : {}))
      .then(b => { bundle = b; document.documentElement.lang = lang; apply(); })
      .catch(() => {})
  };
})();
