// newskg HTML view: draws the graph embedded in #graph-data with Cytoscape.js,
// with search, filters by entity type and predicate, node size by a measure,
// and the evidence sentences of a clicked node or edge. No network access.
// The same file always draws the same graph (a seeded layout in a fixed box),
// labels stay readable at any zoom, and each evidence sentence marks the names
// of the relation's two ends.
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('graph-data').textContent);
  var typeColours = {
    Person: '#3b6fb6', Country: '#c0392b', Organization: '#2e8b57',
    Location: '#d68910', Event: '#7d3c98'
  };
  var measureTitles = {
    degree: 'Degree', weighted_degree: 'Weighted degree',
    pagerank: 'PageRank', betweenness: 'Betweenness',
    betweenness_estimate: 'Betweenness (estimate)'
  };
  // Above 10,000 nodes the export estimates betweenness and names it so.
  var betweennessKey = data.measures.indexOf('betweenness_estimate') >= 0 ?
    'betweenness_estimate' : 'betweenness';

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

  // Labels are drawn at a fixed size on screen whatever the zoom: 12px for
  // nodes, 10px for edges. Zoomed out (below 1), only the most important
  // nodes (labelled, see updateLabels) and the matched or selected ones keep
  // a label, and edges only around a selected or matched node.
  var nodeLabelPx = 12, edgeLabelPx = 10;
  var labelScale = 1;
  function zoomedOut() { return labelScale > 1; }
  function nodeLabel(n) {
    return !zoomedOut() || n.hasClass('labelled') || n.hasClass('match') || n.selected()
      ? n.data('display') : '';
  }
  function edgeLabel(e) {
    var near = function (n) { return n.hasClass('match') || n.selected(); };
    return !zoomedOut() || e.selected() || near(e.source()) || near(e.target())
      ? e.data('display') : '';
  }

  var cy = cytoscape({
    container: document.getElementById('graph'),
    elements: elements,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(colour)', 'label': nodeLabel, 'text-wrap': 'wrap',
        'text-valign': 'bottom', 'text-margin-y': function () { return 4 * labelScale; },
        'font-size': function () { return nodeLabelPx * labelScale; }, 'color': '#1d2430',
        'text-outline-color': '#fff', 'text-outline-width': function () { return 2 * labelScale; },
        'width': 20, 'height': 20, 'min-zoomed-font-size': 0
      } },
      { selector: 'node[type = "Event"]', style: { 'shape': 'round-diamond' } },
      { selector: 'edge', style: {
        'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'width': 1.5,
        'line-color': '#9aa4b2', 'target-arrow-color': '#9aa4b2', 'label': edgeLabel,
        'font-size': function () { return edgeLabelPx * labelScale; }, 'color': '#5b6474',
        'text-rotation': 'autorotate',
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
    layout: { name: 'preset' }
  });

  // How many of the most important visible nodes keep their label zoomed out.
  var labelledCount = 25;
  function updateLabels() {
    var measure = sizeSelect.value;
    var ranked = cy.nodes().not('.hidden').sort(function (a, b) {
      return (b.data(measure) || 0) - (a.data(measure) || 0) || (a.id() < b.id() ? -1 : 1);
    });
    cy.batch(function () {
      cy.nodes().removeClass('labelled');
      ranked.slice(0, labelledCount).addClass('labelled');
    });
  }

  // Called on every zoom (once per frame): the style functions above read
  // labelScale, so a style update redraws the labels at the same screen size.
  var restyle = null;
  function rescaleLabels() {
    if (restyle !== null) { return; }
    restyle = window.requestAnimationFrame(function () {
      restyle = null;
      labelScale = 1 / Math.min(cy.zoom(), 1);
      cy.style().update();
    });
  }
  function rescaleLabelsNow() {
    labelScale = 1 / Math.min(cy.zoom(), 1);
    cy.style().update();
  }
  cy.on('zoom', rescaleLabels);
  cy.on('select unselect', function () { cy.style().update(); });

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
  sizeSelect.addEventListener('change', function () {
    sizeBy(sizeSelect.value);
    updateLabels();
    cy.style().update();
  });

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
      reveal(cy.nodes('.match'));
    });
    updateLabels();
    updateCounts();
    cy.style().update();
  }

  // A searched node is shown even when a filter hides it, with its edges to
  // the nodes that are shown.
  function reveal(nodes) {
    nodes.removeClass('hidden');
    nodes.connectedEdges().forEach(function (e) {
      var predicates = checked('predicate');
      if (predicates[e.data('predicate')] && !e.source().hasClass('hidden')
        && !e.target().hasClass('hidden')) {
        e.removeClass('hidden');
      }
    });
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

  function names(n) {
    return (n.data('names') || []).concat([n.data('en'), n.data('ar'), n.data('label'), n.id()]);
  }

  // The nodes a query finds: a name that is the query comes before one that
  // contains it, then more edges, then the id.
  function find(query) {
    var scored = [];
    cy.nodes().forEach(function (n) {
      var keys = names(n).map(fold);
      if (keys.some(function (t) { return t.indexOf(query) >= 0; })) {
        var exact = keys.some(function (t) { return t === query; });
        scored.push({ node: n, exact: exact ? 0 : 1 });
      }
    });
    scored.sort(function (a, b) {
      return a.exact - b.exact || b.node.degree() - a.node.degree() || (a.node.id() < b.node.id() ? -1 : 1);
    });
    return cy.collection(scored.map(function (s) { return s.node; }));
  }

  var hits = cy.collection();
  function search(text) {
    var query = fold(text.trim());
    cy.batch(function () {
      cy.elements().removeClass('faded match');
      hits = query ? find(query) : cy.collection();
      if (hits.length) {
        hits.addClass('match');
        cy.elements().not(hits.closedNeighborhood()).addClass('faded');
      }
    });
    applyFilters();
    return hits;
  }

  // Enter: the view zooms to the best match and its neighbours (labels
  // readable: at least zoom 1) and shows its evidence.
  function zoomTo(node) {
    var around = node.closedNeighborhood().not('.hidden');
    cy.fit(around, 80);
    if (cy.zoom() < 1 || cy.zoom() > 2) {
      cy.zoom({ level: Math.min(Math.max(cy.zoom(), 1), 2), renderedPosition: node.renderedPosition() });
      cy.center(node);
    }
    cy.elements().unselect();
    node.select();
    rescaleLabelsNow();
    showNode(node);
  }

  var searchBox = document.getElementById('search');
  searchBox.addEventListener('input', function () { search(searchBox.value); });
  searchBox.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter') { return; }
    event.preventDefault();
    var found = search(searchBox.value);
    if (found.length) { zoomTo(found[0]); }
  });

  // The names of a relation's two ends marked in its sentence: every
  // occurrence of any name of theirs, longest first, without overlaps.
  function markNames(text, ends) {
    var lower = text.toLowerCase();
    var taken = [];
    ends.forEach(function (end) {
      var candidates = names(end.node).filter(function (name) { return name && name.length >= 2; })
        .sort(function (a, b) { return b.length - a.length; });
      candidates.forEach(function (name) {
        var needle = name.toLowerCase();
        if (needle.length !== name.length) { return; }
        for (var at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
          var begin = at, finish = at + needle.length;
          if (!taken.some(function (t) { return begin < t.end && t.begin < finish; })) {
            taken.push({ begin: begin, end: finish, role: end.role });
          }
        }
      });
    });
    taken.sort(function (a, b) { return a.begin - b.begin; });
    var paragraph = element('p', { 'class': 'sentence', dir: 'auto' });
    var at = 0;
    taken.forEach(function (t) {
      paragraph.appendChild(document.createTextNode(text.slice(at, t.begin)));
      paragraph.appendChild(element('mark', { 'class': t.role }, text.slice(t.begin, t.end)));
      at = t.end;
    });
    paragraph.appendChild(document.createTextNode(text.slice(at)));
    return paragraph;
  }

  function evidenceItem(edge, e) {
    var item = element('li');
    item.appendChild(element('div', { 'class': 'relation', dir: 'auto' },
      edge.source().data('label') + ' \u2013' + (edge.data('en') || edge.data('predicate')) + '\u2192 '
      + edge.target().data('label')));
    item.appendChild(element('div', { 'class': 'where' },
      e.doc + (e.date ? ' (' + e.date + ')' : '') + ', sentence ' + e.sentence
      + ', characters ' + e.begin + '\u2013' + e.end + ', confidence ' + e.confidence));
    item.appendChild(markNames(e.text, [{ node: edge.source(), role: 'subject' },
      { node: edge.target(), role: 'object' }]));
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

  function showNode(n) {
    showDetails(n.data('label'), [{ lang: 'en', text: n.data('en') }, { lang: 'ar', text: n.data('ar') }], [
      ['id', n.id()], ['type', n.data('type')], ['dates', dateRange(n)],
      ['mentions', n.data('mentions')],
      ['degree', n.data('degree')], ['PageRank', n.data('pagerank')],
      [betweennessKey === 'betweenness' ? 'betweenness' : 'betweenness (estimate)', n.data(betweennessKey)],
      ['component', n.data('component')]
    ], n.connectedEdges().not('.hidden'));
  }

  cy.on('tap', 'node', function (event) { showNode(event.target); });

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
  layOut();

  // The same file draws the same graph: cose starts from random positions
  // and breaks ties at random, so it runs with a generator seeded by a fixed
  // number (mulberry32) in place of Math.random, in a fixed box rather than
  // the window's, and synchronously (animate: false).
  function seeded(seed) {
    return function () {
      seed = (seed + 0x6D2B79F5) | 0;
      var t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function layOut() {
    var shown = cy.elements().not('.hidden');
    var random = Math.random;
    Math.random = seeded(20201010);
    try {
      cy.nodes().positions({ x: 0, y: 0 });
      shown.layout({ name: 'cose', animate: false, randomize: true, fit: false,
        boundingBox: { x1: 0, y1: 0, w: 1200, h: 900 },
        nodeRepulsion: function () { return 12000; }, idealEdgeLength: function () { return 80; },
        padding: 30 }).run();
    } finally {
      Math.random = random;
    }
    // Hidden entities (those without relations) wait in rows under the
    // graph, where a search that reveals one shows it.
    var box = shown.nodes().length ? shown.nodes().boundingBox() : { x1: 0, y2: 0 };
    var hidden = cy.nodes('.hidden').sort(function (a, b) { return a.id() < b.id() ? -1 : 1; });
    var perRow = Math.max(8, Math.ceil(Math.sqrt(hidden.length)));
    hidden.forEach(function (n, i) {
      n.position({ x: box.x1 + 120 * (i % perRow), y: box.y2 + 120 + 90 * Math.floor(i / perRow) });
    });
    cy.fit(shown, 30);
    rescaleLabelsNow();
  }

  // For tests and the browser console.
  window.newskgViewer = { cy: cy, data: data, search: search, labelScale: function () { return labelScale; } };
}());
