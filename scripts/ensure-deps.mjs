// Installs the project's dependencies when they are missing or older than package-lock.json.
// Plain Node with no imports beyond node:*, so it runs before anything is installed.
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Runs `npm ci` (or `npm install` without a lock file) when node_modules is missing or stale. */
export function ensureDeps(root) {
  const marker = resolve(root, 'node_modules', '.package-lock.json');
  const lock = resolve(root, 'package-lock.json');
  const fresh = existsSync(marker) && (!existsSync(lock) || statSync(marker).mtimeMs >= statSync(lock).mtimeMs);
  if (fresh) return;
  const args = existsSync(lock) ? ['ci', '--no-audit', '--no-fund'] : ['install', '--no-audit', '--no-fund'];
  console.log(`Installing dependencies (npm ${args[0]}) …`);
  const r = spawnSync('npm', args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    console.error('Installing dependencies failed; see the npm output above.');
    process.exit(r.status ?? 1);
  }
}
