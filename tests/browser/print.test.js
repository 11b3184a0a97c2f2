// Print, as Chromium prints to PDF (page.pdf) and poppler's pdftotext reads it back: every list
// prints all its rows, even paged and filtered by the script, each once; the longest invoice
// page starts its lines on the first page and prints its totals once, not at the foot of every
// page.
'use strict';

const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { describe, it, before, after } = require('node:test');
const { launch, open } = require('./lib/browser');
const site = require('./lib/site');

const { dir } = site.siteUnderTest();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-print-'));
let browser;
let context;
before(async () => {
  browser = await launch();
  context = await browser.newContext();
});
after(async () => {
  fs.rmSync(tmp, { recursive: true, force: true });
  if (browser) await browser.close();
});

const decode = (s) => s.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/&#39;|&#x27;/g, "'")
  .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').trim();

// The page printed to an A4 PDF: its text, page by page.
async function printed(page, name) {
  const pdf = path.join(tmp, `${name}.pdf`);
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

const occurrences = (text, word) => text.split(word).length - 1;

describe('print', () => {
  const c = site.richestCustomer();
  for (const kind of site.LIST_KINDS) {
    it(`prints every row of ${kind}, paged and filtered on screen`, async (t) => {
      const file = path.join(c.base, 'en', `${kind}.html`);
      const html = fs.readFileSync(file, 'utf8');
      // Each row's first cell (its number or reference), as the page holds them.
      const firsts = [...html.matchAll(/<tr>\n<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => decode(m[1]));
      if (!firsts.length) return t.skip(`no ${kind} for the richest customer`);
      const { page, problems } = await open(context, site.fileUrl(file));
      assert.ok(await page.locator('.dt-controls').count() > 0, 'the script did not run');
      // A search that leaves one row on screen.
      await page.locator('.dt-search input').first().fill(firsts[firsts.length - 1]);
      const pages = await printed(page, kind);
      const text = pages.join('\n');
      for (const first of firsts) {
        assert.ok(occurrences(text, first) >= 1, `${first} is not printed`);
      }
      // Each once: references that are not part of one another are counted exactly.
      const distinct = firsts.filter((a) => !firsts.some((b) => b !== a && b.includes(a)));
      for (const first of distinct) assert.equal(occurrences(text, first), 1, `${first} printed ${occurrences(text, first)} times`);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it('prints the longest invoice with its lines from the first page and its totals once', async (t) => {
    if (site.siteUnderTest().fixture) return t.skip('the fixture\'s invoice pages have no lines table');
    const lines = (f) => (fs.readFileSync(f, 'utf8').match(/<td class="line-product">/g) || []).length;
    const invoices = site.customers().flatMap((x) => x.pages)
      .filter((p) => p.type === 'detail:invoices' && p.lang === 'en');
    assert.ok(invoices.length, 'no invoice page');
    const longest = invoices.reduce((best, p) => (lines(p.file) > lines(best.file) ? p : best));
    const html = fs.readFileSync(longest.file, 'utf8');
    const number = decode(html.match(/<h1>[\s\S]*?<\/span> ([^<]*)<\/h1>/)[1]);
    // The first line's product: its longest word (pdftotext wraps its column).
    const product = decode(html.match(/<span class="product">([\s\S]*?)<\/span>/)[1]).split(/\s+/)
      .reduce((a, b) => (b.length > a.length ? b : a));
    const untaxed = decode(html.match(/<tfoot>\n<tr><th scope="row" colspan="5">([^<]*)<\/th>/)[1]);
    const { page, problems } = await open(context, site.fileUrl(longest.file));
    const pages = await printed(page, 'invoice');
    assert.ok(pages.length >= 2, `${path.relative(dir, longest.file)} prints on ${pages.length} page: too short to test`);
    assert.ok(pages[0].includes(number), `page 1 lacks the number ${number}: ${pages[0]}`);
    assert.ok(pages[0].includes(product), `the lines do not start on page 1 (${product}): ${pages[0]}`);
    assert.equal(occurrences(pages.join('\n'), untaxed), 1, `"${untaxed}" printed ${occurrences(pages.join('\n'), untaxed)} times`);
    assert.ok(pages.every((p) => p.trim() !== ''), 'a blank page');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
