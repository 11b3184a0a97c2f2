const { launch } = require('./lib/browser');
(async () => {
  const [file, out, width, y, h] = process.argv.slice(2);
  const b = await launch();
  const c = await b.newContext({ viewport: { width: +width, height: 900 } });
  const p = await c.newPage();
  await p.goto('file://' + file);
  await p.screenshot({ path: out, fullPage: true, clip: { x: 0, y: +y, width: +width, height: +h } });
  await b.close();
})();
