/*
 * The staff page's link to supervisao.html, for supervisors and admins: shown exactly when the link to
 * the dashboard is (staff.js decides that from the session), so the rule lives in one place.
 */
(function () {
  'use strict';
  const painel = document.getElementById('painel-link');
  const supervisao = document.getElementById('supervisao-link');
  if (!painel || !supervisao) return;
  const follow = () => { supervisao.hidden = painel.hidden; };
  new MutationObserver(follow).observe(painel, { attributes: true, attributeFilter: ['hidden'] });
  follow();
})();
