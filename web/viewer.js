// newskg HTML view: draws the graph embedded in #graph-data with Cytoscape.js,
// with search, filters by entity type and predicate, node size by a measure,
// and the evidence sentences of a clicked node or edge. No network access.
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('graph-data').textContent);
  var typeColours = {
    Person: '#3b6fb6', Country: '#c0392b', Organization: '#2e8b57',
    Location: '#d68910', Event: '#7d3c98'
  };
  var measureTitles = {
    degree: 'Degree', weighted_degree: 'Weighted degree',
    pagerank: 'PageRank', betweenness: 'Betweenness'
  };

  function colourOf(type) { return typeColours[type] || '#7f8c8d'; }

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  // Labels in both languages: "Vladimir Putin" over "فلاديمير بوتين".
  function twoLanguageLabel(item) {
    var lines = [];
    if (item.en) { lines.push(item.en); }
    if (item.ar && item.ar !== item.en) { lines.push(item.ar); }
    return lines.length ? lines.join('\n') : item.label;
  }

  var elements = [];
  data.nodes.forEach(function (n) {
    elements.push({ group: 'nodes', data: Object.assign({}, n, {
      display: twoLanguageLabel(n), colour: colourOf(n.type)
    }) });
  });
  data.edges.forEach(function (e) {
    elements.push({ group: 'edges', data: Object.assign({}, e, {
      display: e.en || e.predicate
    }) });
  });

  var cy = cytoscape({
    container: document.getElementById('graph'),
    elements: elements,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(colour)', 'label': 'data(display)', 'text-wrap': 'wrap',
        'text-valign': 'bottom', 'text-margin-y': 4, 'font-size': 11, 'color': '#1d2430',
        'text-outline-color': '#fff', 'text-outline-width': 2, 'width': 20, 'height': 20
      } },
      { selector: 'node[type = "Event"]', style: { 'shape': 'round-diamond' } },
      { selector: 'edge', style: {
        'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'width': 1.5,
        'line-color': '#9aa4b2', 'target-arrow-color': '#9aa4b2', 'label': 'data(display)',
        'font-size': 9, 'color': '#5b6474', 'text-rotation': 'autorotate',
        'text-background-color': '#fff', 'text-background-opacity': 0.8,
        'text-background-padding': 1
      } },
      { selector: 'edge[?symmetric]', style: { 'target-arrow-shape': 'none' } },
      { selector: '.hidden', style: { 'display': 'none' } },
      { selector: '.faded', style: { 'opacity': 0.15 } },
      { selector: '.match', style: { 'border-width': 3, 'border-color': '#f1c40f' } },
      { selector: ':selected', style: {
        'border-width': 3, 'border-color': '#1d2430', 'line-color': '#1d2430',
        'target-arrow-color': '#1d2430'
      } }
    ],
    layout: { name: 'grid' }
  });

  // Size by a measure: the largest node is 60px wide, the smallest 16px.
  function sizeBy(measure) {
    var values = cy.nodes().map(function (n) { return n.data(measure) || 0; });
    var max = Math.max.apply(null, values.concat([0]));
    cy.nodes().forEach(function (n) {
      var size = 16 + (max > 0 ? 44 * Math.sqrt((n.data(measure) || 0) / max) : 0);
      n.style({ width: size, height: size });
    });
  }

  var sizeSelect = document.getElementById('size-by');
  data.measures.forEach(function (m) {
    sizeSelect.appendChild(element('option', { value: m }, measureTitles[m] || m));
  });
  sizeSelect.value = data.measures.indexOf('pagerank') >= 0 ? 'pagerank' : data.measures[0];
  sizeSelect.addEventListener('change', function () { sizeBy(sizeSelect.value); });

  function addCheckboxes(fieldsetId, items, kind) {
    var fieldset = document.getElementById(fieldsetId);
    items.forEach(function (item) {
      var label = element('label', { dir: 'auto' });
      var box = element('input', { type: 'checkbox', value: item.name, 'data-kind': kind });
      box.checked = true;
      box.addEventListener('change', applyFilters);
      label.appendChild(box);
      if (kind === 'type') {
        label.appendChild(element('span', { 'class': 'swatch', style: 'background:' + colourOf(item.name) }));
      }
      label.appendChild(element('span', { dir: 'ltr' }, item.title + ' (' + item.count + ')'));
      if (item.ar) {
        label.appendChild(element('span', { 'class': 'ar', dir: 'rtl', lang: 'ar' }, item.ar));
      }
      fieldset.appendChild(label);
    });
  }

  function checked(kind) {
    var on = {};
    document.querySelectorAll('input[data-kind="' + kind + '"]').forEach(function (box) {
      if (box.checked) { on[box.value] = true; }
    });
    return on;
  }

  var isolatedBox = document.getElementById('isolated');
  isolatedBox.addEventListener('change', applyFilters);

  function applyFilters() {
    var types = checked('type');
    var predicates = checked('predicate');
    cy.batch(function () {
      cy.nodes().forEach(function (n) { n.toggleClass('hidden', !types[n.data('type')]); });
      cy.edges().forEach(function (e) {
        var visible = predicates[e.data('predicate')] && !e.source().hasClass('hidden')
          && !e.target().hasClass('hidden');
        e.toggleClass('hidden', !visible);
      });
      if (!isolatedBox.checked) {
        cy.nodes().forEach(function (n) {
          if (n.connectedEdges().not('.hidden').length === 0) { n.addClass('hidden'); }
        });
      }
    });
    updateCounts();
  }

  function updateCounts() {
    var nodes = cy.nodes().not('.hidden').length;
    var edges = cy.edges().not('.hidden').length;
    document.getElementById('counts').textContent = nodes + ' nodes, ' + edges + ' edges';
  }

  // Case- and diacritic-insensitive search over both labels and the id.
  function fold(text) {
    return (text || '').toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, '')
      .replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه');
  }

  document.getElementById('search').addEventListener('input', function (event) {
    var query = fold(event.target.value.trim());
    cy.batch(function () {
      cy.elements().removeClass('faded match');
      if (!query) { return; }
      var hits = cy.nodes().filter(function (n) {
        return [n.data('en'), n.data('ar'), n.data('label'), n.id()].some(function (t) {
          return fold(t).indexOf(query) >= 0;
        });
      });
      hits.addClass('match');
      cy.elements().not(hits.closedNeighborhood()).addClass('faded');
    });
  });

  function evidenceItem(edge, e) {
    var item = element('li');
    item.appendChild(element('div', { 'class': 'relation', dir: 'auto' },
      edge.source().data('label') + ' \u2013' + (edge.data('en') || edge.data('predicate')) + '\u2192 '
      + edge.target().data('label')));
    item.appendChild(element('div', { 'class': 'where' },
      e.doc + (e.date ? ' (' + e.date + ')' : '') + ', sentence ' + e.sentence
      + ', characters ' + e.begin + '\u2013' + e.end + ', confidence ' + e.confidence));
    item.appendChild(element('p', { 'class': 'sentence', dir: 'auto' }, e.text));
    return item;
  }

  function showDetails(title, names, facts, edges) {
    var panel = document.getElementById('details');
    panel.textContent = '';
    panel.appendChild(element('h2', { dir: 'auto' }, title));
    var nameBlock = element('p', { 'class': 'names' });
    names.forEach(function (name) {
      if (name.text) { nameBlock.appendChild(element('span', { dir: 'auto', lang: name.lang }, name.text)); }
    });
    panel.appendChild(nameBlock);
    var list = element('dl');
    facts.forEach(function (fact) {
      list.appendChild(element('dt', {}, fact[0]));
      list.appendChild(element('dd', { dir: 'auto' }, String(fact[1])));
    });
    panel.appendChild(list);
    var evidence = element('ol', { 'class': 'evidence' });
    var total = 0;
    edges.forEach(function (edge) {
      edge.data('evidence').forEach(function (e) { evidence.appendChild(evidenceItem(edge, e)); });
      total += edge.data('mentions');
    });
    // The page holds the best few sentences of each edge; "mentions" counts them all.
    var shown = evidence.children.length;
    panel.appendChild(element('h3', {}, 'Evidence (' + (total > shown ? shown + ' of ' + total : shown) + ')'));
    panel.appendChild(evidence);
  }

  // "2020-10-10 \u2013 2020-10-12", one day alone, or a dash when no article is dated.
  function dateRange(item) {
    var first = item.data('first_date'), last = item.data('last_date');
    if (!first) { return '\u2013'; }
    return first === last ? first : first + ' \u2013 ' + last;
  }

  cy.on('tap', 'node', function (event) {
    var n = event.target;
    showDetails(n.data('label'), [{ lang: 'en', text: n.data('en') }, { lang: 'ar', text: n.data('ar') }], [
      ['id', n.id()], ['type', n.data('type')], ['dates', dateRange(n)],
      ['mentions', n.data('mentions')],
      ['degree', n.data('degree')], ['PageRank', n.data('pagerank')],
      ['betweenness', n.data('betweenness')], ['component', n.data('component')]
    ], n.connectedEdges().not('.hidden'));
  });

  cy.on('tap', 'edge', function (event) {
    var e = event.target;
    showDetails(e.source().data('label') + ' \u2013' + e.data('predicate') + '\u2192 ' + e.target().data('label'),
      [{ lang: 'en', text: e.data('en') }, { lang: 'ar', text: e.data('ar') }], [
        ['predicate', e.data('predicate')], ['CAMEO', e.data('cameo') || '\u2013'],
        ['dates', dateRange(e)],
        ['mentions', e.data('mentions')], ['confidence', e.data('confidence')]
      ], e);
  });

  addCheckboxes('types', data.types.map(function (t) {
    return { name: t.name, title: t.name, count: t.count };
  }), 'type');
  addCheckboxes('predicates', data.predicates.map(function (p) {
    return { name: p.name, title: p.en, ar: p.ar, count: p.count };
  }), 'predicate');
  sizeBy(sizeSelect.value);
  applyFilters();
  // Lay out what is shown; hidden entities keep their grid places.
  cy.elements().not('.hidden').layout({ name: 'cose', animate: false, randomize: true,
    nodeRepulsion: function () { return 12000; }, idealEdgeLength: function () { return 80; },
    padding: 30 }).run();
  cy.fit(cy.elements().not('.hidden'), 30);

  // For tests and the browser console.
  window.newskgViewer = { cy: cy, data: data };
}());
