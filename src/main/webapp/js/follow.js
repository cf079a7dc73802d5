/*
 * The customer's status page: asks the public case API with the protocol number and the verification
 * code of the receipt, or the email or CPF the customer gave (sent in the X-Verification header, never
 * in the URL), and shows the status, the legal deadline, the staff's answers, the customer's own
 * messages and the history. The customer can answer and send a document from here, with the same
 * verification. Every text from the server is shown with textContent: answers quote complaint text,
 * and messages and file names are the customer's own, all untrusted.
 */
(function () {
  'use strict';
  const i18n = window.triagemI18n;
  const MAX_FILE_BYTES = 5 * 1024 * 1024;
  const form = document.getElementById('follow-form');
  const error = document.getElementById('follow-error');
  const view = document.getElementById('case-view');
  const protocolInput = document.getElementById('protocol-input');
  const verification = document.getElementById('verification');
  const submit = document.getElementById('follow-submit');
  const replyForm = document.getElementById('reply-form');
  const replyText = document.getElementById('reply-text');
  const replyFile = document.getElementById('reply-file');
  const replySubmit = document.getElementById('reply-submit');
  const replyError = document.getElementById('reply-error');
  const replySent = document.getElementById('reply-sent');
  // The case on screen and the proof that opened it, kept only in this page's memory for the answers.
  let current = null;
  let replyToken = newToken();

  function newToken() {
    return crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(16).slice(2);
  }

  const given = new URLSearchParams(location.search).get('protocol');
  if (given) protocolInput.value = given.replace(/\D/g, '');
  // The receipt of the web form just sent, in this tab: its code is filled in for the customer.
  try {
    const receipt = JSON.parse(sessionStorage.getItem('triagem.receipt') || 'null');
    if (receipt && receipt.protocol === protocolInput.value && receipt.code) verification.value = receipt.code;
  } catch (e) { /* no storage: the customer types the code */ }

  function when(iso) {
    if (!iso) return '—';
    const d = new Date(iso);
    return isNaN(d) ? iso : d.toLocaleString(i18n.lang, { dateStyle: 'short', timeStyle: 'short' });
  }

  function day(iso) {
    if (!iso) return '—';
    const d = new Date(iso);
    return isNaN(d) ? iso : d.toLocaleDateString(i18n.lang, { dateStyle: 'long' });
  }

  function item(list, className, parts) {
    const li = document.createElement('li');
    li.className = className;
    parts.forEach(([cls, text]) => {
      const span = document.createElement(cls === 'text' ? 'p' : 'span');
      span.className = cls;
      span.textContent = text;
      li.appendChild(span);
    });
    list.appendChild(li);
  }

  function showConversation(c) {
    const answers = document.getElementById('answers');
    answers.replaceChildren();
    (c.answers || []).forEach(a => item(answers, 'answer', [['when', when(a.at)], ['text', a.text]]));
    document.getElementById('no-answers').hidden = (c.answers || []).length > 0;
    const mine = (c.conversation || []).filter(m => m.from === 'CUSTOMER');
    const list = document.getElementById('my-messages');
    list.replaceChildren();
    mine.forEach(m => item(list, 'answer mine', [['when', when(m.at)], ['text', m.text]]));
    const documents = document.getElementById('documents');
    documents.replaceChildren();
    (c.documents || []).forEach(d => item(documents, 'document', [['name', d.fileName], ['when', ' — ' + when(d.at)]]));
    document.getElementById('documents-title').hidden = (c.documents || []).length === 0;
    document.getElementById('mine-section').hidden = mine.length === 0 && (c.documents || []).length === 0;
  }

  function show(c) {
    document.getElementById('case-protocol').textContent = c.protocol;
    document.getElementById('case-status').textContent = i18n.t('status.' + c.status, c.status);
    document.getElementById('case-subject').textContent = c.subject || i18n.t('follow.noSubject', '(sem assunto)');
    document.getElementById('case-opened').textContent = when(c.openedAt);
    document.getElementById('case-deadline').textContent = day(c.legalDeadline);
    // The survey of a resolved case, while it can be answered: the same page the mail links to.
    document.getElementById('case-survey').hidden = !c.surveyToken;
    if (c.surveyToken) {
      document.getElementById('case-survey-link').href = i18n.link('pesquisa.html?t=' + encodeURIComponent(c.surveyToken));
    }
    showConversation(c);
    replyForm.hidden = !c.acceptsMessages;
    const merged = document.getElementById('case-merged');
    merged.hidden = !c.mergedInto;
    merged.textContent = c.mergedInto
      ? i18n.t('follow.merged', 'Este atendimento foi unido ao protocolo {protocol}: suas novas mensagens seguem para lá.')
        .replace('{protocol}', c.mergedInto) : '';
    document.getElementById('reply-closed').hidden = !!c.acceptsMessages;
    const history = document.getElementById('history');
    history.replaceChildren();
    (c.history || []).forEach(s => item(history, 'step', [
      ['when', when(s.at)],
      ['what', ' ' + i18n.t('follow.event.' + s.what, s.what)],
      ['status', s.status ? ' — ' + i18n.t('status.' + s.status, s.status) : '']
    ]));
    form.hidden = true;
    view.hidden = false;
  }

  function lockedMessage(response) {
    const seconds = parseInt(response.headers.get('Retry-After') || '', 10);
    const text = i18n.t('follow.error.locked', 'Muitas tentativas com dados que não conferem. Aguarde {s} segundos e tente de novo.');
    return text.replace('{s}', isNaN(seconds) ? '30' : String(seconds));
  }

  async function lookUp(event) {
    event.preventDefault();
    error.textContent = '';
    const protocol = protocolInput.value.replace(/\D/g, '');
    const proof = verification.value.trim();
    if (!protocol || !proof) {
      error.textContent = i18n.t('follow.error.missing', 'Informe o protocolo e o código de verificação, e-mail ou CPF.');
      return;
    }
    submit.disabled = true;
    try {
      const response = await fetch('api/public/cases/' + encodeURIComponent(protocol), {
        headers: { 'Accept': 'application/json, application/problem+json', 'X-Verification': proof }
      });
      if (response.ok) {
        current = { protocol, proof };
        show(await response.json());
      } else if (response.status === 404 || response.status === 400) {
        // Deliberately the same message for an unknown protocol and a wrong code, e-mail or CPF.
        error.textContent = i18n.t('follow.error.notFound',
          'Não encontramos um atendimento com esse protocolo e esse código, e-mail ou CPF. Confira os dados.');
      } else if (response.status === 429) {
        error.textContent = lockedMessage(response);
      } else {
        error.textContent = i18n.t('follow.error.unavailable', 'Não conseguimos consultar agora. Tente novamente em instantes.');
      }
    } catch (e) {
      error.textContent = i18n.t('error.network', 'Sem conexão com o servidor. Tente novamente.');
    } finally {
      submit.disabled = false;
    }
  }

  function readBase64(file) {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result).split(',')[1] || '');
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(file);
    });
  }

  /** What a refused answer means for the customer, from the problem the API answered. */
  async function replyRefusal(response) {
    const problem = await response.json().catch(() => ({}));
    const type = String(problem.type || '');
    if (type.endsWith('/attachment-too-large')) return i18n.t('follow.reply.error.tooLarge', 'O documento passa de 5 MB. Envie um arquivo menor (por exemplo, compactado ou em outra resolução).');
    if (type.endsWith('/attachment-type-not-allowed')) return i18n.t('follow.reply.error.type', 'Esse tipo de arquivo não é aceito. Envie PDF, imagem, texto, Word, Excel, áudio ou vídeo MP4.');
    if (response.status === 413) return i18n.t('follow.reply.error.textTooLarge', 'A mensagem é longa demais: escreva até 64 KB.');
    if (response.status === 409) return i18n.t('follow.reply.closed', 'Este atendimento foi encerrado e não recebe novas mensagens. Para um novo problema, registre uma nova reclamação.');
    if (response.status === 429) return lockedMessage(response);
    if (response.status === 404) return i18n.t('follow.error.notFound', 'Não encontramos um atendimento com esse protocolo e esse código, e-mail ou CPF. Confira os dados.');
    if (response.status === 400) return i18n.t('follow.reply.error.empty', 'Escreva uma mensagem ou escolha um documento.');
    return i18n.t('follow.reply.error.unavailable', 'Não conseguimos enviar agora. Tente novamente em instantes.');
  }

  async function sendReply(event) {
    event.preventDefault();
    replyError.textContent = '';
    replySent.textContent = '';
    const text = replyText.value.trim();
    const file = replyFile.files && replyFile.files[0];
    if (!text && !file) {
      replyError.textContent = i18n.t('follow.reply.error.empty', 'Escreva uma mensagem ou escolha um documento.');
      return;
    }
    if (file && file.size > MAX_FILE_BYTES) {
      replyError.textContent = i18n.t('follow.reply.error.tooLarge', 'O documento passa de 5 MB. Envie um arquivo menor (por exemplo, compactado ou em outra resolução).');
      return;
    }
    replySubmit.disabled = true;
    try {
      const body = { text, replyToken };
      if (file) {
        body.fileName = file.name;
        body.fileType = file.type || 'application/octet-stream';
        body.fileContent = await readBase64(file);
      }
      const response = await fetch('api/public/cases/' + encodeURIComponent(current.protocol) + '/messages', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json',
          'X-Verification': current.proof, 'X-Triagem-CSRF': '1'
        },
        body: JSON.stringify(body)
      });
      if (response.ok) {
        show(await response.json());
        replyForm.reset();
        replyToken = newToken();
        replySent.textContent = i18n.t('follow.reply.sent', 'Mensagem enviada. Ela já faz parte do seu atendimento.');
      } else {
        replyError.textContent = await replyRefusal(response);
      }
    } catch (e) {
      replyError.textContent = i18n.t('error.network', 'Sem conexão com o servidor. Tente novamente.');
    } finally {
      replySubmit.disabled = false;
    }
  }

  form.addEventListener('submit', lookUp);
  replyForm.addEventListener('submit', sendReply);
  document.getElementById('follow-another').addEventListener('click', () => {
    current = null;
    view.hidden = true;
    form.hidden = false;
    protocolInput.value = '';
    verification.value = '';
    replyForm.reset();
    replyError.textContent = '';
    replySent.textContent = '';
    protocolInput.focus();
  });
})();
