// Loaded before every file of the `components` project (vitest.config.mts).
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup: unmount after each test here.
afterEach(() => {
  cleanup();
  vi.clearAllMocks();
  localStorage.clear();
});
