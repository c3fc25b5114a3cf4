#!/usr/bin/env node
/**
 * node tools/ci/drift-summary.mjs <env> <smoke.json> <smoke exit code>
 *
 * Turns `npm run smoke -- <env> --json` into the nightly drift report: a
 * markdown section for the job summary on stdout, and a GitHub warning
 * annotation on stderr for each failed check. Always exits 0 on a report
 * (drift is news, not a broken build); exits 1 only when it is called wrong.
 */
import * as fs from 'node:fs';

const [env, file, code] = process.argv.slice(2);
if (!env || !file || code === undefined || !/^\d+$/.test(code)) {
  console.error('usage: node tools/ci/drift-summary.mjs <environment> <smoke.json> <smoke exit code>');
  process.exit(1);
}
let report;
try {
  report = JSON.parse(fs.readFileSync(file, 'utf8'));
} catch (err) {
  report = { error: `the smoke test printed no report (${err.message.split('\n')[0]})` };
}
// Annotations are one line: no newline, and nothing GitHub would read as a command.
const line = (text) => String(text).replace(/[\r\n]+/g, ' ').replace(/::/g, ': :').slice(0, 500);
const out = [];
if (report.error) {
  out.push(`### ${env}: drift not checked`, '', `The smoke test could not run: ${line(report.error)}`);
  console.error(`::warning title=Drift not checked (${line(env)})::${line(report.error)}`);
} else {
  const results = Array.isArray(report.results) ? report.results : [];
  const failed = results.filter((r) => !r.passed);
  if (failed.length === 0 && code === '0') {
    out.push(`### ${env}: no drift`, '', `${results.length} checks passed: the org runs the build main deployed.`);
  } else {
    out.push(`### ${env}: drift`, '', `${failed.length} of ${results.length} checks failed: the org no longer runs the build main deployed, or something in it changed.`, '', '| check | what the org shows |', '|---|---|');
    for (const r of failed) {
      out.push(`| ${line(r.check).replace(/\|/g, '\\|')} | ${line(r.detail ?? '').replace(/\|/g, '\\|')} |`);
      console.error(`::warning title=Drift in ${line(env)}::${line(r.check)}: ${line(r.detail ?? '')}`);
    }
  }
}
console.log(`${out.join('\n')}\n`);
