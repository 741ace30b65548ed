/**
 * A Vite plugin: in the built app the catalogue JSON that `src/core/catalogue/index.ts` imports is not
 * bundled into JavaScript but emitted once as a hashed asset (`assets/catalogues-<hash>.json`) that the
 * page and the decode worker both fetch (and the service worker precaches). The core is unchanged: its
 * `import usdm from './data/usdm.json'` resolves to a module that reads its file's part of the fetched
 * asset, so the core must be imported only after `loadCatalogues()` from `virtual:fed-catalogues/loader`
 * has resolved (src/worker/decode-client.ts and decode.worker.ts do that).
 * Node (the CLI, scripts), Vitest and the dev server import the JSON files as they are; there
 * `loadCatalogues()` does nothing.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const INDEX = resolve(root, 'src/core/catalogue/index.ts');
const LOADER = 'virtual:fed-catalogues/loader';
const LOADER_ID = '\0fed-catalogues-loader';
const PART = '\0fed-catalogue:';

/** The data files the catalogue index imports statically (its lazily loaded Chinese and detail files stay chunks of their own). */
function dataFiles(): string[] {
  const source = readFileSync(INDEX, 'utf8');
  return [...source.matchAll(/^import\s+\w+\s+from\s+'\.\/data\/([\w.-]+\.json)';/gm)].map((m) => m[1] as string);
}

/** The combined asset: every statically imported data file, by file name, and its content hash. */
export function catalogueAsset(): { files: string[]; json: string; hash: string } {
  const files = dataFiles();
  const all: Record<string, unknown> = {};
  for (const f of files) all[f] = JSON.parse(readFileSync(resolve(dirname(INDEX), 'data', f), 'utf8'));
  const json = JSON.stringify(all);
  return { files, json, hash: createHash('sha256').update(json).digest('hex').slice(0, 10) };
}

/** The loader module of the built app: fetches the asset once and hands each data module its part. */
function builtLoader(fileName: string): string {
  return `let files = null;
let pending = null;
/** Fetches the catalogue asset once (relative to this chunk: every chunk and the worker live in assets/). */
export function loadCatalogues() {
  const file = ${JSON.stringify(`./${fileName}`)};
  pending ??= fetch(new URL(file, import.meta.url))
    .then((r) => {
      if (!r.ok) throw new Error(\`The error catalogues could not be loaded (HTTP \${r.status}).\`);
      return r.json();
    })
    .then((json) => {
      files = json;
    }, (err) => {
      pending = null;
      throw err;
    });
  return pending;
}
/** One data file of the asset. */
export function catalogueFile(name) {
  if (files === null) throw new Error('The core was imported before loadCatalogues() resolved.');
  return files[name];
}
`;
}

/**
 * The plugin. `emit`: write the asset (the page build does; a worker build only refers to it, so the
 * file is written once).
 */
export function catalogueAssetPlugin({ emit }: { emit: boolean }): Plugin {
  let build = false;
  let asset: ReturnType<typeof catalogueAsset> | null = null;
  const current = (): ReturnType<typeof catalogueAsset> => (asset ??= catalogueAsset());
  const fileName = (): string => `catalogues-${current().hash}.json`;
  return {
    name: 'fed-catalogue-asset',
    enforce: 'pre',
    configResolved(config) {
      build = config.command === 'build';
    },
    buildStart() {
      asset = null;
    },
    resolveId(source, importer) {
      if (source === LOADER) return LOADER_ID;
      if (!build || importer === undefined || resolve(importer) !== INDEX || !source.startsWith('./data/')) return null;
      const file = source.slice('./data/'.length);
      // NOTE: the id must not end in .json, or Vite's JSON plugin would parse the module below as JSON.
      return current().files.includes(file) ? `${PART}${file.replace(/\.json$/, '')}` : null;
    },
    load(id) {
      if (id === LOADER_ID) return build ? builtLoader(fileName()) : 'export async function loadCatalogues() {}\n';
      if (!id.startsWith(PART)) return null;
      return `import { catalogueFile } from ${JSON.stringify(LOADER)};\nexport default catalogueFile(${JSON.stringify(`${id.slice(PART.length)}.json`)});\n`;
    },
    generateBundle() {
      if (build && emit) this.emitFile({ type: 'asset', fileName: `assets/${fileName()}`, source: current().json });
    },
  };
}
