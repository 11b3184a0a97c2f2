// Screenshots of the dashboard, the invoices list (also sorted) and an invoice page in each language, at a
// phone's width (375 px) and a desktop's (1280 px), saved under artifacts/ for people to look at.
// The page must not be wider than the window (a wide table scrolls inside its own box).
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { describe, it, before, after } = require('node:test');
const { launch, open } = require('./lib/browser');
const site = require('./lib/site');
const tb = require('./lib/tables');

const ARTIFACTS = process.env.PORTAL_ARTIFACTS || path.join(__dirname, 'artifacts');
const WIDTHS = [375, 1280];
const customer = site.richestCustomer();

let browser;
before(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launch();
});
after(async () => browser && browser.close());

// The invoice page with the most content (the largest file) shows the most of the layout.
function invoicePage(lang) {
  const pages = customer.pages.filter((p) => p.lang === lang && p.type === 'detail:invoices');
  assert.ok(pages.length, `no invoice page in ${lang}`);
  return pages.reduce((a, b) => (fs.statSync(b.file).size > fs.statSync(a.file).size ? b : a));
}

for (const lang of site.LANGS) {
  describe(`screenshots in ${lang}`, () => {
    const targets = () => [
      ['dashboard', path.join(customer.base, lang, 'index.html')],
      ['invoices', path.join(customer.base, lang, 'invoices.html')],
      ['invoice', invoicePage(lang).file],
    ];
    for (const width of WIDTHS) {
      it(`${width} px wide`, async (t) => {
        const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
        for (const [name, file] of targets()) {
          const { page, problems } = await open(context, site.fileUrl(file));
          const out = path.join(ARTIFACTS, `${lang}-${name}-${width}.png`);
          await page.screenshot({ path: out, fullPage: true });
          t.diagnostic(`${out} (${path.relative(site.siteUnderTest().dir, file)})`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(overflow <= 0, `${name}: the page is ${overflow} px wider than the ${width} px window`);
          assert.deepEqual(problems, []);
          await page.close();
        }
        // The invoices list sorted by its first date column, newest first: the sort controls.
        const { page, problems } = await open(context, site.fileUrl(path.join(customer.base, lang, 'invoices.html')));
        const [col] = tb.dateColumns(await tb.readRows(page));
        assert.notEqual(col, undefined, 'no date column in the invoices list');
        await tb.controls(page).sortButton(col).click();
        await tb.controls(page).sortButton(col).click();
        await page.screenshot({ path: path.join(ARTIFACTS, `${lang}-invoices-sorted-${width}.png`), fullPage: true });
        assert.deepEqual(problems, []);
        await context.close();
      });
    }
  });
}
