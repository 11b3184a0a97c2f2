// portal.js on a synthetic page (independent of the site under test), for what the site's data may
// not show: decimals of different precision, timestamps, accented names in locale order, an
// initial aria-sort, data-page-size, a page-size label without {n}, an empty table, focus handling.
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { it, before, after } = require('node:test');
const { launch, open } = require('./lib/browser');
const site = require('./lib/site');

const SCRIPT = site.scriptText();
const names = ['Zoé', 'adam', 'Élodie', 'eve', 'Émile', 'bob'];
const numbers = ['10.5', '10.45', '9.999', '-1', '1001', '0'];
const stamps = ['2026-11-10T14:03:00Z', '2026-11-10T09:03:00-05:00', '2026-11-10T13:00:00Z',
  '2025-01-01T00:00:00Z', '2026-11-10T15:00:00+02:00', '2027-01-01T00:00:00Z'];
const rows = Array.from({ length: 30 }, (_, i) => {
  const date = new Date(Date.UTC(2026, 0, 30 - i)).toISOString().slice(0, 10);
  return `<tr><td>${names[i % 6]} ${i}</td><td data-sort="${date}">${date}</td>`
    + `<td data-sort="${numbers[i % 6]}">${numbers[i % 6]}</td><td data-sort="${stamps[i % 6]}">x</td><td><a href="#r${i}">go</a></td></tr>`;
}).join('\n');
const attrs = 'data-i18n-search="Rechercher :" data-i18n-info="Affichage {from} à {to} sur {total} entrées" '
  + 'data-i18n-info-one="Affichage {from} à {to} sur {total} entrée" '
  + 'data-i18n-filtered="(parmi {max})" data-i18n-filtered-one="(parmi {max} seule)" '
  + 'data-i18n-empty="Aucune entrée" data-i18n-previous="Précédent" data-i18n-next="Suivant"';
// The portal's stylesheet hides the rows off the page.
const STYLE = fs.readFileSync(path.join(path.dirname(site.SCRIPT_PATH), 'portal.css'), 'utf8');
const PAGE = `<!DOCTYPE html><html lang="fr-CA"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${site.sha256(SCRIPT)}'; img-src data:">
<title>t</title><link rel="icon" href="data:,"><style>${STYLE}</style></head><body>
<table class="data-table" data-table id="a" ${attrs} data-i18n-page-size="Entrées par page" data-page-size="25">
<thead><tr><th scope="col">Nom</th><th scope="col" aria-sort="descending">Date</th><th scope="col">Montant</th><th scope="col">Ouvert</th><th scope="col" data-nosort>Actions</th></tr></thead>
<tbody>${rows}</tbody></table>
<table class="data-table" data-table id="b" ${attrs} data-i18n-page-size="Voir {n} données" data-page-size="7">
<thead><tr><th scope="col">Rien</th></tr></thead><tbody></tbody></table>
<script>${SCRIPT}</script></body></html>`;

let browser;
let page;
let problems;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-js-'));
before(async () => {
  fs.writeFileSync(path.join(tmp, 'page.html'), PAGE);
  browser = await launch();
  ({ page, problems } = await open(await browser.newContext(), site.fileUrl(path.join(tmp, 'page.html'))));
});
after(async () => {
  fs.rmSync(tmp, { recursive: true, force: true });
  if (browser) await browser.close();
});

// The rows shown on screen (those off the page stay in the table for print, hidden).
const column = (col) => page.$$eval(`#a tbody tr`, (trs, c) => trs.filter((tr) => tr.getClientRects().length > 0).map((tr) => {
  const td = tr.cells[c];
  return td.hasAttribute('data-sort') ? td.getAttribute('data-sort') : td.textContent;
}), col);
const info = (id) => page.$eval(`#${id}`, (t) => (t.closest('[data-table-wrap]') || t).nextElementSibling.querySelector('.dt-info').textContent);
const sortBy = (col) => page.locator('#a thead th').nth(col).locator('button').click();
const search = (q) => page.locator('.dt-search input').first().fill(q);

it('honours data-page-size and a page-size label without {n}', async () => {
  assert.equal(await page.locator('.dt-controls').count(), 4);
  const size = page.locator('.dt-size select').first();
  assert.equal(await size.inputValue(), '25');
  assert.match((await page.locator('.dt-size label').first().textContent()).trim(), /^Entrées par page/);
  assert.equal((await column(0)).length, 25);
  assert.equal(await info('a'), 'Affichage 1 à 25 sur 30 entrées');
  const other = page.locator('.dt-size select').nth(1);
  assert.deepEqual(await other.locator('option').evaluateAll((os) => os.map((o) => o.value)), ['7', '10', '25', '50', '100']);
  assert.equal(await other.inputValue(), '7');
});

it('shows the empty message in an empty table', async () => {
  assert.equal(await page.$eval('#b tbody', (b) => b.textContent), 'Aucune entrée');
  assert.equal(await page.$eval('#b tbody td', (td) => td.colSpan), 1);
  // French: 0 is singular.
  assert.equal(await info('b'), 'Affichage 0 à 0 sur 0 entrée');
});

it('keeps an initial aria-sort and reverses it on the first click', async () => {
  assert.equal(await page.getAttribute('#a thead th:nth-child(2)', 'aria-sort'), 'descending');
  assert.equal(await page.locator('#a thead th').nth(4).locator('button').count(), 0, 'data-nosort');
  await sortBy(1);
  assert.equal(await page.getAttribute('#a thead th:nth-child(2)', 'aria-sort'), 'ascending');
  const dates = await column(1);
  assert.deepEqual(dates, [...dates].sort());
  assert.equal(dates[0], '2026-01-01');
});

it('sorts decimals of any precision as numbers', async () => {
  await page.locator('.dt-size select').first().selectOption('50');
  await sortBy(2);
  const values = (await column(2)).map(Number);
  assert.deepEqual(values, [...values].sort((x, y) => x - y));
  assert.deepEqual([...new Set(values)], [-1, 0, 9.999, 10.45, 10.5, 1001]);
  await sortBy(2);
  assert.deepEqual((await column(2)).map(Number), [...values].reverse());
});

it('sorts timestamps with offsets as instants', async () => {
  await sortBy(3);
  const values = (await column(3)).map(Date.parse);
  assert.deepEqual(values, [...values].sort((x, y) => x - y));
});

it('sorts text in the page language, ignoring case and accents', async () => {
  await sortBy(0);
  const cells = await column(0);
  assert.deepEqual([...new Set(cells.map((t) => t.split(' ')[0]))], ['adam', 'bob', 'Élodie', 'Émile', 'eve', 'Zoé']);
  assert.deepEqual(cells.slice(0, 3), ['adam 1', 'adam 7', 'adam 13'], 'numbers inside text in numeric order');
});

it('searches without case or accents, every word anywhere in the row', async () => {
  await search('ELODIE');
  assert.deepEqual([...new Set((await column(0)).map((t) => t.split(' ')[0]))], ['Élodie']);
  assert.equal(await info('a'), 'Affichage 1 à 5 sur 5 entrées (parmi 30)');
  await search('zoe 10.5');
  assert.equal((await column(0)).length, 5);
  await search('zoe 2026-01-30');
  assert.deepEqual(await column(0), ['Zoé 0']);
  assert.equal(await info('a'), 'Affichage 1 à 1 sur 1 entrée (parmi 30)');
  await search('nobody');
  assert.equal(await info('a'), 'Affichage 0 à 0 sur 0 entrée (parmi 30)');
  await search('');
  assert.equal((await column(0)).length, 30);
  await page.locator('.dt-size select').first().selectOption('25');
});

it('logs no error and requests nothing', () => assert.deepEqual(problems, []));

it('moves the focus to "previous" when "next" becomes disabled', async () => {
  const next = page.locator('.dt-next').first();
  await next.focus();
  await page.keyboard.press('Enter');
  assert.equal(await info('a'), 'Affichage 26 à 30 sur 30 entrées');
  assert.equal(await next.isDisabled(), true);
  assert.equal(await page.evaluate(() => document.activeElement.className), 'dt-prev');
});
