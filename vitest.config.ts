import { defineConfig } from 'vitest/config';

// Scripts may recurse deeply: give the test processes the stack the CLI gets (bin/minipwsh.js).

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    reporters: ['default'],
    pool: 'forks',
    poolOptions: { forks: { execArgv: ['--stack-size=3800'] } },
  },
});
