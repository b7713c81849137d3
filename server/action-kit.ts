import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import type { Locale, Messages, MessageKeys, NestedKeyOf } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { redirect } from '@/i18n/navigation';
import type { ActionReply, ActionResult, FormAction, PostAction } from '@/lib/action-result';
import { ensureLearnerId, GuestLimitError } from '@/server/auth/learner-session';
import { currentTeacher } from '@/server/auth/teacher-session';
import { failedFieldMessages } from '@/server/field-messages';

// Every Server Action is a public endpoint. This file writes its sequence once: read the input whatever was sent,
// check the session, parse with zod, translate what failed, call the handler, and turn a crash into a message.

export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;
type Href = Parameters<typeof redirect>[0]['href'];

export type ActionContext = {
  locale: Locale;
  /** The raw form, for inputs a zod object cannot describe (an item's answer fields, read by lib/quiz). */
  formData: FormData;
  t: (key: MessageKey) => string;
  /** A refusal with a translated summary and, optionally, translated messages tied to fields. */
  fail: (
    message: MessageKey,
    fields?: Record<string, MessageKey>,
  ) => { status: 'error'; message: string; fieldErrors: Record<string, string> };
  redirectTo: (href: Href) => never;
};

type FormSpec<S extends z.ZodType> = {
  schema: S;
  /** The message under each field that fails; fields not named add nothing but the summary. */
  fieldMessages?: Partial<Record<keyof z.input<S> & string, MessageKey>>;
  /** The summary when the input is invalid; "Please fix the highlighted fields." unless said otherwise. */
  invalidMessage?: MessageKey;
  /** The summary when the server fails; the generic "nothing was changed" unless said otherwise. */
  serverMessage?: MessageKey;
  /**
   * Fields whose typed value a refusal gives back, so that the form shows it again instead of clearing it (React
   * resets a form after its action). Never a password.
   */
  keep?: (keyof z.input<S> & string)[];
  /** Fields sent once per ticked checkbox: read as an array of every value (empty when none is ticked). */
  lists?: (keyof z.input<S> & string)[];
};

type Handler<S extends z.ZodType, C, R> = (input: z.output<S>, context: ActionContext & C) => Promise<R>;

/**
 * A form's fields as an object for zod: the first value of each name, and an empty field counts as missing; a `lists`
 * field is every non-empty value of its name, as an array.
 */
export function formValues(
  formData: FormData,
  lists: readonly string[] = [],
): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const values: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const [name, value] of formData) if (!(name in values) && value !== '') values[name] = value;
  for (const name of lists) values[name] = formData.getAll(name).filter((value) => value !== '');
  return values;
}

/** React always sends a FormData, but a forged request can make the argument anything: treat that as an empty form. */
function formOf(raw: unknown): FormData {
  return raw instanceof FormData ? raw : new FormData();
}

async function contextFor(formData: FormData): Promise<ActionContext> {
  const [locale, translate] = await Promise.all([getLocale(), getTranslations()]);
  const t = (key: MessageKey) => translate(key);
  return {
    locale,
    formData,
    t,
    fail: (message, fields = {}) => ({
      status: 'error',
      message: t(message),
      fieldErrors: Object.fromEntries(Object.entries(fields).map(([name, key]) => [name, t(key)])),
    }),
    redirectTo: (href) => redirect({ href, locale }),
  };
}

type Session<C> = {
  /** Runs before the input is read: a teacher who is not signed in goes to sign-in whatever they sent. */
  before?: (context: ActionContext) => Promise<C>;
  /** Runs once the input is valid: a learner is created only for a request that will change something. */
  after?: (context: ActionContext) => Promise<C>;
};

const anyone: Session<object> = {};

const teacher: Session<{ teacherId: string }> = {
  before: async (context) => {
    const signedIn = await currentTeacher();
    return signedIn ? { teacherId: signedIn.teacherId } : context.redirectTo('/teacher/signin');
  },
};

const learner: Session<{ learnerId: string }> = {
  after: async () => ({ learnerId: await ensureLearnerId() }),
};

function stateful<C extends object>(session: Session<C>) {
  return <S extends z.ZodType, T extends object = object>(
      spec: FormSpec<S>,
      handler: Handler<S, C, ActionResult<NoInfer<T>>>,
    ): FormAction<T> =>
    async (_previous, raw) => {
      const context = await contextFor(formOf(raw));
      return keepValues(spec, context.formData, await run(spec, handler, session, context));
    };
}

async function run<S extends z.ZodType, C extends object, T extends object>(
  spec: FormSpec<S>,
  handler: Handler<S, C, ActionResult<T>>,
  session: Session<C>,
  context: ActionContext,
): Promise<ActionResult<T>> {
  try {
    const before = (await session.before?.(context)) as C;
    const parsed = spec.schema.safeParse(formValues(context.formData, spec.lists));
    if (!parsed.success) return invalidResult(spec, parsed.error, context);
    const after = (await session.after?.(context)) as C;
    return await handler(parsed.data, { ...context, ...before, ...after });
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof GuestLimitError) return context.fail('Forms.throttled');
    console.error('Server Action failed', error);
    return context.fail(spec.serverMessage ?? 'Forms.server');
  }
}

// As long as any field a form of the app keeps may be: a forged form cannot make the answer larger than that.
const KEPT_VALUE_MAX = 20_000;

/** A refusal with the typed values of the fields the spec keeps. */
function keepValues<S extends z.ZodType, T extends object>(
  spec: FormSpec<S>,
  formData: FormData,
  result: ActionResult<T>,
): ActionResult<T> {
  if (result.status !== 'error' || !spec.keep?.length) return result;
  const values: Record<string, string> = {};
  for (const name of spec.keep) {
    const value = formData.get(name);
    if (typeof value === 'string') values[name] = value.slice(0, KEPT_VALUE_MAX);
  }
  return { ...result, values };
}

function invalidResult<S extends z.ZodType>(spec: FormSpec<S>, error: z.ZodError, context: ActionContext) {
  const fields = failedFieldMessages(z.flattenError(error), spec.fieldMessages);
  return context.fail(spec.invalidMessage ?? 'Forms.fixErrors', fields);
}

/** A form anyone may send (joining a class, signing in): translated field errors, no session needed. */
export const formAction = stateful(anyone);
/** A form of the signed-in teacher; anyone else goes to sign-in. */
export const teacherAction = stateful(teacher);
/** A form of the learner on this device; a guest learner is created for the first valid request. */
export const learnerAction = stateful(learner);

/** Where a form posted without JavaScript lands when its action fails (app/[locale]/problem/page.tsx). */
export const PROBLEM_PAGE = '/problem';

function posted<C extends object>(session: Session<C>) {
  return <S extends z.ZodType>(spec: { schema: S; invalidHref: Href }, handler: Handler<S, C, void>): PostAction =>
    async (raw) => {
      const context = await contextFor(formOf(raw));
      try {
        const before = (await session.before?.(context)) as C;
        const parsed = spec.schema.safeParse(formValues(context.formData));
        // A forged form goes somewhere that exists: its fields could name anything.
        if (!parsed.success) return context.redirectTo(spec.invalidHref);
        const after = (await session.after?.(context).catch((error: unknown) => {
          // No guest could be made for this post (server/auth/throttle.ts): nothing is stored, the page is shown again.
          if (error instanceof GuestLimitError) return context.redirectTo(spec.invalidHref);
          throw error;
        })) as C;
        await handler(parsed.data, { ...context, ...before, ...after });
      } catch (error) {
        unstable_rethrow(error);
        // Without JavaScript the browser shows whatever this post answers: a translated page, not the framework's
        // plain "Internal Server Error".
        console.error('Server Action failed', error);
        context.redirectTo(PROBLEM_PAGE);
      }
    };
}

/** A form posted without `useActionState` that ends in a redirect, sent by anyone. */
export const postAction = posted(anyone);
/** The same for the learner on this device. */
export const learnerPostAction = posted(learner);
/** The same for the signed-in teacher; anyone else goes to sign-in. */
export const teacherPostAction = posted(teacher);

/**
 * An action the page's JavaScript calls with an object (saving an answer, reading progress): parsed with zod, for
 * the learner on this device, and a crash becomes a `server` error the caller can retry.
 */
export function learnerCall<S extends z.ZodType, T extends object>(
  spec: { schema: S; invalidMessage: MessageKey; serverMessage: MessageKey },
  handler: Handler<S, { learnerId: string }, ActionReply<NoInfer<T>>>,
): (input: z.input<S>) => Promise<ActionReply<T>> {
  return async (input) => {
    const context = await contextFor(new FormData());
    const parsed = spec.schema.safeParse(input);
    if (!parsed.success) return { ...context.fail(spec.invalidMessage), code: 'invalid' };
    try {
      return await handler(parsed.data, { ...context, learnerId: await ensureLearnerId() });
    } catch (error) {
      unstable_rethrow(error);
      // A refused guest is told to wait; 'server' makes the page's queue keep the save and send it again later.
      if (error instanceof GuestLimitError) return { ...context.fail('Forms.throttled'), code: 'server' };
      console.error('Server Action failed', error);
      return { ...context.fail(spec.serverMessage), code: 'server' };
    }
  };
}
