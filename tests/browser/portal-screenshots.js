// Screenshots of portal pages for the README, with the checks a reader's eye would make: the page
// no wider than the window, no console error, no request leaving the file.
//   node tests/browser/portal-screenshots.js DEST_FOLDER NAME=PAGE.html@WIDTH ...
// writes DEST_FOLDER/NAME.png for each page, the whole page at WIDTH px; exits 1 on a problem.
'use strict';

const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { launch, open } = require('./lib/browser');

async function shoot(browser, dest, name, file, width) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
  const { page, problems } = await open(context, pathToFileURL(path.resolve(file)).href);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) problems.push(`${name}: the page is ${overflow} px wider than the window`);
  const out = path.join(dest, `${name}.png`);
  await page.screenshot({ path: out, fullPage: true });
  console.log(out);
  await context.close();
  return problems.map((p) => `${name}: ${p}`);
}

async function main() {
  const [dest, ...shots] = process.argv.slice(2);
  const parsed = shots.map((s) => s.match(/^([\w-]+)=(.+)@(\d+)$/));
  if (!dest || !shots.length || parsed.some((m) => !m)) {
    console.error('usage: portal-screenshots.js DEST_FOLDER NAME=PAGE.html@WIDTH ...');
    process.exit(2);
  }
  const browser = await launch();
  const problems = [];
  try {
    for (const [, name, file, width] of parsed) problems.push(...(await shoot(browser, dest, name, file, Number(width))));
  } finally {
    await browser.close();
  }
  for (const problem of problems) console.error(`portal-screenshots: ${problem}`);
  process.exit(problems.length ? 1 : 0);
}

main().catch((err) => { console.error(err); process.exit(1); });
