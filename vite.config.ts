import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { opencxGateway } from './src/server/vite-plugin.ts';

export default defineConfig({
  plugins: [react(), opencxGateway()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { target: 'es2022', sourcemap: false },
});
