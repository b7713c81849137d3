import { gradebookRoute } from '@/server/teacher/export-route';

export const GET = gradebookRoute;
