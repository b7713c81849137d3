import 'server-only';
import { z } from 'zod';
import { DisplayNameSchema } from '@/lib/account-rules';
import { codeSchema } from '@/lib/join-code';
import type { JoinedCard, SameName } from '@/lib/join-request';
import type { MessageKey } from '../action-kit';
import { RESUME_CODE_LENGTH } from '../auth/resume-codes';
import { joinClass, resumeStudent } from './students';

// The three steps of joining, whichever way they are posted (the join page's form without JavaScript, its JSON
// endpoint with it): the class code and a name; then, when the class already has that name, "Is this you?" answered
// with the personal code ('me') or with a name of one's own ('another').

export const JoinSchema = z.object({
  intent: z.enum(['join', 'me', 'another']).default('join'),
  code: codeSchema(6),
  displayName: DisplayNameSchema,
  resumeCode: codeSchema(RESUME_CODE_LENGTH).optional(),
  newName: DisplayNameSchema.optional(),
});

export type JoinInput = z.output<typeof JoinSchema>;
type JoinField = keyof z.input<typeof JoinSchema> & string;

/** The message under each field that fails the schema. */
export const JOIN_FIELD_MESSAGES: Partial<Record<JoinField, MessageKey>> = {
  code: 'Join.unknownCode',
  displayName: 'Join.nameHint',
  resumeCode: 'Join.personalCodeWrong',
  newName: 'Join.anotherTaken',
};

/** The fields whose typed value a refusal gives back. */
export const JOIN_KEPT_FIELDS: JoinField[] = ['intent', 'code', 'displayName', 'resumeCode', 'newName'];

export type JoinOutcome =
  | { kind: 'refused'; message: MessageKey; fields?: Partial<Record<JoinField, MessageKey>> }
  | { kind: 'same-name'; sameName: SameName }
  | { kind: 'joined'; token: string; card: JoinedCard }
  | { kind: 'resumed'; token: string };

/**
 * One step of joining. A name the class already has asks "Is this you?" instead of making a second row; the caller
 * signs the browser in with the token of 'joined' or 'resumed'.
 */
export async function joinStep(input: JoinInput, address: string, currentToken?: string): Promise<JoinOutcome> {
  const { intent, code, displayName, resumeCode, newName } = input;
  if (intent === 'me') {
    const wrongCode = {
      kind: 'refused',
      message: 'Join.personalCodeWrong',
      fields: { resumeCode: 'Join.personalCodeWrong' },
    } as const;
    if (!resumeCode) return wrongCode;
    const result = await resumeStudent(code, resumeCode, address);
    if (!result.ok) return result.error === 'throttled' ? { kind: 'refused', message: 'Forms.throttled' } : wrongCode;
    return { kind: 'resumed', token: result.token };
  }
  const anotherTaken = {
    kind: 'refused',
    message: 'Join.anotherTaken',
    fields: { newName: 'Join.anotherTaken' },
  } as const;
  if (intent === 'another' && !newName) return anotherTaken;
  const name = intent === 'another' ? newName! : displayName;
  const result = await joinClass(code, name, address, currentToken);
  if (result.ok) {
    const { token, displayName: joinedAs, className, resumeCode: personalCode, locale } = result;
    return { kind: 'joined', token, card: { displayName: joinedAs, className, resumeCode: personalCode, locale } };
  }
  if (result.error === 'throttled') return { kind: 'refused', message: 'Forms.throttled' };
  if (result.error === 'unknown-code')
    return { kind: 'refused', message: 'Join.unknownCode', fields: { code: 'Join.unknownCode' } };
  if (intent === 'another') return anotherTaken;
  return { kind: 'same-name', sameName: { code, displayName } };
}
