// Reading and driving an enhanced data table (the first one of the page) from a test.
'use strict';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const DECIMAL = /^[-+]?\d+(\.\d+)?$/;

// Rows of the first data table as the page shows them now: each cell's sort key (data-sort, or
// its text) and the row's whole text. Works with and without JavaScript.
function readRows(page) {
  return page.evaluate(() => {
    const table = document.querySelector('table[data-table]');
    return Array.from(table.tBodies[0].rows)
      .filter((tr) => !tr.classList.contains('dt-empty') && tr.getClientRects().length > 0)
      .map((tr) => ({
        keys: Array.from(tr.cells, (c) => (c.hasAttribute('data-sort') ? c.getAttribute('data-sort') : c.textContent).trim()),
        cells: Array.from(tr.cells, (c) => c.textContent.trim()),
        text: Array.from(tr.cells, (c) => c.textContent).join(' '),
      }));
  });
}

// The controls' state: info text, pager, aria-sort of each header, the empty-row message.
function readState(page) {
  return page.evaluate(() => {
    const table = document.querySelector('table[data-table]');
    const anchor = table.closest('[data-table-wrap]') || table;
    const top = anchor.previousElementSibling;
    const bottom = anchor.nextElementSibling;
    const head = table.tHead.rows[table.tHead.rows.length - 1];
    const empty = table.querySelector('tbody tr.dt-empty');
    return {
      info: bottom.querySelector('.dt-info').textContent,
      prevDisabled: bottom.querySelector('.dt-prev').disabled,
      nextDisabled: bottom.querySelector('.dt-next').disabled,
      size: top.querySelector('.dt-size select').value,
      ariaSort: Array.from(head.cells, (th) => th.getAttribute('aria-sort')),
      emptyText: empty ? empty.textContent : null,
      bodyRows: Array.from(table.tBodies[0].rows).filter((tr) => tr.getClientRects().length > 0).length, // shown on screen
    };
  });
}

// The info text the page should show, from its own data-i18n-info pattern and number format.
// all: the table's number of rows (the "filtered from" note shows when fewer match).
function expectedInfo(page, from, to, total, all = total) {
  return page.evaluate(([f, t, n, a]) => {
    const table = document.querySelector('table[data-table]');
    const lang = document.documentElement.lang || '';
    const nf = new Intl.NumberFormat(lang || undefined);
    // The singular by hand: English for 1, French for 0 and 1 (CLDR).
    const one = (count) => (lang.startsWith('fr') ? count < 2 : count === 1);
    const label = (name, count) => (one(count) && table.getAttribute(`data-i18n-${name}-one`))
      || table.getAttribute(`data-i18n-${name}`);
    let text = label('info', n)
      .replace('{from}', nf.format(f)).replace('{to}', nf.format(t)).replace('{total}', nf.format(n));
    const filtered = label('filtered', a);
    if (filtered && n < a) text += ' ' + filtered.replace('{max}', nf.format(a));
    return text;
  }, [from, to, total, all]);
}

const controls = (page) => ({
  search: page.locator('.dt-controls-top .dt-search input').first(),
  size: page.locator('.dt-controls-top .dt-size select').first(),
  prev: page.locator('.dt-controls-bottom .dt-prev').first(),
  next: page.locator('.dt-controls-bottom .dt-next').first(),
  sortButton: (col) => page.locator('table[data-table] thead tr:last-child > *').nth(col).locator('button.dt-sort'),
});

// Every row in display order across all pages (the largest page size, then "next" to the end).
async function readAllPages(page) {
  const c = controls(page);
  const sizes = await c.size.locator('option').evaluateAll((os) => os.map((o) => o.value));
  await c.size.selectOption(sizes[sizes.length - 1]);
  const all = [];
  for (;;) {
    all.push(...await readRows(page));
    if ((await readState(page)).nextDisabled) break;
    await c.next.click();
  }
  return all;
}

// Columns whose every non-empty key is an ISO date (or a plain decimal: amounts, but also
// progress or numeric references), with at least two distinct values.
function columnsOfType(rows, re) {
  if (!rows.length) return [];
  const cols = [];
  for (let c = 0; c < rows[0].keys.length; c++) {
    const values = rows.map((r) => r.keys[c]).filter((v) => v !== '');
    if (new Set(values).size >= 2 && values.every((v) => re.test(v))) cols.push(c);
  }
  return cols;
}
const dateColumns = (rows) => columnsOfType(rows, ISO_DATE);
const numberColumns = (rows) => columnsOfType(rows, DECIMAL);

// Checks that keys are sorted in a direction (1 or -1), empty values last. Returns a problem or null.
function sortProblem(keys, dir, toNumber) {
  const firstEmpty = keys.indexOf('');
  if (firstEmpty >= 0 && keys.slice(firstEmpty).some((k) => k !== '')) return `empty values are not last: ${JSON.stringify(keys)}`;
  const values = keys.filter((k) => k !== '').map(toNumber);
  for (let i = 1; i < values.length; i++) {
    if (dir * (values[i] - values[i - 1]) < 0) {
      return `out of order at row ${i + 1}: ${keys[i - 1]} then ${keys[i]} (${dir > 0 ? 'ascending' : 'descending'})`;
    }
  }
  return null;
}
const dateNumber = (k) => Date.parse(k.length === 10 ? `${k}T00:00:00Z` : k);

module.exports = {
  readRows, readState, expectedInfo, controls, readAllPages, dateColumns, numberColumns,
  sortProblem, dateNumber, ISO_DATE, DECIMAL,
};
