// policy-graph: a document's citation and derivation chain drawn with cytoscape.js; nodes and edges open their pages.
(function () {
  var data = document.getElementById('chain-data');
  var el = document.getElementById('chain-diagram');
  if (!data || !el || typeof cytoscape === 'undefined') return;
  var colours = { central: '#b91c1c', city: '#c2410c', district: '#1d4ed8', ward: '#047857' };
  var elements = JSON.parse(data.textContent);
  var cy = cytoscape({
    container: el,
    elements: elements,
    style: [
      { selector: 'node', style: { 'label': 'data(label)', 'font-size': 11, 'text-wrap': 'wrap', 'text-max-width': 120,
          'text-valign': 'bottom', 'text-margin-y': 4, 'width': 22, 'height': 22,
          'background-color': function (n) { return colours[n.data('level')] || '#64748b'; } } },
      { selector: 'node[?self]', style: { 'border-width': 4, 'border-color': '#f59e0b', 'width': 30, 'height': 30 } },
      { selector: 'edge', style: { 'label': 'data(label)', 'font-size': 9, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
          'width': 2, 'line-color': '#94a3b8', 'target-arrow-color': '#94a3b8', 'text-rotation': 'autorotate', 'text-background-color': '#fff',
          'text-background-opacity': 0.8 } }
    ],
    layout: { name: 'breadthfirst', directed: true, spacingFactor: 1.1, padding: 20 }
  });
  cy.on('tap', 'node, edge', function (e) { var h = e.target.data('href'); if (h) window.location.href = h; });
})();
