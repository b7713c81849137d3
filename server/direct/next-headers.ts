import 'server-only';
import { currentScope, serializeCookie, type CookieOptions } from './request-scope';

// Stands in for `next/headers` in the direct lane's bundle (scripts/build-direct-lane.mjs), so that the app's code
// reads the request and sets cookies the same way whether Next.js or the lane answers. Only what that code uses is
// here: a missing export fails the bundle's build, a missing method the code's first call.

export async function headers(): Promise<Headers> {
  return currentScope().headers;
}

export async function cookies() {
  const scope = currentScope();
  return {
    get: (name: string) => {
      const value = scope.cookies.get(name);
      return value === undefined ? undefined : { name, value };
    },
    has: (name: string) => scope.cookies.has(name),
    set(name: string, value: string, options: CookieOptions = {}) {
      scope.setCookies.push(serializeCookie(name, value, options));
      if (options.maxAge === 0) scope.cookies.delete(name);
      else scope.cookies.set(name, value);
    },
  };
}
