/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { catalogueAsset, catalogueAssetPlugin } from './scripts/catalogue-asset.ts';

const THEME = '#0b1220';

// NOTE: no inline script anywhere; scripts, workers and connections from our origin only.
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Puts the Content-Security-Policy into the built page (the dev server needs inline scripts, so not there). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    // NOTE: the catalogues are one hashed JSON asset that the page and the worker both fetch, not JavaScript.
    catalogueAssetPlugin({ emit: true }),
    VitePWA({
      // NOTE: 'prompt' — an update never reloads a half-finished diagnosis; the user decides.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'robots.txt'],
      manifest: {
        id: '/',
        name: 'Futures Error Doctor',
        short_name: 'Error Doctor',
        description: 'Decode and diagnose Binance Futures, Spot and Portfolio Margin API errors from any paste — offline; nothing you paste leaves your device.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: THEME,
        background_color: THEME,
        categories: ['developer', 'finance', 'utilities'],
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        share_target: { action: '/', method: 'GET', params: { title: 'title', text: 'text', url: 'url' } },
        file_handlers: [{ action: '/', accept: { 'text/plain': ['.log', '.txt'], 'application/json': ['.json'] } }],
      },
      workbox: {
        // The catalogues are a JSON asset (fetched by the page's core chunk and the worker); the worker, the
        // core and the knowledge are chunks of their own.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,txt,webmanifest,json}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
      devOptions: { enabled: false },
    }),
  ],
  worker: { format: 'es', plugins: () => [catalogueAssetPlugin({ emit: false })] },
  // Keys cached analyses: changes whenever the catalogue data does.
  define: { __CATALOGUE_VERSION__: JSON.stringify(catalogueAsset().hash) },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1200 },
  preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4173), strictPort: true },
  test: {
    environment: 'node',
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'], exclude: ['src/core/knowledge/errors/**'] },
      },
      {
        // NOTE: one test beside each of some 300 knowledge modules; they share the registry and the
        // catalogues instead of loading them again for every file (pure data, no state to leak).
        extends: true,
        test: { name: 'knowledge', include: ['src/core/knowledge/errors/**/*.test.ts'], isolate: false },
      },
    ],
  },
});
