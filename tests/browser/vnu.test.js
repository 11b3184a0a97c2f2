// The Nu HTML checker (vnu-jar, on the machine's Java) reports no error on the whole site folder.
'use strict';

const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { it } = require('node:test');
const site = require('./lib/site');

const VNU = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');

it('the Nu HTML checker finds no error in the site', () => {
  const { dir } = site.siteUnderTest();
  const run = spawnSync('java', ['-jar', VNU, '--errors-only', '--skip-non-html', '--format', 'json', dir],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  assert.ifError(run.error && new Error(`cannot run java (install default-jre-headless): ${run.error.message}`));
  let messages;
  try {
    ({ messages } = JSON.parse(run.stderr || run.stdout));
  } catch (e) {
    assert.fail(`unreadable vnu output (exit ${run.status}): ${run.stderr}${run.stdout}`);
  }
  const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => `${path.relative(dir, new URL(m.url).pathname)}:${m.lastLine}:${m.firstColumn || m.lastColumn}: ${m.message}`);
  assert.deepEqual(errors.slice(0, 100), [], `${errors.length} errors`);
  assert.equal(run.status, 0, `vnu exited with ${run.status}`);
});
