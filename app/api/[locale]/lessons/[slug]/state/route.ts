import { lessonStateEndpoint } from '@/server/learner/lesson-state-endpoint';

// The learner's state for the prerendered reading page (app/[locale]/lessons/[slug]/prerendered/[view]/page.tsx).
export const GET = lessonStateEndpoint;
