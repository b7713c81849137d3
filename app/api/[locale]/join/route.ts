import { joinEndpoint } from '@/server/learner/join-endpoint';

// The join page's steps with JavaScript, as JSON (components/join/JoinForm.tsx). Without JavaScript the same form
// posts to a Server Action instead (app/[locale]/join/actions.ts); both end in server/learner/join-flow.ts.
export const POST = joinEndpoint;
