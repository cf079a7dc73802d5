/*
 * The queue's search box: one query over the protocol, the customer's name, the subject, the description
 * and the conversation. The server ignores accents and case and puts the best match first (an exact
 * protocol before all). What is typed is kept in the address (?q=), where the queue (staff-queue.js) reads
 * its filter from, so a search can be shared and survives a reload; a change asks the queue for the first
 * page of the new list. Typing pauses briefly before searching; Enter searches at once, Escape clears.
 */
(function () {
  'use strict';
  const PAUSE_MS = 400;
  let timer = null;

  function fromAddress() {
    return (new URLSearchParams(location.search).get('q') || '').trim();
  }

  function keepInAddress(value) {
    const query = new URLSearchParams(location.search);
    if (value) query.set('q', value); else query.delete('q');
    history.replaceState(null, '', location.pathname + (query.toString() ? '?' + query : '') + location.hash);
  }

  function search(input) {
    clearTimeout(timer);
    const value = input.value.trim();
    if (value === fromAddress()) return;
    keepInAddress(value);
    window.triagemQueue.filtersChanged();
  }

  function wire() {
    const input = document.getElementById('queue-search');
    if (!input) return;
    input.value = fromAddress();
    const i18n = window.triagemI18n;
    if (i18n) i18n.ready.then(() => { input.placeholder = i18n.t('staff.search.placeholder', input.placeholder); });
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => search(input), PAUSE_MS);
    });
    input.addEventListener('keydown', event => {
      if (event.key === 'Enter') {
        event.preventDefault();
        search(input);
      } else if (event.key === 'Escape' && input.value) {
        input.value = '';
        search(input);
      }
    });
    // The filters are a form: Enter in the box must not send it (a page load).
    if (input.form) input.form.addEventListener('submit', event => event.preventDefault());
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wire); else wire();
})();
