import { paceEndpoint } from '@/server/assignments/pace-endpoint';

// The teacher-paced assignment's live channel, followed by the guided page (components/guided/PaceFollower.tsx).
export const GET = paceEndpoint;
