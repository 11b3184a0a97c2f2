// Static checks of templates/assets/portal.js: every list page loads it, and the CSP allows it
// only as a file of the portal, so it must stay small, self-contained and plain.
'use strict';

const assert = require('node:assert/strict');
const vm = require('node:vm');
const { it } = require('node:test');
const site = require('./lib/site');

const text = site.scriptText();

it('parses as a script', () => {
  assert.doesNotThrow(() => new vm.Script(text, { filename: site.SCRIPT_PATH }));
});

it('is small: fewer than 250 lines', () => {
  assert.ok(text.split('\n').length < 250, `${text.split('\n').length} lines`);
});

it('is ASCII, so its bytes do not depend on an encoding', () => {
  const bad = [...text].findIndex((ch) => ch.charCodeAt(0) > 0x7e || (ch < ' ' && ch !== '\n'));
  assert.equal(bad, -1, `non-ASCII or control character at offset ${bad}`);
});

it('uses nothing the CSP forbids or the portal must not do', () => {
  const forbidden = {
    eval: /\beval\s*\(/, 'new Function': /new\s+Function\b/, 'string timers': /set(Timeout|Interval)\s*\(\s*['"`]/,
    fetch: /\bfetch\s*\(/, XMLHttpRequest: /XMLHttpRequest/, WebSocket: /WebSocket|EventSource/,
    'dynamic import': /\bimport\s*\(/, innerHTML: /innerHTML|outerHTML|insertAdjacentHTML|document\.write/,
    'inline handlers': /setAttribute\(\s*['"]on|\.on[a-z]+\s*=/, storage: /localStorage|sessionStorage|document\.cookie/,
    'network URLs': /https?:\/\//,
  };
  for (const [what, re] of Object.entries(forbidden)) assert.doesNotMatch(text, re, what);
});
