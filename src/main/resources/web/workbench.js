// policy-graph workbench: YASGUI against the local endpoint, prefixes preset, example queries, local links.
(function () {
  var cfg = JSON.parse(document.getElementById('pg-config').textContent);
  var Yasqe = Yasgui.Yasqe;
  // No requests to other hosts: no prefix.cc or LOV autocompletion, no endpoint catalogue of public services.
  Yasqe.defaults.autocompleters = ['variables'];
  Yasqe.defaults.prefixCcApi = '';
  Yasqe.defaults.value = cfg.prefixes + '\nSELECT ?document ?title WHERE {\n  ?document a eli:LegalResource ; eli:title ?title .\n} LIMIT 20\n';
  var yasgui = new Yasgui(document.getElementById('yasgui'), {
    requestConfig: { endpoint: cfg.endpoint, method: 'POST' },
    copyEndpointOnNewTab: false,
    persistenceId: null,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: cfg.endpoint }]; } },
    yasqe: { autocompleters: ['variables'], prefixCcApi: '' },
    yasr: { prefixes: cfg.prefixMap }
  });
  window.pgYasgui = yasgui;

  // A result cut by the server's row cap says so: the response's X-Row-Cap header, shown above the results.
  var note = document.createElement('p');
  note.id = 'pg-truncated';
  note.className = 'truncated';
  note.hidden = true;
  document.getElementById('yasgui').before(note);
  yasgui.on('queryResponse', function () {
    var cap = null;
    Array.prototype.forEach.call(arguments, function (a) {
      var h = a && (a.header || a.headers);
      if (!h) return;
      cap = typeof h.get === 'function' ? h.get('x-row-cap') : (h['x-row-cap'] || h['X-Row-Cap'] || cap);
    });
    note.hidden = !cap;
    if (cap) note.textContent = 'At most ' + cap.split(';')[0] + ' rows are returned: a result of that many rows is truncated '
      + '(add a LIMIT, or page with OFFSET). / Tối đa ' + cap.split(';')[0] + ' dòng: kết quả có đúng số dòng đó đã bị cắt bớt.';
  });

  function open(example) {
    var tab = yasgui.addTab(true, { name: example.title });
    tab = yasgui.getTab();
    tab.setQuery(example.text);
    tab.query();
  }
  document.querySelectorAll('button.example').forEach(function (b) {
    b.addEventListener('click', function () {
      var ex = cfg.examples.find(function (e) { return e.file === b.getAttribute('data-file'); });
      if (ex) open(ex);
    });
  });

  // Result IRIs of this dataset open their pages on this server.
  var local = function (iri) {
    if (iri.indexOf(cfg.base) === 0) return '/' + iri.substring(cfg.base.length);
    return null;
  };
  new MutationObserver(function () {
    document.querySelectorAll('#yasgui .yasr a[href]').forEach(function (a) {
      if (a.dataset.pgLocal) return;
      var href = local(a.getAttribute('href'));
      a.dataset.pgLocal = '1';
      if (href) { a.setAttribute('href', href); a.removeAttribute('target'); }
    });
  }).observe(document.getElementById('yasgui'), { childList: true, subtree: true });
})();
