import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { opencxGateway } from './src/server/vite-plugin.ts';

const FRAMEWORK =
  /node_modules[\\/](react|react-dom|scheduler|zod|@tanstack[\\/](query-core|react-query|react-router|router-core|history|store|react-store))[\\/]|@mantine[\\/]core[\\/]esm[\\/]core[\\/]/;

export default defineConfig({
  plugins: [react(), opencxGateway()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    warmup: { clientFiles: ['./src/main.tsx', './src/features/agents/pages/*.tsx'] },
  },
  // Listed up front so a first visit never triggers a re-optimisation and a full page reload.
  optimizeDeps: {
    include: [
      'react',
      'react-dom/client',
      'react/jsx-dev-runtime',
      '@mantine/core',
      '@mantine/hooks',
      '@tanstack/react-query',
      '@tanstack/react-router',
      'react-hook-form',
      '@hookform/resolvers/zod',
      'zod/mini',
      'libphonenumber-js',
      '@tanstack/react-virtual',
      '@mantine/spotlight',
    ],
  },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    // The polyfill only speeds up chunk loading in the few browsers without modulepreload (older
    // Safari and Firefox), which still load everything; not worth its bytes in every page.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // What every page needs, in one chunk: it compresses better than the scattered pieces
          // the default splitting makes of it, and keeps its hash across app-only releases.
          groups: [{ name: 'framework', test: FRAMEWORK }],
        },
      },
    },
  },
});
