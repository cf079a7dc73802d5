/*
 * A small DRL highlighter: keywords, strings, comments, numbers and $variables become spans with
 * classes, everything else stays text. Built with textContent only, so rule text can never become
 * markup; the page's CSP forbids inline styles, the colours are in css/regras.css.
 */
(function () {
  'use strict';
  const KEYWORDS = ['package', 'import', 'global', 'function', 'query', 'declare', 'rule', 'when', 'then', 'end',
    'salience', 'no-loop', 'lock-on-active', 'agenda-group', 'activation-group', 'ruleflow-group', 'dialect',
    'enabled', 'date-effective', 'date-expires', 'duration', 'timer', 'extends', 'not', 'exists', 'forall', 'from',
    'collect', 'accumulate', 'eval', 'and', 'or', 'contains', 'matches', 'memberOf', 'soundslike', 'in', 'this',
    'insert', 'insertLogical', 'update', 'modify', 'retract', 'delete', 'true', 'false', 'null', 'new', 'if', 'else',
    'return'];
  const TOKEN = new RegExp([
    '(\\/\\/[^\\n]*|#[^\\n]*|\\/\\*[\\s\\S]*?\\*\\/)',           // 1 comment
    '("(?:[^"\\\\\\n]|\\\\.)*"|\'(?:[^\'\\\\\\n]|\\\\.)*\')',   // 2 string
    '(\\$[A-Za-z_][\\w]*)',                                      // 3 bound variable
    '(\\b\\d+(?:\\.\\d+)?\\b)',                                  // 4 number
    '((?:^|(?<=[^\\w-]))(?:' + KEYWORDS.map(k => k.replace('-', '\\-')).join('|') + ')(?![\\w-]))' // 5 keyword
  ].join('|'), 'g');
  const CLASSES = [null, 'com', 'str', 'var', 'num', 'kw'];

  function highlight(text) {
    const pre = document.createElement('pre');
    pre.className = 'drl';
    const code = document.createElement('code');
    pre.appendChild(code);
    let last = 0;
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
      if (m[0].length === 0) { TOKEN.lastIndex++; continue; }
      if (m.index > last) code.appendChild(document.createTextNode(text.slice(last, m.index)));
      const span = document.createElement('span');
      span.className = CLASSES[m.slice(1).findIndex(g => g !== undefined) + 1];
      span.textContent = m[0];
      code.appendChild(span);
      last = m.index + m[0].length;
    }
    if (last < text.length) code.appendChild(document.createTextNode(text.slice(last)));
    return pre;
  }

  window.triagemDrl = { highlight };
})();
