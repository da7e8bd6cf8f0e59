// check_html.js PAGE SCREENSHOT: opens the HTML view in headless Chromium
// with playwright-core and checks that it loads with no console error, draws
// the graph (nodes in the Cytoscape instance) and that a click on a node shows
// an evidence sentence. Prints PASS/FAIL lines; exits 1 on any failure.
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
    await page.screenshot({ path: screenshot });
    check('no console error after the clicks ' + JSON.stringify(errors), errors.length === 0);
  } finally {
    await browser.close();
  }
  if (failures.length) {
    console.error(`${failures.length} check(s) failed`);
    process.exit(1);
  }
})().catch((e) => { console.error(e); process.exit(1); });
