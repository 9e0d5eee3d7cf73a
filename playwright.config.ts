import path from 'node:path';
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.AURORA_E2E_PORT ?? 3210);

// Set once in the main process and inherited by the workers, so every process agrees on one fresh
// data directory per run (the server's embedded database starts empty).
process.env.AURORA_E2E_DATA_DIR ??= path.resolve('.e2e-data', `run-${Date.now()}`);

// AURORA_E2E_BASE_URL points the suite at an app that is already running instead of starting one.
const externalBaseUrl = process.env.AURORA_E2E_BASE_URL;

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  forbidOnly: process.env.CI === 'true',
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI === 'true' ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: externalBaseUrl ?? `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium (apt-get install -y chromium): `playwright install` cannot download here.
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: externalBaseUrl
    ? undefined
    : {
        command: 'npm run serve',
        url: `http://127.0.0.1:${PORT}/`,
        reuseExistingServer: false,
        timeout: 180_000,
        stdout: 'pipe',
        stderr: 'pipe',
        env: {
          PORT: String(PORT),
          AURORA_DATA_DIR: process.env.AURORA_E2E_DATA_DIR,
          NEXT_TELEMETRY_DISABLED: '1',
        },
      },
});
