// The fields a browser without JavaScript posts to run a Server Action, screened before React decodes them. React
// reads `$ACTION_ID_<id>` (an action with no bound arguments), or `$ACTION_REF_<n>` with `$ACTION_<n>:0` (the
// action's id and "$@1") and `$ACTION_<n>:1` (its bound arguments: for useActionState, the form's previous state),
// and `$ACTION_KEY`. Those parts are React's reply format, in which a string starting with "$" is a reference; a
// forged one can make the decoder wait forever (a part that refers to itself) or throw (a 500). The app's forms bind
// nothing but plain data, so every reference is refused except the one "$@1" and the escaped or special values the
// encoder writes for plain data.

const ACTION_ID = /^[0-9a-f]{40,42}$/;
const REF_FIELD = /^\$ACTION_REF_(\d{1,3})$/;
const PART_FIELD = /^\$ACTION_(\d{1,3}):(\d{1,3})$/;
const KEY_VALUE = /^(k[0-9a-f]{32}|p\/\S{0,500})$/;
// "$$…" is a string that starts with "$"; the rest are how the encoder writes undefined, special numbers, dates
// and big integers. Anything else after a "$" refers to another part, a stream, a function or a symbol.
const PLAIN_DOLLAR = /^\$(\$|undefined$|NaN$|-?Infinity$|-0$|D\d{4}-|n-?\d+$)/;
const MAX_DEPTH = 8;
const MAX_PART_CHARS = 64 * 1024;

/** Whether a decoded bound-argument value is plain data: bounded depth, no references. */
function isPlainValue(value, depth = 0) {
  if (depth > MAX_DEPTH) return false;
  if (typeof value === 'string') return !value.startsWith('$') || PLAIN_DOLLAR.test(value);
  if (value === null || typeof value !== 'object') return true;
  const children = Array.isArray(value) ? value : Object.values(value);
  return children.every((child) => isPlainValue(child, depth + 1));
}

function parsed(text) {
  if (typeof text !== 'string' || text.length > MAX_PART_CHARS) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Whether the `$ACTION…` fields of a posted form (an iterable of [name, value]) are what one of the app's forms
 * sends. A form with none of them is not a Server Action post and passes (Next.js answers it as a page request).
 */
export function actionFieldsAreSafe(entries) {
  let ids = 0;
  let ref = null;
  const parts = new Map();
  for (const [name, value] of entries) {
    if (!name.startsWith('$ACTION')) continue;
    if (name.startsWith('$ACTION_ID_')) {
      if (!ACTION_ID.test(name.slice(11)) || value !== '') return false;
      ids += 1;
    } else if (name === '$ACTION_KEY') {
      if (typeof value !== 'string' || !KEY_VALUE.test(value)) return false;
    } else if (REF_FIELD.test(name)) {
      if (ref !== null || value !== '') return false;
      ref = name.match(REF_FIELD)[1];
    } else if (PART_FIELD.test(name)) {
      if (parts.has(name)) return false;
      parts.set(name, value);
    } else return false;
  }
  if (ids + (ref === null ? 0 : 1) > 1) return false;
  if (ref === null) return parts.size === 0;
  for (const name of parts.keys()) {
    const [, owner, index] = name.match(PART_FIELD);
    if (owner !== ref || (index !== '0' && index !== '1')) return false;
  }
  const meta = parsed(parts.get(`$ACTION_${ref}:0`));
  if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) return false;
  if (Object.keys(meta).sort().join() !== 'bound,id' || typeof meta.id !== 'string' || !ACTION_ID.test(meta.id))
    return false;
  if (meta.bound === null) return !parts.has(`$ACTION_${ref}:1`);
  if (meta.bound !== '$@1') return false;
  const bound = parsed(parts.get(`$ACTION_${ref}:1`));
  return Array.isArray(bound) && isPlainValue(bound);
}
