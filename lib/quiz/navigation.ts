/**
 * Which question to show: the one in `?q=` when it is valid (1-based; one past the last is the review screen),
 * otherwise the first question that still needs an answer, so that coming back resumes where the student was.
 */
export function initialQuestionIndex(
  q: string | string[] | undefined,
  itemIds: string[],
  answers: Record<string, { checked: boolean }>,
  feedbackMode: 'immediate' | 'deferred',
): number {
  const requested = typeof q === 'string' && /^\d+$/.test(q) ? Number(q) : NaN;
  if (requested >= 1 && requested <= itemIds.length + 1) return requested - 1;
  const next = itemIds.findIndex((id) => !answers[id] || (feedbackMode === 'immediate' && !answers[id].checked));
  return next === -1 ? itemIds.length : next;
}
