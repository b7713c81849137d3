/** See engine-tests.mjs. */
export const ENGINE_TESTS: readonly string[];
