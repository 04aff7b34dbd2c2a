import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// keys and the second witness live in the user's configuration folder: tests (and the CLI they spawn) use a
// throwaway one, never the developer's own
const configDir = path.join(os.tmpdir(), `assay-test-config-${process.pid}`);

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    env: { TZ: 'UTC', ASSAY_CONFIG_DIR: configDir, ASSAY_DATA_DIR: path.join(configDir, 'data') },
    reporters: ['default', './test/plain-summary-reporter.ts'],
  },
});
