// Debian's Chromium driven by playwright-core (no browser download), and a guard that records
// everything a portal page must never do: console errors (CSP violations are reported there),
// uncaught exceptions, failed requests, and requests to anything but file: and data:.
'use strict';

const { chromium } = require('playwright-core');

const EXECUTABLE = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const LAUNCH = {
  executablePath: EXECUTABLE,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

// Playwright waits forever by default: a test that waits for something that never happens must
// fail, not hang.
const TIMEOUT = Number(process.env.PORTAL_TEST_TIMEOUT_MS || 15000);

async function launch() {
  const browser = await chromium.launch({ ...LAUNCH, timeout: 60000 });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(TIMEOUT);
    return context;
  };
  return browser;
}

// Starts recording a page's problems; returns the (live) list of problem strings.
function guard(page) {
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => {
    problems.push(`request failed: ${req.url()} (${req.failure() ? req.failure().errorText : '?'})`);
  });
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith('file:') && !url.startsWith('data:')) problems.push(`request to ${url}`);
  });
  return problems;
}

// Opens a URL in a guarded page; follows a meta refresh (the <token>/index.html language choice).
async function open(context, url, { expectRedirect = false } = {}) {
  const page = await context.newPage();
  const problems = guard(page);
  await page.goto(url, { waitUntil: 'load' });
  if (expectRedirect) await page.waitForURL((u) => u.href !== url, { timeout: 5000 });
  return { page, problems };
}

module.exports = { launch, guard, open, LAUNCH };
