/*
 * The staff queue from the keyboard. The rows take the focus one at a time (a roving tabindex: Tab enters
 * the list at the current row and leaves it with the next Tab), Enter or Space opens the focused case,
 * and a few shortcuts, listed on the page and in docs/staff-workspace.md: j / k (or ↓ / ↑) move between
 * rows, / goes to the queue's search box when there is one, r refreshes from the first page, n / p turn
 * the pages. The shortcuts wait while a person types in a field, and leave Ctrl/Alt/⌘ combinations alone.
 */
(function () {
  'use strict';
  const ROWS = '#queue tbody tr[data-protocol]';
  let actions = { refresh() {}, nextPage() {}, previousPage() {} };

  const rows = () => Array.from(document.querySelectorAll(ROWS));

  /** The one row Tab stops at; the others are reached with j / k. */
  function activate(row, focus) {
    rows().forEach(r => { r.tabIndex = r === row ? 0 : -1; });
    if (row && focus) {
      row.focus();
      row.scrollIntoView({ block: 'nearest' });
    }
  }

  function move(step) {
    const all = rows();
    if (!all.length) return;
    let at = all.indexOf(document.activeElement);
    if (at < 0) at = all.findIndex(r => r.tabIndex === 0) - step; // first press: the current row itself
    activate(all[Math.min(all.length - 1, Math.max(0, at + step))], true);
  }

  function typing(target) {
    return target.closest && target.closest('input, textarea, select, [contenteditable]:not([contenteditable=false])');
  }

  function searchBox() {
    return document.querySelector('#queue-search, #filters input[type=search]');
  }

  function onKey(e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const row = e.target.closest && e.target.closest(ROWS);
    if (row && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      location.hash = row.dataset.protocol;
      return;
    }
    if (row && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      move(e.key === 'ArrowDown' ? 1 : -1);
      return;
    }
    if (typing(e.target)) return;
    switch (e.key) {
      case 'j': move(1); break;
      case 'k': move(-1); break;
      case '/': if (!searchBox()) return; searchBox().focus(); break;
      case 'r': actions.refresh(); break;
      case 'n': actions.nextPage(); break;
      case 'p': actions.previousPage(); break;
      default: return;
    }
    e.preventDefault();
  }

  /**
   * After the list is drawn again: the row that had the focus keeps it (the list refreshes itself while
   * a person reads it); otherwise the open case's row, or the first, is the one Tab stops at.
   */
  function rowsChanged(focusedProtocol) {
    const all = rows();
    const keep = all.find(r => r.dataset.protocol === focusedProtocol);
    const open = all.find(r => r.dataset.protocol === location.hash.substring(1));
    activate(keep || open || all[0], Boolean(keep));
  }

  function focusFirstRow() {
    activate(rows()[0], true);
  }

  function start(queueActions) {
    actions = queueActions;
    document.addEventListener('keydown', onKey);
  }

  window.triagemQueueKeys = { start, rowsChanged, focusFirstRow };
})();
