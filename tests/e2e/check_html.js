// check_html.js PAGE SCREENSHOT: opens the HTML view in headless Chromium
// with playwright-core and checks that it loads with no console error, draws
// the graph (nodes in the Cytoscape instance) and that a click on a node shows
// an evidence sentence. Issue 10, item 10, on samples/ dated by
// samples/dates.csv (plus the dev articles when there): labels readable at
// first view, the same layout in another window, a search that reveals a
// hidden entity and zooms to it on Enter, dates, and the two names marked in
// each evidence sentence. The screenshot is of the first view. Prints
// PASS/FAIL lines; exits 1 on any failure.
'use strict';
const { chromium } = require('playwright-core');

const [page_path, screenshot] = process.argv.slice(2);
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: flags });
  const failures = [];
  const check = (name, ok) => {
    console.log((ok ? 'PASS ' : 'FAIL ') + name);
    if (!ok) { failures.push(name); }
  };
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = [];
    const requests = [];
    page.on('console', (m) => { if (m.type() === 'error') { errors.push(m.text()); } });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) { requests.push(r.url()); } });
    await page.goto('file://' + page_path, { waitUntil: 'load' });
    await page.waitForFunction(() => window.newskgViewer !== undefined, null, { timeout: 10000 });
    check('no console error ' + JSON.stringify(errors), errors.length === 0);
    check('no network request ' + JSON.stringify(requests), requests.length === 0);
    const counts = await page.evaluate(() => ({
      nodes: window.newskgViewer.cy.nodes().length,
      edges: window.newskgViewer.cy.edges().length,
      visible: window.newskgViewer.cy.nodes(':visible').length,
    }));
    check(`the graph is drawn (${counts.nodes} nodes, ${counts.edges} edges)`,
      counts.nodes > 0 && counts.edges > 0 && counts.visible > 0);
    await page.screenshot({ path: screenshot });

    // Readable labels at first view: the most important nodes (at least 10,
    // or all shown when fewer) carry a label drawn at 11px or more on screen.
    const labels = await page.evaluate(() => {
      const cy = window.newskgViewer.cy;
      const shown = cy.nodes(':visible');
      const labelled = shown.filter((n) => n.style('label') !== '');
      return {
        shown: shown.length,
        labelled: labelled.length,
        smallest: Math.min(...labelled.map((n) => parseFloat(n.style('font-size')) * cy.zoom())),
      };
    });
    check(`${labels.labelled} of ${labels.shown} shown nodes are labelled at first view`,
      labels.labelled >= Math.min(10, labels.shown));
    check(`every label at first view is at least 11px on screen (smallest ${labels.smallest.toFixed(1)}px)`,
      labels.smallest >= 11);

    // The same file draws the same graph, in a window of another size too.
    const positions = (p) => p.evaluate(() => {
      const out = {};
      window.newskgViewer.cy.nodes().forEach((n) => { out[n.id()] = n.position(); });
      return out;
    });
    const first = await positions(page);
    const other = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await other.goto('file://' + page_path, { waitUntil: 'load' });
    await other.waitForFunction(() => window.newskgViewer !== undefined, null, { timeout: 10000 });
    const second = await positions(other);
    await other.close();
    const moved = Object.keys(first).filter((id) => !second[id]
      || Math.abs(first[id].x - second[id].x) > 0.01 || Math.abs(first[id].y - second[id].y) > 0.01);
    check(`a second load draws every node where the first did (${moved.length} moved: ${moved.slice(0, 3)})`,
      moved.length === 0);

    // The visible node with the most edges, clicked where it is drawn.
    const target = await page.evaluate(() => {
      const cy = window.newskgViewer.cy;
      const node = cy.nodes(':visible').sort((a, b) => b.degree() - a.degree())[0];
      const box = cy.container().getBoundingClientRect();
      const at = node.renderedPosition();
      return { id: node.id(), x: box.left + at.x, y: box.top + at.y };
    });
    await page.mouse.click(target.x, target.y);
    await page.waitForSelector('#details .evidence li .sentence', { timeout: 5000 });
    const evidence = await page.$$eval('#details .evidence li .sentence',
      (items) => items.map((p) => ({ text: p.textContent, dir: p.getAttribute('dir') })));
    check(`a click on ${target.id} shows ${evidence.length} evidence sentence(s)`,
      evidence.length > 0 && evidence[0].text.length > 0);
    check('evidence is shown with dir="auto"', evidence.every((e) => e.dir === 'auto'));
    check('an Arabic sentence is shown right-to-left', await page.$$eval('#details .sentence',
      (items) => items.some((p) => /[\u0600-\u06FF]/.test(p.textContent)
        && getComputedStyle(p).direction === 'rtl')));

    // Filters: unticking every predicate hides every edge.
    await page.$$eval('input[data-kind="predicate"]', (boxes) => boxes.forEach((b) => b.click()));
    const shown = await page.evaluate(() => window.newskgViewer.cy.edges(':visible').length);
    check('unticking every predicate hides every edge', shown === 0);
    await page.$$eval('input[data-kind="predicate"]', (boxes) => boxes.forEach((b) => b.click()));
    // Search in Arabic: "بوتين" (Putin) marks a node.
    await page.fill('#search', 'بوتين');
    const matches = await page.evaluate(() => window.newskgViewer.cy.nodes('.match').length);
    check('an Arabic search marks a node', matches > 0);
    await page.fill('#search', '');

    // Search reveals a hidden node and Enter zooms to it. Misrata (a city of
    // the Libya sample) has no relation in samples/ nor in the dev articles,
    // so it is hidden at first view; a search by its Arabic name (the
    // gazetteer's) finds it. (Geir Pedersen was this node until the gazetteer
    // stopped standing in for "a new UN Special Representative": an envoy is
    // one of many holders.)
    const view = () => page.evaluate(() => {
      const cy = window.newskgViewer.cy;
      const n = cy.getElementById('x:place:misrata');
      const at = n.renderedPosition();
      return { zoom: cy.zoom(), visible: n.visible(), matched: n.hasClass('match'),
        inside: at.x > 0 && at.y > 0 && at.x < cy.width() && at.y < cy.height(),
        selected: n.selected(), shown: cy.nodes(':visible').length,
        font: parseFloat(n.style('font-size')) * cy.zoom(), label: n.style('label') };
    });
    const before = await view();
    check('Misrata is hidden at first view', !before.visible);
    await page.fill('#search', 'مصراتة');
    const typed = await view();
    check('a search for مصراتة marks and reveals Misrata', typed.matched && typed.visible);
    check('typing does not move the view', typed.zoom === before.zoom);
    await page.press('#search', 'Enter');
    const entered = await view();
    check(`Enter zooms to it (zoom ${entered.zoom.toFixed(2)}, inside the view: ${entered.inside})`,
      entered.inside && entered.zoom >= 1 && entered.selected);
    check(`its label reads "Misrata" at ${entered.font.toFixed(1)}px`,
      entered.label.startsWith('Misrata') && entered.font >= 11);
    check('Enter shows its details', (await page.textContent('#details h2')) === 'Misrata');
    // A name nobody has: nothing marked, nothing revealed, no zoom.
    await page.fill('#search', '');
    const cleared = await view();
    check('clearing the search hides it again', !cleared.visible);
    await page.fill('#search', 'Qwertyuiop');
    await page.press('#search', 'Enter');
    const nothing = await page.evaluate(() => ({ matched: window.newskgViewer.cy.nodes('.match').length,
      shown: window.newskgViewer.cy.nodes(':visible').length, zoom: window.newskgViewer.cy.zoom() }));
    check('a search for a name nobody has marks and reveals nothing and does not zoom',
      nothing.matched === 0 && nothing.shown === cleared.shown && nothing.zoom === cleared.zoom);
    await page.fill('#search', '');

    // Dates (samples/dates.csv dates the Karabakh article 2020-10-22) and the
    // two names marked in the evidence of Macron -called-> Putin: "... الرئيس
    // الروسي فلاديمير بوتين ونظيره الفرنسي إيمانويل ماكرون ... وقال الكرملين ...
    // إن بوتين وماكرون أجريا ... اتصالاً هاتفياً ... أن بوتين أبلغ ماكرون ...".
    await page.evaluate(() => {
      const cy = window.newskgViewer.cy;
      cy.edges().filter((e) => e.data('source') === 'wd:Q3052772' && e.data('target') === 'wd:Q7747'
        && e.data('predicate') === 'called').emit('tap');
    });
    await page.waitForSelector('#details .evidence li', { timeout: 5000 });
    const called = await page.evaluate(() => {
      const facts = {};
      document.querySelectorAll('#details dt').forEach((dt) => { facts[dt.textContent] = dt.nextSibling.textContent; });
      const items = [...document.querySelectorAll('#details .evidence li')].map((li) => ({
        where: li.querySelector('.where').textContent,
        subject: [...li.querySelectorAll('mark.subject')].map((m) => m.textContent),
        object: [...li.querySelectorAll('mark.object')].map((m) => m.textContent),
        text: li.querySelector('.sentence').textContent,
      }));
      return { facts, items };
    });
    check(`the edge's dates are 2020-10-22 (${called.facts.dates})`, called.facts.dates === '2020-10-22');
    const karabakh = called.items.find((i) => i.where.startsWith('karabakh-ceasefire-2020-10.ar (2020-10-22)'));
    check('its Karabakh evidence is shown with its date', karabakh !== undefined);
    if (karabakh) {
      // Each of his three mentions in the sentence, "وماكرون" as the extractor
      // read it (with its conjunction); the Kremlin and "his counterpart" are
      // not marked.
      check(`Macron is marked as the subject (${JSON.stringify(karabakh.subject)})`,
        JSON.stringify(karabakh.subject) === JSON.stringify(['إيمانويل ماكرون', 'وماكرون', 'ماكرون']));
      check(`Putin is marked as the object (${JSON.stringify(karabakh.object)})`,
        JSON.stringify(karabakh.object) === JSON.stringify(['فلاديمير بوتين', 'بوتين', 'بوتين']));
      check('marking keeps the sentence text', karabakh.text.includes('إن بوتين وماكرون أجريا'));
    }
    check('every evidence sentence of the edge marks both names',
      called.items.every((i) => i.subject.length > 0 && i.object.length > 0));
    // A node's dates: Ilham Aliyev, named in the Karabakh article only among the dated ones.
    await page.evaluate(() => window.newskgViewer.cy.getElementById('x:person:ilham-aliyev').emit('tap'));
    const aliyev = await page.evaluate(() => {
      const dt = [...document.querySelectorAll('#details dt')].find((d) => d.textContent === 'dates');
      return dt ? dt.nextSibling.textContent : '';
    });
    check(`Ilham Aliyev's dates are shown (${aliyev})`, aliyev === '2020-10-22');
    check('no console error after the clicks ' + JSON.stringify(errors), errors.length === 0);
  } finally {
    await browser.close();
  }
  if (failures.length) {
    console.error(`${failures.length} check(s) failed`);
    process.exit(1);
  }
})().catch((e) => { console.error(e); process.exit(1); });
