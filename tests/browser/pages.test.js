// Every page of the site: static checks of the markup contract (CSP, the portal's fingerprinted
// stylesheet and script, no inline style or script, no external resources, links that resolve),
// then a visit in Chromium over file:// with no console error, page error, failed request or
// request to anything but file: and data:. First, a copied portal folder opens whole, and
// self-checks prove that the harness does catch a CSP violation and a stray request.
'use strict';

const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { describe, it, before, after } = require('node:test');
const { launch, open } = require('./lib/browser');
const site = require('./lib/site');

const { dir } = site.siteUnderTest();
const SCRIPT = site.scriptText();

let browser;
let context;
before(async () => {
  browser = await launch();
  context = await browser.newContext();
});
after(async () => browser && browser.close());

const decode = (s) => s.replace(/&amp;/g, '&').replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"');

// Problems found in a page's source, as strings.
function staticProblems(file, html) {
  const problems = [];
  if (!/^<!DOCTYPE html>/i.test(html)) problems.push('does not start with <!DOCTYPE html>');
  if (!/<html[^>]*\slang="[a-z]{2}(-[A-Za-z]{2})?"/.test(html)) problems.push('no <html lang>');
  if (!/<meta name="robots" content="noindex">/.test(html)) problems.push('no <meta name="robots" content="noindex">');
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i);
  const directives = new Map();
  if (!csp) problems.push('no Content-Security-Policy <meta>');
  else {
    for (const d of decode(csp[1]).split(';').map((x) => x.trim()).filter(Boolean)) {
      const [name, ...values] = d.split(/\s+/);
      directives.set(name, values);
    }
    if ((directives.get('default-src') || []).join(' ') !== "'none'") problems.push(`CSP default-src is not 'none': ${csp[1]}`);
    for (const name of ['script-src', 'style-src']) {
      if ((directives.get(name) || []).join(' ') !== "'self'") problems.push(`CSP ${name} is not 'self': ${csp[1]}`);
    }
    for (const [name, values] of directives) {
      if (values.some((v) => /^(https?:|\*|'unsafe-|blob:|file:)/.test(v))) problems.push(`CSP ${name} allows ${values.join(' ')}`);
    }
  }
  if (/<style\b/i.test(html)) problems.push('a <style> element (the stylesheet is a file)');
  if (/<[a-zA-Z][^>]*\sstyle\s*=/.test(html)) problems.push('a style attribute (the CSP refuses it)');
  // The stylesheet, and the script where the page has a data table: files of the portal's own
  // assets/ folder, named after their content.
  const portal = path.join(dir, path.relative(dir, file).split(path.sep)[0]);
  // `kind`: portal (the theme's stylesheet and script), brand (the seller's accent stylesheet) or
  // logo; `ext` a list of the extensions allowed.
  const asset = (href, kind, ext, expected) => {
    const target = path.resolve(path.dirname(file), decodeURIComponent(href));
    const name = path.basename(target);
    if (path.dirname(target) !== path.join(portal, 'assets')) return `${href} is not in the portal's assets/ folder`;
    if (!fs.existsSync(target)) return `${href} is missing`;
    const bytes = fs.readFileSync(target);
    const hash = crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    if (!ext.some((e) => name === `${kind}.${hash}.${e}`)) return `${href}: not ${kind}.<its content's hash>.${ext.join('|')}`;
    if (expected !== undefined && bytes.toString('utf8') !== expected) return `${href} is not templates/assets/portal.${ext} verbatim`;
    return null;
  };
  // The theme's stylesheet, then (a branded seller's portal) the accent's, which overrides it.
  const sheets = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]*)"[^>]*>/gi)].map((m) => m[1]);
  if (sheets.length < 1 || sheets.length > 2) problems.push(`${sheets.length} stylesheets (one, and the brand's)`);
  sheets.forEach((href, i) => problems.push(asset(href, i === 0 ? 'portal' : 'brand', ['css'])));
  // The seller's logo, at most once (the header).
  const logos = [...html.matchAll(/<img\b[^>]*\bclass="brand-image"[^>]*\bsrc="([^"]*)"/g)].map((m) => m[1]);
  if (logos.length > 1) problems.push(`${logos.length} logos`);
  for (const href of logos) problems.push(asset(href, 'logo', ['png', 'jpg']));
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  if (scripts.length > 1) problems.push(`${scripts.length} scripts (at most one)`);
  if (scripts.length === 0 && /<table\b[^>]*\sdata-table\b/.test(html)) problems.push('a data table but no script');
  if (scripts.length > 0 && !/<table\b[^>]*\sdata-table\b/.test(html)) problems.push('a script but no data table');
  for (const [, attrs, text] of scripts) {
    const src = attrs.match(/\bsrc="([^"]*)"/);
    if (text.trim() !== '' || !src) problems.push('an inline script');
    else problems.push(asset(src[1], 'portal', ['js'], SCRIPT));
  }
  if (/<[a-zA-Z][^>]*\son[a-z]+\s*=/.test(html)) problems.push('an inline event handler attribute (on...=)');
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/href="data:/.test(m[0]) && !/rel="stylesheet"/.test(m[0])) problems.push(`external resource ${m[0]}`);
  }
  for (const m of html.matchAll(/\s(src|srcset|poster|data)="([^"]*)"/g)) {
    if (!m[2].startsWith('data:') && !/^(\.\.\/)+assets\/(portal\.[0-9a-f]{16}\.js|logo\.[0-9a-f]{16}\.(png|jpg))$/.test(m[2])) problems.push(`external resource ${m[1]}="${m[2]}"`);
  }
  for (const m of html.matchAll(/url\(\s*['"]?([^'")]*)/g)) {
    if (!m[1].startsWith('data:')) problems.push(`external resource url(${m[1]})`);
  }
  // A page of a language folder: its lang, and links to the other language and the dashboard.
  const rel = path.relative(dir, file).split(path.sep);
  const lang = rel[1];
  if (rel.length >= 3 && site.LANGS.includes(lang)) {
    const tag = (html.match(/<html[^>]*\slang="([^"]*)"/) || [])[1] || '';
    if (tag.split('-')[0] !== lang) problems.push(`<html lang="${tag}"> in the ${lang} folder`);
    const targets = [...html.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)]
      .map((m) => decode(m[1])).filter((h) => !/^[a-z][a-z0-9+.-]*:/i.test(h) && !h.startsWith('#'))
      .map((h) => path.resolve(path.dirname(file), decodeURIComponent(h.replace(/[?#].*$/, ''))));
    const base = path.join(dir, rel[0]);
    for (const other of site.LANGS.filter((l) => l !== lang)) {
      const twin = path.join(base, other, ...rel.slice(2));
      if (!targets.includes(twin)) problems.push(`no link to the same page in ${other}`);
    }
    const dashboard = path.join(base, lang, 'index.html');
    if (file !== dashboard && !targets.includes(dashboard)) problems.push('no link back to the dashboard');
  }
  // Relative links resolve to files of the site.
  for (const m of html.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)) {
    const href = decode(m[1]);
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#')) continue;
    const target = path.resolve(path.dirname(file), decodeURIComponent(href.replace(/[?#].*$/, '')));
    if (!target.startsWith(dir + path.sep)) problems.push(`link outside the site: ${href}`);
    else if (!fs.existsSync(target)) problems.push(`broken link: ${href}`);
  }
  return problems.filter(Boolean);
}

describe('the harness catches what it must', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-harness-'));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  // A copy of the portal with a list page, elsewhere on disk: what a customer who saved it has.
  const copyPortal = () => {
    const list = site.htmlFiles().find((f) => fs.readFileSync(f, 'utf8').includes('data-table'));
    assert.ok(list, 'no page with a data table');
    const rel = path.relative(dir, list);
    const token = rel.split(path.sep)[0];
    fs.cpSync(path.join(dir, token), path.join(tmp, token), { recursive: true });
    return path.join(tmp, rel);
  };

  it('opens a copied portal folder whole: its stylesheet and script load, nothing fails', async () => {
    const list = copyPortal();
    const { page, problems } = await open(context, site.fileUrl(list));
    const seen = await page.evaluate(() => ({
      js: document.documentElement.classList.contains('js'),
      hidden: getComputedStyle(document.querySelector('.visually-hidden')).position,
      controls: document.querySelectorAll('.dt-controls').length,
    }));
    assert.deepEqual(problems, []);
    assert.ok(seen.js && seen.controls > 0, `the script did not run: ${JSON.stringify(seen)}`);
    assert.equal(seen.hidden, 'absolute', `the stylesheet did not load: ${JSON.stringify(seen)}`);
    await page.close();
  });

  it('reports a CSP violation as a console error, and an inline script does not run', async () => {
    const list = copyPortal();
    const html = fs.readFileSync(list, 'utf8');
    fs.writeFileSync(list, html.replace('</body>', "<script>document.title = 'tampered';</script>\n</body>"));
    const { page, problems } = await open(context, site.fileUrl(list));
    assert.ok(problems.some((p) => /Content Security Policy/i.test(p)), `no CSP violation reported: ${problems}`);
    assert.notEqual(await page.title(), 'tampered');
    await page.close();
  });

  it('reports requests to the network and failed file requests', async () => {
    const file = path.join(tmp, 'leaky.html');
    fs.writeFileSync(file, '<!DOCTYPE html><html lang="en"><title>t</title><link rel="icon" href="data:,">'
      + '<img src="http://127.0.0.1:9/x.png" alt=""><img src="missing.png" alt=""></html>');
    const { page, problems } = await open(context, site.fileUrl(file));
    await page.waitForLoadState('networkidle');
    assert.ok(problems.some((p) => p.startsWith('request to http://127.0.0.1:9/')), String(problems));
    assert.ok(problems.some((p) => p.startsWith('request failed:') && p.includes('missing.png')), String(problems));
    await page.close();
  });
});

describe(`every page of ${dir}`, () => {
  const files = site.htmlFiles();
  const { visit, skipped } = site.customersToVisit();
  if (!site.siteUnderTest().fixture) {
    it('visits a branded seller\'s portal, in both languages', () => {
      const branded = visit.find((c) => c.branded);
      assert.ok(branded, 'no visited portal shows a logo and links a brand stylesheet');
      assert.deepEqual(site.LANGS.filter((l) => !branded.pages.some((p) => p.lang === l)), []);
    });
  }
  it('has pages, all inside customer portals (the site has no index of customers)', (t) => {
    assert.ok(files.length > 0, 'no HTML page');
    const inPortals = new Set(site.customers().flatMap((c) => c.pages.map((p) => p.file)));
    assert.deepEqual(files.filter((f) => !inPortals.has(f)).map((f) => path.relative(dir, f)), []);
    if (skipped.length) t.diagnostic(`${skipped.length} customers not visited (PORTAL_MAX_PAGES)`);
  });

  for (const c of visit) {
    it(`portal ${c.token.slice(0, 6)}…: ${c.pages.length} pages, markup and behaviour`, async () => {
      const found = [];
      const page = await context.newPage();
      let problems = [];
      const record = (what) => problems.push(what);
      page.on('console', (m) => m.type() === 'error' && record(`console error: ${m.text()}`));
      page.on('pageerror', (e) => record(`page error: ${e.message}`));
      page.on('requestfailed', (r) => record(`request failed: ${r.url()}`));
      page.on('request', (r) => !/^(file|data):/.test(r.url()) && record(`request to ${r.url()}`));

      for (const p of c.pages) {
        const html = fs.readFileSync(p.file, 'utf8');
        problems = staticProblems(p.file, html);
        const url = site.fileUrl(p.file);
        await page.goto(url, { waitUntil: 'load' });
        if (/<meta http-equiv="refresh"/i.test(html)) {
          await page.waitForURL((u) => u.href !== url, { timeout: 5000 });
          await page.waitForLoadState('load');
        } else {
          const seen = await page.evaluate(() => ({
            js: document.documentElement.classList.contains('js'),
            tables: document.querySelectorAll('table[data-table]').length,
            enhanced: document.querySelectorAll('table[data-table].dt-enhanced').length,
            controls: document.querySelectorAll('.dt-controls').length,
          }));
          const hasScript = /<script\b/i.test(html);
          if (hasScript && !seen.js) record('the script did not run (no "js" class on <html>)');
          if (seen.tables && !hasScript) record('data tables but no script');
          if (seen.enhanced !== seen.tables || seen.controls !== 2 * seen.tables) {
            record(`${seen.tables} data tables, ${seen.enhanced} enhanced, ${seen.controls} control bars`);
          }
        }
        found.push(...problems.map((x) => `${p.rel}: ${x}`));
      }
      await page.close();
      // Its assets/ folder holds what its pages name, no older version.
      const named = new Set(c.pages.flatMap((p) => [...fs.readFileSync(p.file, 'utf8')
        .matchAll(/assets\/((?:portal|brand|logo)\.[0-9a-f]{16}\.(?:css|js|png|jpg))"/g)].map((m) => m[1])));
      const assets = path.join(dir, c.token, 'assets');
      const held = fs.existsSync(assets) ? fs.readdirSync(assets).sort() : [];
      if (held.join(' ') !== [...named].sort().join(' ')) found.push(`assets/ holds ${held}, the pages name ${[...named]}`);
      assert.deepEqual(found, []);
    });
  }
});
