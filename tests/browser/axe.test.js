// axe-core on one page of every page type, in both languages, with the script's controls in
// place: no violation at all (every rule axe runs by default, best practices included). Then the
// same on every page type of a branded seller's portal (logo, accent colour), in both languages.
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const { describe, it, before, after } = require('node:test');
const { launch, open } = require('./lib/browser');
const site = require('./lib/site');

const AXE = require.resolve('axe-core');

let browser;
let context;
before(async () => {
  browser = await launch();
  // bypassCSP lets axe's own script in; the page's script still runs as it does for a customer.
  context = await browser.newContext({ bypassCSP: true });
});
after(async () => browser && browser.close());

const describeViolations = (violations) => violations.map((v) =>
  `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`).join('\n')}`);

// A built site must hold a branded seller's portal (scripts/test imports one beside the samples):
// its logo, and its accent colour as text, links and buttons, must pass too (colour contrast).
const branded = site.siteUnderTest().fixture ? undefined : site.brandedCustomers()[0];
if (!site.siteUnderTest().fixture) {
  it('the site has a branded seller\'s portal (logo and accent colour)', () => {
    assert.ok(branded, 'no portal shows a logo and links a brand stylesheet');
  });
}

const checks = site.LANGS.map((lang) => [`axe-core in ${lang}`, site.onePagePerType(lang), true]);
if (branded) {
  for (const lang of site.LANGS) {
    checks.push([`axe-core on the branded portal in ${lang}`, site.onePagePerType(lang, branded), false]);
  }
}

for (const [title, pages, everyType] of checks) {
  describe(title, () => {
    if (everyType) {
      it('has a page of every type', () => {
        const missing = site.REQUIRED_TYPES.filter((t) => !pages.has(t));
        assert.deepEqual(missing, [], 'page types with no page in the site');
      });
    }

    for (const [type, p] of pages) {
      if (type === 'other') continue;
      it(`${type}: ${p.rel}`, async () => {
        // The portal's root index.html sends the customer to their language at once: it is
        // checked as the page it lands on, which must be that language's dashboard.
        const refresh = fs.readFileSync(p.file, 'utf8').match(/<meta http-equiv="refresh" content="0; url=([^"]+)">/i);
        const { page, problems } = await open(context, site.fileUrl(p.file), { expectRedirect: Boolean(refresh) });
        if (refresh) {
          assert.match(refresh[1], /^(en|fr)\/index\.html$/);
          assert.ok(page.url().endsWith(`/${refresh[1]}`), `landed on ${page.url()}`);
        }
        await page.addScriptTag({ path: AXE });
        // preload: false, or axe fetches the stylesheet again by XMLHttpRequest, which Chromium
        // refuses on file:// (the page itself loads it as a stylesheet, without problem).
        const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'], preload: false }));
        assert.deepEqual(describeViolations(result.violations), []);
        assert.deepEqual(problems, []);
        await page.close();
      });
    }
  });
}
