// The site under test: PORTAL_SITE (a built OUT/site folder) when set, otherwise the fixture
// site, built from templates/assets/portal.js. Finds the customers' portals and classifies their
// pages by type, so that the tests can pick "one page of every type".
'use strict';

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { buildFixtureSite, SCRIPT_PATH } = require('../fixtures/build-fixtures');

const LANGS = ['en', 'fr'];
const LIST_KINDS = ['quotations', 'orders', 'invoices', 'subscriptions', 'tickets'];
const SINGLE_PAGES = ['payment-methods', 'success-packs', 'account'];

let cached;

// Returns { dir, fixture } once per process, logging which site is tested.
function siteUnderTest() {
  if (cached) return cached;
  if (process.env.PORTAL_SITE) {
    const dir = path.resolve(process.env.PORTAL_SITE);
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
      throw new Error(`PORTAL_SITE=${process.env.PORTAL_SITE}: no such folder (build it with portalgen build)`);
    }
    console.error(`testing PORTAL_SITE=${dir}`);
    cached = { dir, fixture: false };
  } else {
    const { dir } = buildFixtureSite();
    console.error(`PORTAL_SITE is not set: testing the FIXTURE site ${dir} (built from ${SCRIPT_PATH})`);
    cached = { dir, fixture: true };
  }
  return cached;
}

function walk(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

// Every HTML file of the site, sorted.
function htmlFiles(dir = siteUnderTest().dir) {
  return walk(dir).filter((f) => f.endsWith('.html'));
}

// The type of a page from its path inside <token>/: root, dashboard, list:<kind>, detail:<kind>,
// payment-methods, success-packs, account, or other.
function pageType(rel) {
  const parts = rel.split(path.sep);
  if (parts.length === 2 && parts[1] === 'index.html') return 'root';
  if (parts.length < 3 || !LANGS.includes(parts[1])) return 'other';
  const rest = parts.slice(2);
  if (rest.length === 1) {
    const name = rest[0].replace(/\.html$/, '');
    if (name === 'index') return 'dashboard';
    if (LIST_KINDS.includes(name)) return `list:${name}`;
    if (SINGLE_PAGES.includes(name)) return name;
  }
  if (rest.length === 2 && LIST_KINDS.includes(rest[0])) return `detail:${rest[0]}`;
  return 'other';
}

// The customers' portals: folders of the site with an en/ and a fr/ folder.
const customerCache = new Map();
function customers(dir = siteUnderTest().dir) {
  if (!customerCache.has(dir)) customerCache.set(dir, findCustomers(dir));
  return customerCache.get(dir);
}

function findCustomers(dir) {
  return fs.readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && LANGS.every((l) => fs.existsSync(path.join(dir, e.name, l))))
    .map((e) => e.name).sort()
    .map((token) => {
      const base = path.join(dir, token);
      const pages = walk(base).filter((f) => f.endsWith('.html')).map((file) => {
        const rel = path.relative(dir, file);
        const lang = rel.split(path.sep)[1];
        return { file, rel, type: pageType(rel), lang: LANGS.includes(lang) ? lang : null };
      });
      return { token, base, pages, rows: countRows(path.join(base, 'en')), branded: isBranded(path.join(base, 'en')) };
    });
}

// Body rows of the data tables of a customer's list pages in one language (a quick static count,
// only used to choose the customer with the most rows).
function countRows(langDir) {
  let rows = 0;
  for (const kind of LIST_KINDS) {
    const file = path.join(langDir, `${kind}.html`);
    if (!fs.existsSync(file)) continue;
    const html = fs.readFileSync(file, 'utf8');
    for (const m of html.matchAll(/<tbody[^>]*>([\s\S]*?)<\/tbody>/g)) rows += (m[1].match(/<tr[\s>]/g) || []).length;
  }
  return rows;
}

// Whether the portal carries its seller's brand (SPEC 3b): its dashboard shows the logo and links
// the accent colour's stylesheet.
function isBranded(langDir) {
  const file = path.join(langDir, 'index.html');
  if (!fs.existsSync(file)) return false;
  const html = fs.readFileSync(file, 'utf8');
  return /<img class="brand-image" src="(\.\.\/)+assets\/logo\.[0-9a-f]{16}\.(png|jpg)"/.test(html)
    && /rel="stylesheet" href="(\.\.\/)+assets\/brand\.[0-9a-f]{16}\.css"/.test(html);
}

// The customers of branded sellers (whose pages the tests check as well as the richest's).
const brandedCustomers = () => customers().filter((c) => c.branded);

// The customer with the most list rows (whose list pages the table tests exercise).
function richestCustomer() {
  const all = customers();
  if (!all.length) throw new Error(`no customer portal (<token>/en and <token>/fr) in ${siteUnderTest().dir}`);
  return all.reduce((best, c) => (c.rows > best.rows ? c : best));
}

// The customers whose pages the tests visit one by one: the richest and the first branded one
// first, then the others in order while their pages fit in PORTAL_MAX_PAGES (default 3000);
// returns { visit, skipped }.
function customersToVisit() {
  const budget = Number(process.env.PORTAL_MAX_PAGES || 3000);
  const first = richestCustomer();
  const visit = [first];
  const branded = brandedCustomers()[0];
  if (branded && branded !== first) visit.push(branded);
  let pages = visit.reduce((sum, c) => sum + c.pages.length, 0);
  const skipped = [];
  for (const c of customers()) {
    if (visit.includes(c)) continue;
    if (pages + c.pages.length <= budget) {
      visit.push(c);
      pages += c.pages.length;
    } else skipped.push(c);
  }
  return { visit, skipped };
}

// One page of each type in a language: from the richest customer first, else from any customer;
// or only from the `only` customer's pages.
function onePagePerType(lang, only = null) {
  const order = only ? [only] : [richestCustomer(), ...customers()];
  const found = new Map();
  for (const c of order) {
    for (const p of c.pages) {
      if ((p.lang === lang || p.type === 'root') && !found.has(p.type)) found.set(p.type, p);
    }
  }
  return found;
}

// Page types every portal must have (the detail types come from data that covers every kind).
const REQUIRED_TYPES = ['dashboard', ...LIST_KINDS.map((k) => `list:${k}`),
  ...LIST_KINDS.map((k) => `detail:${k}`), ...SINGLE_PAGES];

const fileUrl = (file) => pathToFileURL(file).href;

const scriptText = () => fs.readFileSync(SCRIPT_PATH, 'utf8');
const sha256 = (text) => crypto.createHash('sha256').update(text, 'utf8').digest('base64');

// Folds text the way portal.js does for its search.
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();

module.exports = {
  LANGS, LIST_KINDS, REQUIRED_TYPES, siteUnderTest, htmlFiles, pageType, customers,
  richestCustomer, brandedCustomers, customersToVisit, onePagePerType, fileUrl, scriptText, sha256, fold, SCRIPT_PATH,
};
