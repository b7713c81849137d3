import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './support/app-process';
import { expect, test } from './support/test';
import { LESSON_SLUG } from './support/locales';
import { seedClass, seedStudent, seedTeacher } from './support/seed';

// The nginx configuration in docs/operating.md ("A cache in front of the app"), run as written in front of the test
// server: it keeps the pages built for everyone, and never a learner's or a teacher's page. It needs Debian's nginx,
// which CI installs (.ci/run); a developer's machine without it skips the test, CI never does.

const NGINX = '/usr/sbin/nginx';
test.skip(!existsSync(NGINX) && !process.env.CI, `${NGINX} is not installed (apt-get install nginx)`);

/** The fenced nginx block of the operating guide. */
function documentedConfig(): string {
  const guide = readFileSync('docs/operating.md', 'utf8');
  const block = /```nginx\n([\s\S]*?)```/.exec(guide);
  if (!block) throw new Error('docs/operating.md has no nginx block');
  return block[1]!;
}

/** nginx in the foreground, in its own folder, with the guide's block pointed at `upstream` and listening on `port`. */
async function startNginx(upstream: URL, port: number): Promise<{ stop: () => Promise<void>; origin: string }> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'fuente-nginx-'));
  const block = documentedConfig()
    .replace('/var/cache/nginx/fuente', path.join(folder, 'cache'))
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace('http://127.0.0.1:3000', `http://${upstream.host}`);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `${kind}_temp_path ${path.join(folder, kind)};`)
    .join('\n');
  const config = path.join(folder, 'nginx.conf');
  writeFileSync(
    config,
    `daemon off;\nmaster_process off;\npid ${folder}/nginx.pid;\nerror_log stderr error;\nevents {}\n` +
      `http {\naccess_log off;\n${temp}\n${block}\n}\n`,
  );
  const nginx: ChildProcess = spawn(NGINX, ['-p', folder, '-c', config], { stdio: ['ignore', 'ignore', 'inherit'] });
  const origin = `http://127.0.0.1:${port}`;
  await expect.poll(async () => (await fetch(origin).catch(() => null))?.status ?? 0).toBeGreaterThan(0);
  return {
    origin,
    stop: async () => {
      const exited = new Promise((resolve) => nginx.once('exit', resolve));
      nginx.kill();
      await exited;
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

test('the documented nginx cache keeps the shared copies and never a learner’s or a teacher’s page', async ({
  browser,
  baseURL,
}) => {
  const nginx = await startNginx(new URL(baseURL!), await freePort());
  try {
    const get = (pathname: string, cookie?: string) =>
      fetch(nginx.origin + pathname, { headers: cookie ? { Cookie: cookie } : {} }).then(async (response) => ({
        status: response.status,
        cache: response.headers.get('x-cache-status'),
        cacheControl: response.headers.get('cache-control'),
        html: await response.text(),
      }));
    const lesson = `/es/lessons/${LESSON_SLUG}`;

    // A first visit: from the app, then from the cache.
    expect((await get(lesson)).cache).toMatch(/MISS|EXPIRED/);
    expect(await get(lesson)).toMatchObject({ status: 200, cache: 'HIT' });

    // A learner whose browser does not run JavaScript gets their own page, which the cache does not keep.
    const teacherContext = await browser.newContext();
    const teacher = await seedTeacher(teacherContext, baseURL!);
    const klass = await seedClass(teacher, 'Behind nginx', 'es');
    const studentContext = await browser.newContext();
    const student = await seedStudent(studentContext, baseURL!, klass, 'Octavia Behind-Proxy');
    const cookieOf = async (context: typeof studentContext) =>
      (await context.cookies()).map(({ name, value }) => `${name}=${value}`).join('; ');
    const learnerCookie = await cookieOf(studentContext);
    for (let visit = 0; visit < 2; visit += 1) {
      const own = await get(lesson, learnerCookie);
      expect(own.html).toContain(student.displayName);
      expect(own).toMatchObject({ status: 200, cacheControl: 'private, no-store' });
      expect(own.cache).not.toBe('HIT');
    }
    // Their page was not stored for anyone: the next visitor still gets the copy, naming nobody.
    const after = await get(lesson);
    expect(after).toMatchObject({ status: 200, cache: 'HIT' });
    expect(after.html).not.toContain(student.displayName);

    // A teacher's class page is theirs alone, every time.
    const teacherCookie = await cookieOf(teacherContext);
    for (let visit = 0; visit < 2; visit += 1) {
      const page = await get(klass.url, teacherCookie);
      expect(page).toMatchObject({ status: 200, cacheControl: 'private, no-store' });
      expect(page.html).toContain(klass.name);
      expect(page.cache).not.toBe('HIT');
    }
    await Promise.all([teacherContext.close(), studentContext.close()]);
  } finally {
    await nginx.stop();
  }
});
