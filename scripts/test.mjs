// `npm test`: install if needed, then type-check, lint, unit tests, build, size budget and end-to-end tests.
// Ends with one plain line `N passed, N failed` over unit and end-to-end tests together; a check that
// fails (type-check, lint, build, budget), a missing report or zero tests counts as a failure.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDeps } from './ensure-deps.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
ensureDeps(root);
const reports = resolve(root, 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const bin = (name) => resolve(root, 'node_modules', '.bin', name);
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };

function run(label, cmd, args) {
  console.log(`\n── ${label}: ${[cmd, ...args].join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  const ok = r.status === 0;
  console.log(`── ${label}: ${ok ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const checks = [];
checks.push(['type-check', run('type-check', bin('tsc'), ['-b'])]);
checks.push(['lint', run('lint', bin('eslint'), ['--max-warnings=0', '.'])]);
run('unit tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${resolve(reports, 'unit.json')}`]);
const built = run('build', bin('vite'), ['build']);
checks.push(['build', built]);
if (built) checks.push(['size budget', run('size budget', process.execPath, [resolve(root, 'scripts', 'size-budget.mjs')])]);
let e2eRan = false;
if (built) {
  if (!existsSync('/usr/bin/chromium')) console.log('Note: /usr/bin/chromium is missing; Playwright will look for its own browser.');
  e2eRan = true;
  run('end-to-end tests', bin('playwright'), ['test']);
}

let passed = 0;
let failed = 0;
const unit = readJson(resolve(reports, 'unit.json'));
if (unit == null) {
  console.log('No unit-test report was written: counted as a failure.');
  failed += 1;
} else {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
  // A test file that fails to load has no failed test of its own: count each such file once.
  const brokenFiles = (unit.testResults ?? []).filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'));
  if (brokenFiles.length > 0) console.log(`${brokenFiles.length} unit-test file(s) failed to run: counted as failures.`);
  failed += brokenFiles.length;
  if ((unit.numTotalTests ?? 0) === 0) {
    console.log('The unit-test run executed no test: counted as a failure.');
    failed += 1;
  }
}
const e2e = e2eRan ? readJson(resolve(reports, 'e2e.json')) : null;
if (e2e == null) {
  console.log('No end-to-end report was written (the build or the server failed): counted as a failure.');
  failed += 1;
} else {
  const s = e2e.stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
  if ((e2e.errors ?? []).length > 0) {
    console.log(`End-to-end run reported ${e2e.errors.length} error(s) outside tests: counted as failures.`);
    failed += e2e.errors.length;
  }
  if ((s.expected ?? 0) + (s.unexpected ?? 0) + (s.flaky ?? 0) === 0) {
    console.log('The end-to-end run executed no test: counted as a failure.');
    failed += 1;
  }
}
for (const [name, ok] of checks) {
  console.log(`check ${name}: ${ok ? 'ok' : 'FAILED (counted as a failure)'}`);
  if (!ok) failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
