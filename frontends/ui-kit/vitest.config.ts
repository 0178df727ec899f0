import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: { environment: 'happy-dom', include: ['test/**/*.test.{ts,tsx}'], testTimeout: 20_000, setupFiles: ['./testing/dom-setup.ts'] },
});
