// The list tables of one customer (the one with the most rows), in both languages, over file://:
// search, sorting by date and amount columns, page size, paging and the translated info text.
'use strict';

const assert = require('node:assert/strict');
const path = require('node:path');
const { describe, it, before, after } = require('node:test');
const { launch, open } = require('./lib/browser');
const site = require('./lib/site');
const tb = require('./lib/tables');

const I18N = ['search', 'info', 'empty', 'page-size', 'previous', 'next'];
const customer = site.richestCustomer();

let browser;
let jsOn;
let jsOff;
before(async () => {
  browser = await launch();
  jsOn = await browser.newContext();
  jsOff = await browser.newContext({ javaScriptEnabled: false });
});
after(async () => browser && browser.close());

// Opens a list page with JavaScript, and returns its rows as they are without JavaScript too.
async function load(file) {
  const plain = await jsOff.newPage();
  await plain.goto(site.fileUrl(file));
  const rows = await tb.readRows(plain);
  await plain.close();
  const { page, problems } = await open(jsOn, site.fileUrl(file));
  return { page, problems, rows };
}

async function assertShows(page, { from, to, total, all }, what) {
  const state = await tb.readState(page);
  assert.equal(state.info, await tb.expectedInfo(page, from, to, total, all), `info text ${what}`);
  const shown = await tb.readRows(page);
  assert.equal(shown.length, total ? to - from + 1 : 0, `rows shown ${what}`);
  return { state, shown };
}

const labels = {};

for (const lang of site.LANGS) {
  describe(`list tables in ${lang} (customer ${customer.token.slice(0, 6)}…)`, () => {
    const lists = site.LIST_KINDS.map((k) => path.join(customer.base, lang, `${k}.html`))
      .filter((f) => customer.pages.some((p) => p.file === f));

    it('has an invoices list with more than 10 rows, a date column and an amount column', async () => {
      const file = path.join(customer.base, lang, 'invoices.html');
      assert.ok(lists.includes(file), `${file} is missing`);
      const { page, rows } = await load(file);
      await page.close();
      assert.ok(rows.length > 10, `the invoices list has ${rows.length} rows: paging needs more than 10 (build the site from data with more invoices)`);
      assert.ok(tb.dateColumns(rows).length, 'no column whose data-sort values are ISO dates');
      assert.ok(tb.numberColumns(rows).length, 'no column whose data-sort values are plain decimals');
    });

    for (const file of lists) {
      const name = path.basename(file);
      it(`${name}: labels, controls, page size and paging`, async () => {
        const { page, problems, rows } = await load(file);
        const attrs = await page.$eval('table[data-table]', (t, names) =>
          Object.fromEntries(names.map((n) => [n, t.getAttribute(`data-i18n-${n}`)])), I18N);
        for (const n of I18N) assert.ok(attrs[n] && attrs[n].trim(), `data-i18n-${n} is missing or empty`);
        for (const p of ['{from}', '{to}', '{total}']) assert.ok(attrs.info.includes(p), `data-i18n-info lacks ${p}`);
        labels[`${lang}:${name}`] = attrs;

        // The controls exist (so the script ran under the CSP) and carry the translated labels.
        const c = tb.controls(page);
        assert.equal(await page.locator('.dt-controls').count(), 2 * await page.locator('table[data-table]').count());
        assert.ok((await page.locator('.dt-search label').first().textContent()).includes(attrs.search.trim()));
        assert.equal((await c.prev.textContent()).trim(), attrs.previous.trim());
        assert.equal((await c.next.textContent()).trim(), attrs.next.trim());
        assert.equal(await page.locator('.dt-info').first().getAttribute('aria-live'), 'polite');
        const sizeText = (await page.locator('.dt-size label').first().textContent()).replace(/\s+/g, ' ');
        for (const part of attrs['page-size'].split('{n}')) assert.ok(sizeText.includes(part.replace(/\s+/g, ' ').trim()), `page-size label "${sizeText}"`);
        assert.deepEqual(await c.size.locator('option').evaluateAll((os) => os.map((o) => o.value)), ['10', '25', '50', '100']);
        const heads = await page.$$eval('table[data-table] thead tr:last-child > *', (ths) => ths.map((th) => ({
          text: th.textContent.trim(), nosort: th.hasAttribute('data-nosort'), button: !!th.querySelector('button.dt-sort'),
        })));
        for (const h of heads) assert.equal(h.button, !h.nosort && h.text !== '', `sort button of header "${h.text}"`);

        const n = rows.length;
        let { state, shown } = await assertShows(page, { from: 1, to: Math.min(10, n), total: n }, 'at first');
        assert.equal(state.size, '10');
        assert.deepEqual(shown.map((r) => r.keys), rows.slice(0, 10).map((r) => r.keys), 'first page keeps the generator order');
        assert.equal(state.prevDisabled, true, 'previous is disabled on the first page');
        assert.equal(state.nextDisabled, n <= 10, 'next is enabled only when there is a second page');

        for (const size of [25, 50, 100, 10]) {
          await c.size.selectOption(String(size));
          await assertShows(page, { from: 1, to: Math.min(size, n), total: n }, `with page size ${size}`);
        }
        if (n > 10) {
          await c.next.click();
          ({ shown } = await assertShows(page, { from: 11, to: Math.min(20, n), total: n }, 'on page 2'));
          assert.deepEqual(shown.map((r) => r.keys), rows.slice(10, 20).map((r) => r.keys), 'page 2 shows rows 11 to 20');
          assert.equal((await tb.readState(page)).prevDisabled, false);
          await c.prev.click();
          await assertShows(page, { from: 1, to: 10, total: n }, 'back on page 1');
          const pages = Math.ceil(n / 10);
          for (let p = 1; p < pages; p++) await c.next.click();
          ({ state } = await assertShows(page, { from: (pages - 1) * 10 + 1, to: n, total: n }, 'on the last page'));
          assert.equal(state.nextDisabled, true, 'next is disabled on the last page');
        }
        assert.deepEqual(problems, []);
        await page.close();
      });

      it(`${name}: search is case- and accent-insensitive`, async (t) => {
        const { page, problems, rows } = await load(file);
        const c = tb.controls(page);
        await c.size.selectOption('100');
        const n = rows.length;
        const matching = (q) => {
          const words = site.fold(q).split(' ').filter(Boolean);
          return rows.filter((r) => words.every((w) => site.fold(r.text).includes(w)));
        };
        const check = async (query, what) => {
          await c.search.fill(query);
          const expected = matching(query);
          const { state, shown } = await assertShows(page,
            { from: expected.length ? 1 : 0, to: Math.min(100, expected.length), total: expected.length, all: n },
            `after searching "${query}" (${what})`);
          assert.deepEqual(shown.map((r) => r.keys), expected.slice(0, 100).map((r) => r.keys), `rows found by "${query}"`);
          return { state, expected };
        };

        // The first cell of a row from the middle of the list (a document number), in upper case.
        const number = rows[Math.floor(n / 2)].cells.find(Boolean);
        assert.ok(number, 'a row with no text');
        const { expected } = await check(number.toUpperCase(), 'the first cell of a row');
        assert.ok(expected.length >= 1);

        // A word with an accent, searched without it and in upper case.
        const accented = rows.map((r) => r.text.split(/[\s,.;:()«»"]+/).find((w) => /[\u0300-\u036f]/.test(w.normalize('NFD'))))
          .find(Boolean);
        if (accented) {
          const plain = accented.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase();
          const r = await check(plain, `"${accented}" without accents`);
          assert.ok(r.expected.length >= 1);
        } else {
          t.diagnostic(`no accented word in ${name} (${lang}): accent folding not exercised here`);
        }

        // Nothing matches: one row with the translated message, and "0 to 0 of 0".
        const { state } = await check('zz-no-such-entry-zz', 'no match');
        const empty = await page.$eval('table[data-table]', (t) => t.getAttribute('data-i18n-empty'));
        assert.equal(state.emptyText, empty);
        assert.equal(state.bodyRows, 1);
        assert.equal(state.prevDisabled && state.nextDisabled, true);

        await c.search.fill('');
        await assertShows(page, { from: 1, to: Math.min(100, n), total: n }, 'after clearing the search');
        assert.deepEqual(problems, []);
        await page.close();
      });

      it(`${name}: sorting by date and number columns, both directions`, async (t) => {
        const { page, problems, rows } = await load(file);
        const c = tb.controls(page);
        const columns = [
          ...tb.dateColumns(rows).map((col) => ({ col, kind: 'date', num: tb.dateNumber })),
          ...tb.numberColumns(rows).map((col) => ({ col, kind: 'number', num: Number })),
        ];
        if (!columns.length) t.diagnostic(`${name} (${lang}) has no date or number column`);
        for (const { col, kind, num } of columns) {
          const header = (await page.locator('table[data-table] thead tr:last-child > *').nth(col).textContent()).trim();
          const seen = [];
          for (let click = 0; click < 2; click++) {
            await c.sortButton(col).click();
            const state = await tb.readState(page);
            const dir = { ascending: 1, descending: -1 }[state.ariaSort[col]];
            assert.ok(dir, `aria-sort of "${header}" is ${state.ariaSort[col]}`);
            seen.push(dir);
            assert.equal(state.ariaSort.filter(Boolean).length, 1, 'only one header has aria-sort');
            assert.equal(state.prevDisabled, true, 'sorting goes back to the first page');
            const all = await tb.readAllPages(page);
            assert.equal(all.length, rows.length, 'sorting keeps every row');
            const problem = tb.sortProblem(all.map((r) => r.keys[col]), dir, num);
            assert.equal(problem, null, `${kind} column "${header}": ${problem}`);
            await c.size.selectOption('10');
          }
          assert.deepEqual(seen.sort(), [-1, 1], `"${header}" sorts both ways`);
        }
        assert.deepEqual(problems, []);
        await page.close();
      });
    }
  });
}

describe('translations', () => {
  it('the fr labels differ from the en labels', () => {
    const pairs = Object.keys(labels).filter((k) => k.startsWith('en:'));
    assert.ok(pairs.length, 'no list page was tested');
    for (const k of pairs) {
      const fr = labels[k.replace(/^en:/, 'fr:')];
      assert.ok(fr, `no fr counterpart of ${k}`);
      for (const n of ['search', 'info', 'empty']) assert.notEqual(fr[n], labels[k][n], `data-i18n-${n} of ${k} is not translated`);
    }
  });
});
