import { pnpExportRoute } from '@/server/supports/pnp-route';

// A student's support profile as an AfA PNP 3.0 file: the supports page's "Download" link.
export const GET = pnpExportRoute;
