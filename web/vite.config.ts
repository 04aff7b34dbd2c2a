// The web workbench: Preact through esbuild's automatic JSX runtime (no React plugin), built to web/dist.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: process.env.ASSAY_WEB_SOURCEMAP === '1',
    reportCompressedSize: false,
    // no inline <script> and no modulepreload polyfill: the CSP allows scripts from this origin only
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:4820' } },
});
