#!/usr/bin/env node
/**
 * node tools/cli/parallel.mjs <npm script>...
 *
 * Runs npm scripts side by side (`npm test` runs the type check, the lint and
 * the stand-in build this way: each is one process, and the machine has more
 * than one core), then prints each one's output whole, in the order given, so
 * nothing interleaves. Exits 1 when any of them fails, naming it.
 */
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0 || scripts.some((s) => !/^[a-z][a-z0-9:-]*$/.test(s))) {
  console.error('usage: node tools/cli/parallel.mjs <npm script>... (names of package.json scripts)');
  process.exit(1);
}

const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
const runs = scripts.map(
  (script) =>
    new Promise((resolve) => {
      const chunks = [];
      const child = spawn(npm[0], [...npm.slice(1), 'run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.on('data', (c) => chunks.push(c));
      child.stderr.on('data', (c) => chunks.push(c));
      child.on('error', (err) => resolve({ script, code: 1, output: `${err.message}\n` }));
      child.on('close', (code) => resolve({ script, code: code ?? 1, output: Buffer.concat(chunks).toString() }));
    }),
);

const results = await Promise.all(runs);
for (const r of results) process.stdout.write(r.output);
const failed = results.filter((r) => r.code !== 0).map((r) => r.script);
if (failed.length > 0) {
  console.error(`failed: ${failed.join(', ')}`);
  process.exit(1);
}
