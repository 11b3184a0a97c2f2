// Without JavaScript every list shows all its rows, with no controls: the script only adds.
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const { describe, it, before, after } = require('node:test');
const { launch, open } = require('./lib/browser');
const site = require('./lib/site');

let browser;
let context;
before(async () => {
  browser = await launch();
  context = await browser.newContext({ javaScriptEnabled: false });
});
after(async () => browser && browser.close());

describe('without JavaScript', () => {
  const lists = site.customersToVisit().visit.flatMap((c) => c.pages.filter((p) => p.type.startsWith('list:')));
  it('has list pages to check', () => assert.ok(lists.length > 0));

  for (const p of lists) {
    it(`${p.rel}: every row shows`, async () => {
      const html = fs.readFileSync(p.file, 'utf8');
      const inSource = [...html.matchAll(/<tbody[^>]*>([\s\S]*?)<\/tbody>/g)]
        .reduce((n, m) => n + (m[1].match(/<tr[\s>]/g) || []).length, 0);
      const { page, problems } = await open(context, site.fileUrl(p.file));
      const seen = await page.evaluate(() => {
        const rows = Array.from(document.querySelectorAll('table tbody tr'));
        return {
          rows: rows.length,
          visible: rows.filter((tr) => tr.getClientRects().length && tr.offsetHeight > 0
            && getComputedStyle(tr).visibility !== 'hidden').length,
          controls: document.querySelectorAll('.dt-controls, .dt-sort').length,
          js: document.documentElement.classList.contains('js'),
        };
      });
      assert.equal(seen.rows, inSource, 'rows in the page = rows in the file');
      assert.equal(seen.visible, seen.rows, 'every row is visible');
      assert.equal(seen.controls, 0, 'no table controls without JavaScript');
      assert.equal(seen.js, false);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});
