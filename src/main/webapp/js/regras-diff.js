/*
 * Draws the API's comparison of two versions: files added, removed or changed; for a table the rows
 * added, removed or changed under the analyst's column titles, the changed cells highlighted with the
 * old value struck through above the new; for text every line, removed and added lines marked.
 */
(function () {
  'use strict';
  const t = (key, fallback) => window.triagemI18n.t(key, fallback);
  const el = (tag, text, cls) => window.triagemRuleTable.el(tag, text, cls);

  const CHANGE_TEXT = {
    ADDED: ['rules.diff.added', 'acrescentado'], REMOVED: ['rules.diff.removed', 'retirado'],
    CHANGED: ['rules.diff.changed', 'alterado'], UNCHANGED: ['rules.diff.unchanged', 'sem mudança']
  };
  const changeText = change => t(CHANGE_TEXT[change][0], CHANGE_TEXT[change][1]);

  function rowNumber(row) {
    if (row.change === 'ADDED') return '+' + row.toRow;
    if (row.change === 'REMOVED') return '−' + row.fromRow;
    return row.fromRow === row.toRow ? String(row.toRow) : row.fromRow + '→' + row.toRow;
  }

  function sheetDiff(sheet) {
    const box = el('div', undefined, 'sheet-diff');
    if (sheet.name) box.appendChild(el('h4', t('rules.sheet', 'Planilha') + ' ' + sheet.name));
    const width = Math.max(sheet.titles.length, ...sheet.rows.map(r => Math.max(r.from.length, r.to.length)));
    const table = el('table', undefined, 'diff-table');
    const head = el('tr', undefined, 'role-titles');
    head.appendChild(el('th', t('rules.diff.row', 'Linha'), 'row-number'));
    for (let c = 0; c < width; c++) head.appendChild(el('th', sheet.titles[c] || ''));
    table.appendChild(el('thead')).appendChild(head);
    const body = el('tbody');
    sheet.rows.forEach(row => {
      const tr = el('tr', undefined, 'row-' + row.change.toLowerCase());
      tr.dataset.change = row.change;
      tr.appendChild(el('td', rowNumber(row), 'row-number'));
      const cells = row.change === 'REMOVED' ? row.from : row.to;
      for (let c = 0; c < width; c++) {
        if (row.change === 'CHANGED' && row.changedColumns.includes(c)) {
          const td = el('td', undefined, 'cell-changed');
          td.appendChild(el('del', row.from[c] || ''));
          td.appendChild(el('ins', row.to[c] || ''));
          tr.appendChild(td);
        } else {
          tr.appendChild(el('td', cells[c] || ''));
        }
      }
      body.appendChild(tr);
    });
    table.appendChild(body);
    box.appendChild(table);
    return box;
  }

  function textDiff(lines) {
    const pre = el('pre', undefined, 'diff-text');
    lines.forEach(line => {
      const mark = line.change === 'ADDED' ? '+ ' : line.change === 'REMOVED' ? '− ' : '  ';
      const span = el('span', mark + line.text, 'line-' + line.change.toLowerCase());
      pre.appendChild(span);
    });
    return pre;
  }

  function render(diff) {
    const box = el('div');
    const changed = diff.files.filter(f => f.change !== 'UNCHANGED');
    box.appendChild(el('p', t('rules.diff.summary', 'Da versão {0} para a {1}: {2} arquivo(s) com mudança, {3} sem mudança.')
      .replace('{0}', diff.from).replace('{1}', diff.to).replace('{2}', changed.length)
      .replace('{3}', diff.files.length - changed.length), 'diff-summary'));
    changed.forEach(file => {
      const article = el('article', undefined, 'file-diff');
      article.dataset.path = file.path;
      article.dataset.change = file.change;
      const title = el('h3', file.path + ' ');
      title.appendChild(el('span', changeText(file.change), 'badge ' + (file.change === 'REMOVED' ? 'bad' : 'ok')));
      article.appendChild(title);
      file.sheets.filter(s => s.rows.length).forEach(s => article.appendChild(sheetDiff(s)));
      if (file.lines.length) article.appendChild(textDiff(file.lines));
      box.appendChild(article);
    });
    return box;
  }

  window.triagemRuleDiff = { render };
})();
