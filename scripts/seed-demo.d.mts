export const E2E_DEMO_PASSWORD: string;
export function seedDemo(env: Record<string, string | undefined>): void;
