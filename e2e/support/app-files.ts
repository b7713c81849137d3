import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file of the build's routes with this name (page.tsx, route.ts), as paths under app/, e.g. "[locale]/page.tsx". */
export function appFiles(name: string, dir = path.join(process.cwd(), 'app'), prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? appFiles(name, path.join(dir, entry.name), `${prefix}${entry.name}/`)
      : entry.name === name
        ? [`${prefix}${name}`]
        : [],
  );
}
