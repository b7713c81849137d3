import { exportRoute } from '@/server/teacher/export-route';

export const GET = exportRoute('students');
