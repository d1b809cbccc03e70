import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        // Pure logic, data integrity and components, in happy-dom with WXT's fakeBrowser.
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['**/*.test.{ts,tsx}'],
          exclude: ['**/*.browser.test.ts', '**/node_modules/**', '.output*/**'],
        },
      },
      {
        // The built extension loaded into the system Chromium, driven by playwright-core.
        test: {
          name: 'browser',
          environment: 'node',
          globalSetup: ['tests/harness/global-setup.ts'],
          include: ['tests/**/*.browser.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          // expect.poll waits for the page, the extension and its frames; Vitest gives up after 1 s
          // by default, which a slow machine overruns (2026-11-28: Chromium ~3x slower than usual).
          // Only a failing test waits longer.
          expect: { poll: { timeout: 10_000 } },
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
