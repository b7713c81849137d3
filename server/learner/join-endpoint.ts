import 'server-only';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import type { JoinReply } from '@/lib/join-request';
import type { MessageKey } from '../action-kit';
import { currentLearnerToken, setLearnerCookie } from '../auth/learner-session';
import { clientAddress } from '../auth/request-info';
import { failedFieldMessages } from '../field-messages';
import { checkedJsonRequest, jsonReply, statusOf, type RouteContext } from '../json-endpoint';
import { defaultLessonSlug } from '../lessons';
import { JOIN_FIELD_MESSAGES, JOIN_KEPT_FIELDS, JoinSchema, joinStep } from './join-flow';

// A join is what a whole class does in the first minute of a period. Through a Server Action it rendered the
// welcome page into its reply, about 40 ms of the app's core each (bench/README.md); as JSON the page shows the
// welcome itself, from the same data.

/** Any JSON object: JoinSchema then reads it field by field, so that a refusal can say which field failed. */
const BodySchema = z.record(z.string(), z.unknown());

/** What was typed in the fields a refusal gives back, as the form post's refusal does. */
function keptValues(body: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of JOIN_KEPT_FIELDS) {
    const value = body[name];
    if (typeof value === 'string') values[name] = value.slice(0, 100);
  }
  return values;
}

/**
 * POST /api/{locale}/join: one step of joining (server/learner/join-flow.ts), for the join page with JavaScript.
 * Answers the step as JSON (lib/join-request.ts) and signs this browser in when it joins or resumes.
 */
export async function joinEndpoint(request: Request, { params }: RouteContext): Promise<Response> {
  const checked = await checkedJsonRequest(request, params, BodySchema);
  const { locale } = checked;
  const t = await getTranslations({ locale });
  const answer = (reply: JoinReply, status = 200) => jsonReply(reply, status);
  const refuse = (
    message: MessageKey,
    fields: Partial<Record<string, MessageKey>> = {},
    status = 400,
    values?: Record<string, string>,
  ) => {
    const fieldErrors = Object.fromEntries(Object.entries(fields).map(([name, key]) => [name, t(key!)]));
    const code = status === 503 ? 'server' : 'invalid';
    return answer({ status: 'error', code, message: t(message), fieldErrors, values }, status);
  };
  if ('refusal' in checked) {
    const { code, status } = checked.refusal;
    return refuse(code === 'not-found' ? 'NotFoundPage.title' : 'Forms.fixErrors', {}, status);
  }
  const values = keptValues(checked.input);
  const parsed = JoinSchema.safeParse(checked.input);
  if (!parsed.success) {
    const fields = failedFieldMessages(z.flattenError(parsed.error), JOIN_FIELD_MESSAGES);
    return refuse('Forms.fixErrors', fields, statusOf('invalid'), values);
  }
  try {
    const outcome = await joinStep(parsed.data, await clientAddress(), await currentLearnerToken());
    switch (outcome.kind) {
      case 'refused':
        return refuse(outcome.message, outcome.fields, outcome.message === 'Forms.throttled' ? 429 : 400, values);
      case 'same-name':
        return answer({ status: 'ok', sameName: outcome.sameName });
      case 'joined':
        await setLearnerCookie(outcome.token);
        return answer({ status: 'ok', welcome: outcome.card });
      case 'resumed': {
        await setLearnerCookie(outcome.token);
        // Every path names its language (i18n/routing.ts), the same in both.
        const next = `/${locale}/lessons/${defaultLessonSlug()}?welcome=back`;
        return answer({ status: 'ok', next });
      }
    }
  } catch (error) {
    console.error('Joining failed', error);
    return refuse('Forms.server', {}, 503, values);
  }
}
