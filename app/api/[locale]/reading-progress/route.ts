import { readingProgressEndpoint } from '@/server/learner/reading-endpoint';

// The reading page's progress saves, as JSON (components/lesson/ReadingProgressTracker.tsx). Without JavaScript no
// progress is recorded: nothing on the page can tell which paragraph was read.
export const POST = readingProgressEndpoint;
