import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const SERVER_TESTS = ['src/server/**/*.test.ts', 'scripts/**/*.test.ts'];

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
    // Vitest leaves one core to itself by default, which on a 2-core machine is half the machine;
    // its main process is nearly idle while the files run.
    maxWorkers: '100%',
    // The server and the scripts run on Node: no DOM to build for each of their files.
    projects: [
      { extends: true, test: { name: 'node', environment: 'node', include: SERVER_TESTS } },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'happy-dom',
          // Every test renders its own app with its own query client and fake API, and the setup
          // file empties the DOM and storage after each: the files of a worker can share one
          // module graph instead of loading React, Mantine and the app again for each.
          isolate: false,
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: SERVER_TESTS,
        },
      },
    ],
  },
});
