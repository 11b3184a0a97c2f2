// Firefox ESR (Debian's firefox-esr, headless) opens a portal page from file:// with its
// stylesheet and script, under the page's CSP. Firefox is driven only by --screenshot, so the
// test compares pictures: the page as built, the same page without its script, and without its
// stylesheet too; a file that Firefox refused to load makes two of them the same.
'use strict';

const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { describe, it, after } = require('node:test');
const site = require('./lib/site');

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const { dir } = site.siteUnderTest();

// A PNG of `file` at 1280 x 900, taken with a profile of its own (never the user's).
function screenshot(file, tmp) {
  const png = `${file}.png`;
  const profile = fs.mkdtempSync(path.join(tmp, 'profile-'));
  execFileSync(FIREFOX, ['--headless', '--no-remote', '--profile', profile, '--window-size=1280,900',
    '--screenshot', png, site.fileUrl(file)], { stdio: 'ignore', timeout: 120000 });
  return fs.readFileSync(png);
}

describe('Firefox ESR from file://', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-firefox-'));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('loads a copied portal\'s stylesheet and script under its CSP', () => {
    assert.ok(fs.existsSync(FIREFOX), `${FIREFOX} not found (scripts/install-deps --browser)`);
    // The list with the most rows: paged by the script, so that the script changes the picture.
    const c = site.richestCustomer();
    const list = path.join(c.base, 'en', 'invoices.html');
    fs.cpSync(c.base, path.join(tmp, c.token), { recursive: true });
    const copy = path.join(tmp, c.token, 'en', 'invoices.html');
    const html = fs.readFileSync(list, 'utf8');
    assert.match(html, /<script src="[^"]+"><\/script>/);
    const noScript = copy.replace(/\.html$/, '-noscript.html');
    fs.writeFileSync(noScript, html.replace(/<script src="[^"]+"><\/script>\n?/, ''));
    const bare = copy.replace(/\.html$/, '-bare.html');
    fs.writeFileSync(bare, fs.readFileSync(noScript, 'utf8').replace(/<link rel="stylesheet"[^>]*>/, ''));

    const built = screenshot(copy, tmp);
    const withoutScript = screenshot(noScript, tmp);
    const withoutAnything = screenshot(bare, tmp);
    assert.ok(!built.equals(withoutScript), 'the script made no difference: Firefox did not run it');
    assert.ok(!withoutScript.equals(withoutAnything), 'the stylesheet made no difference: Firefox did not load it');
  });
});
