// Screenshots of the administrators' nightly report at a desktop's width (1280 px) and a phone's
// (375 px), with the checks a reader's eye would make: the page no wider than the window, every
// chart label at least 12 px high as drawn, no console error, no request leaving the file.
//   node tests/browser/report-screenshots.js OUT/report/index.html DEST_FOLDER [NAME]
// writes DEST_FOLDER/NAME-1280.png and NAME-375.png (NAME: "report"); exits 1 on a problem.
'use strict';

const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { launch, open } = require('./lib/browser');

const MIN_TEXT_PX = 12;

async function shoot(browser, file, dest, name, width) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  const { page, problems } = await open(context, pathToFileURL(path.resolve(file)).href);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) problems.push(`${width} px: the page is ${overflow} px wider than the window`);
  // A chart's text as drawn: its font size times the scale of the SVG's user space.
  const small = await page.evaluate((min) => [...document.querySelectorAll('svg text')]
    .map((t) => ({ text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a }))
    .filter((t) => t.px < min)
    .map((t) => `"${t.text}" drawn ${t.px.toFixed(1)} px high`), MIN_TEXT_PX);
  problems.push(...small.map((s) => `${width} px: ${s}`));
  const out = path.join(dest, `${name}-${width}.png`);
  await page.screenshot({ path: out, fullPage: true });
  console.log(out);
  await context.close();
  return problems;
}

async function main() {
  const [file, dest, name = 'report'] = process.argv.slice(2);
  if (!file || !dest) {
    console.error('usage: report-screenshots.js OUT/report/index.html DEST_FOLDER [NAME]');
    process.exit(2);
  }
  const browser = await launch();
  const problems = [];
  try {
    for (const width of [1280, 375]) problems.push(...(await shoot(browser, file, dest, name, width)));
  } finally {
    await browser.close();
  }
  for (const problem of problems) console.error(`report-screenshots: ${problem}`);
  process.exit(problems.length ? 1 : 0);
}

main().catch((err) => { console.error(err); process.exit(1); });
