import { exportRoute } from '@/server/export-route';

export const GET = exportRoute('students');
