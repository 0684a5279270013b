// policy-graph: a document's citation and derivation chain drawn with cytoscape.js; nodes and edges open their pages.
// Layout: dagre (from its webjar) orders the documents; each document is then put in the band of its
// tier (0 centre, 1 ministries and provinces, 2 districts and communes, 3 unknown), so a higher level is always
// drawn above a lower one. More than GROUP_LIMIT documents of one issuer in one band are drawn as one node; a click
// on it shows them.
(function () {
  var data = document.getElementById('chain-data');
  var el = document.getElementById('chain-diagram');
  if (!data || !el || typeof cytoscape === 'undefined' || typeof dagre === 'undefined') return;
  var GROUP_LIMIT = 5, ROW = 70, BAND_GAP = 50, NODE_W = 120, NODE_H = 40;
  var colours = { central: '#b91c1c', city: '#c2410c', district: '#1d4ed8', ward: '#047857' };
  var all = JSON.parse(data.textContent);
  var docs = all.filter(function (e) { return !e.data.source; });
  var links = all.filter(function (e) { return e.data.source; });
  var expanded = {};

  function groupKey(d) { return d.group ? 'group:' + d.tier + ':' + d.group : null; }

  // The elements with every large group not yet expanded replaced by one node, its edges merged.
  function elements() {
    var size = {};
    docs.forEach(function (n) { var k = groupKey(n.data); if (k && !n.data.self) size[k] = (size[k] || 0) + 1; });
    var shownAs = {}, out = [], groups = {};
    docs.forEach(function (n) {
      var d = n.data, k = groupKey(d);
      if (k && !d.self && size[k] > GROUP_LIMIT && !expanded[k]) {
        shownAs[d.id] = k;
        if (!groups[k]) {
          groups[k] = true;
          out.push({ data: { id: k, label: size[k] + ' × ' + d.groupLabel, title: d.groupLabel, level: d.level, tier: d.tier,
            collapsed: true, count: size[k] } });
        }
      } else {
        shownAs[d.id] = d.id;
        out.push({ data: d });
      }
    });
    var seen = {};
    links.forEach(function (e) {
      var s = shownAs[e.data.source], t = shownAs[e.data.target];
      if (!s || !t || s === t) return;
      if (s === e.data.source && t === e.data.target) { out.push({ data: e.data }); return; }
      var id = 'm:' + s + ' ' + t;
      if (seen[id]) return;
      seen[id] = true;
      out.push({ data: { id: id, source: s, target: t, label: '' } });
    });
    return out;
  }

  // Preset positions: dagre orders the documents (fewest crossings); then each tier gets its own band, the tiers top
  // to bottom, each of dagre's rows in a band is centred and wrapped at the diagram's width so labels stay legible.
  function positions(cy) {
    var g = new dagre.graphlib.Graph();
    g.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 50 });
    g.setDefaultEdgeLabel(function () { return {}; });
    cy.nodes().forEach(function (n) { g.setNode(n.id(), { width: NODE_W, height: NODE_H }); });
    cy.edges().forEach(function (e) { g.setEdge(e.source().id(), e.target().id()); });
    dagre.layout(g);
    var rows = {};
    cy.nodes().forEach(function (n) {
      var t = n.data('tier'), y = g.node(n.id()).y;
      var band = rows[t] = rows[t] || {};
      (band[y] = band[y] || []).push(n.id());
    });
    var step = NODE_W + 16, perLine = Math.max(3, Math.floor((el.clientWidth - 48) / step));
    var top = 0, pos = {};
    Object.keys(rows).map(Number).sort(function (a, b) { return a - b; }).forEach(function (t) {
      Object.keys(rows[t]).map(Number).sort(function (a, b) { return a - b; }).forEach(function (y) {
        var ids = rows[t][y].sort(function (a, b) { return g.node(a).x - g.node(b).x; });
        ids.forEach(function (id, i) {
          var line = Math.floor(i / perLine), inLine = Math.min(perLine, ids.length - line * perLine);
          pos[id] = { x: (i % perLine - (inLine - 1) / 2) * step, y: top + line * ROW };
        });
        top += Math.ceil(ids.length / perLine) * ROW;
      });
      top += BAND_GAP;
    });
    return { pos: pos, height: top };
  }

  var cy = cytoscape({
    container: el,
    style: [
      { selector: 'node', style: { 'label': 'data(label)', 'font-size': 11, 'text-wrap': 'wrap', 'text-max-width': NODE_W,
          'text-valign': 'bottom', 'text-margin-y': 4, 'width': 22, 'height': 22,
          'background-color': function (n) { return colours[n.data('level')] || '#64748b'; } } },
      { selector: 'node[?self]', style: { 'border-width': 4, 'border-color': '#f59e0b', 'width': 30, 'height': 30 } },
      { selector: 'node[?collapsed]', style: { 'shape': 'round-rectangle', 'width': 44, 'height': 26, 'border-width': 2,
          'border-style': 'dashed', 'border-color': '#334155', 'font-weight': 'bold' } },
      { selector: 'edge', style: { 'label': 'data(label)', 'font-size': 9, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
          'width': 1.5, 'line-color': '#94a3b8', 'target-arrow-color': '#94a3b8', 'text-rotation': 'autorotate', 'text-background-color': '#fff',
          'text-background-opacity': 0.8 } },
      { selector: 'edge.quiet', style: { 'label': '' } }
    ]
  });

  function draw() {
    cy.elements().remove();
    cy.add(elements());
    // Many edges: their labels are left to the list below the diagram.
    if (cy.edges().length > 12) cy.edges().addClass('quiet');
    var p = positions(cy);
    el.style.height = Math.max(320, Math.min(1400, p.height + 60)) + 'px';
    cy.resize();
    cy.layout({ name: 'preset', positions: function (n) { return p.pos[n.id()]; }, fit: true, padding: 24, animate: false }).run();
    if (cy.zoom() > 1.2) { cy.zoom(1.2); cy.center(); }
    el.setAttribute('data-nodes', String(cy.nodes().length));
  }

  cy.on('tap', 'node', function (e) {
    var d = e.target.data();
    if (d.collapsed) { expanded[d.id] = true; draw(); return; }
    if (d.href) window.location.href = d.href;
  });
  cy.on('tap', 'edge', function (e) { var h = e.target.data('href'); if (h) window.location.href = h; });
  draw();
  window.pgChain = cy;
  // For tests and the console: draw again with another group limit, every group closed.
  window.pgChainGroupLimit = function (n) { GROUP_LIMIT = n; expanded = {}; draw(); };
})();
