/*
 * Draws a table file (decision table or scenarios) from the API's table model: the RuleSet and
 * RuleTable rows, the analyst's column titles as the header, conditions and actions marked by column,
 * each row with the number the spreadsheet gives it. In edit mode the rule rows become inputs with
 * buttons to add a row below or remove the row; the edited rows are written back as CSV. All cell text
 * goes in with textContent or an input's value: table content is untrusted.
 */
(function () {
  'use strict';
  const t = (key, fallback) => window.triagemI18n.t(key, fallback);

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  function columnClass(columns, c) {
    const role = columns[c];
    return role && role !== 'NONE' ? 'col-' + role.toLowerCase() : '';
  }

  /**
   * One sheet as a table. `edit`, when given, is { rows, onChange }: its rows (copies of the sheet's,
   * changed in place) are drawn instead, rule rows as inputs.
   */
  function sheetTable(sheet, edit) {
    const width = Math.max(sheet.width, ...(edit ? edit.rows.map(r => r.cells.length) : [0]));
    const table = el('table', undefined, 'rule-table');
    if (sheet.name) table.dataset.sheet = sheet.name;
    const body = el('tbody');
    const rows = edit ? edit.rows : sheet.rows;
    rows.forEach((row, index) => {
      const tr = el('tr', undefined, 'role-' + row.role.toLowerCase());
      tr.dataset.row = row.number || '';
      tr.appendChild(el('td', row.number || t('rules.new.row', 'nova'), 'row-number'));
      for (let c = 0; c < width; c++) {
        const value = row.cells[c] || '';
        const cell = el(row.role === 'TITLES' ? 'th' : 'td', undefined, columnClass(sheet.columns, c));
        if (edit && row.role === 'RULE') {
          const input = document.createElement('input');
          input.value = value;
          input.dataset.column = c;
          input.setAttribute('aria-label', (sheet.titles && sheet.titles[c]) || ('coluna ' + (c + 1)));
          input.addEventListener('input', () => {
            while (row.cells.length <= c) row.cells.push('');
            row.cells[c] = input.value;
            row.changed = true;
          });
          cell.appendChild(input);
        } else {
          cell.textContent = value;
        }
        tr.appendChild(cell);
      }
      if (edit) tr.appendChild(rowTools(row, index, edit));
      body.appendChild(tr);
    });
    table.appendChild(body);
    return table;
  }

  function rowTools(row, index, edit) {
    const cell = el('td', undefined, 'row-tools');
    if (row.role !== 'RULE' && row.role !== 'TITLES') return cell;
    const add = el('button', '+', 'add-row');
    add.type = 'button';
    add.title = t('rules.row.add', 'Acrescentar uma linha abaixo');
    add.setAttribute('aria-label', add.title);
    add.addEventListener('click', () => {
      edit.rows.splice(index + 1, 0, { number: 0, role: 'RULE', cells: [], changed: true });
      edit.onChange();
    });
    cell.appendChild(add);
    if (row.role === 'RULE') {
      const remove = el('button', '−', 'remove-row');
      remove.type = 'button';
      remove.title = t('rules.row.remove', 'Retirar esta linha');
      remove.setAttribute('aria-label', remove.title);
      remove.addEventListener('click', () => {
        edit.rows.splice(index, 1);
        edit.onChange();
      });
      cell.appendChild(remove);
    }
    return cell;
  }

  /** Every sheet of the model, each under its name when the workbook has several. */
  function render(model) {
    const box = el('div');
    model.sheets.forEach(sheet => {
      if (sheet.name) box.appendChild(el('h3', t('rules.sheet', 'Planilha') + ' ' + sheet.name));
      box.appendChild(sheetTable(sheet));
    });
    return box;
  }

  /** A CSV field as RFC 4180 writes it: quoted when it holds a separator, a quote, a line break or edge spaces. */
  function field(value) {
    const v = value || '';
    return /[",;\r\n]|^\s|\s$/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
  }

  /** The rows back as CSV, every row as wide as the widest, as a spreadsheet saves them. */
  function toCsv(rows) {
    const width = Math.max(1, ...rows.map(r => r.cells.length));
    return rows.map(r => {
      const cells = r.cells.slice();
      while (cells.length < width) cells.push('');
      return cells.map(field).join(',');
    }).join('\r\n') + '\r\n';
  }

  window.triagemRuleTable = { render, sheetTable, toCsv, el };
})();
