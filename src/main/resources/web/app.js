// policy-graph: interface language switch (English / Vietnamese), remembered in localStorage.
(function () {
  var root = document.documentElement;
  function apply(lang) { root.setAttribute('data-ui', lang); root.setAttribute('lang', lang); }
  var saved = null;
  try { saved = localStorage.getItem('pg-ui'); } catch (e) {}
  apply(saved || ((navigator.language || '').toLowerCase().indexOf('vi') === 0 ? 'vi' : 'en'));
  document.addEventListener('DOMContentLoaded', function () {
    var b = document.getElementById('ui-lang');
    if (!b) return;
    b.addEventListener('click', function () {
      var next = root.getAttribute('data-ui') === 'vi' ? 'en' : 'vi';
      apply(next);
      try { localStorage.setItem('pg-ui', next); } catch (e) {}
    });
  });
})();
