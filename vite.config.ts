import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { opencxGateway } from './src/server/vite-plugin.ts';

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
      'react-hook-form',
      '@hookform/resolvers/zod',
      'zod/mini',
      'libphonenumber-js',
      '@tanstack/react-virtual',
      '@mantine/spotlight',
    ],
  },
  preview: { host: '127.0.0.1', port: 4173 },
  // Every browser that runs ES2022 supports modulepreload; the polyfill would be dead weight.
  build: { target: 'es2022', sourcemap: false, manifest: true, modulePreload: { polyfill: false } },
});
