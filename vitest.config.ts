import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/components/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
    setupFiles: ['test/setup.ts'],
    pool: 'forks',
  },
});
