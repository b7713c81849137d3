import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithIntl } from '@/components/testing/render';
import { pendingKey, readPending } from '@/lib/quiz/pending-answers';
import type { ItemFeedback, PublicQuiz } from '@/lib/quiz/public-item';
import type { SaveAnswer, SaveReply, SaveRequest } from '@/lib/quiz/save-request';
import { NO_QUIZ_SUPPORTS, type QuizSupports } from '@/lib/supports/quiz-view';
import en from '@/messages/en.json';
import type { QuizActions } from './quiz-actions';
import { QuizRunner } from './QuizRunner';

vi.mock('@/i18n/navigation', () => ({ useRouter: () => ({ push: vi.fn() }) }));

// The page hands the quiz its Server Actions and the quiz posts its saves to the answers endpoint; the tests fake both.
const save = vi.fn<SaveAnswer>();
vi.mock('@/lib/quiz/post-answer', () => ({ postAnswer: (request: SaveRequest) => save(request) }));
const actions = { submitAttempt: vi.fn(), answerItemForm: vi.fn(), submitAttemptForm: vi.fn(), chooseTools: vi.fn() };

const quiz: PublicQuiz = {
  id: 'comprehension',
  lessonSlug: 'zero-tolerance',
  title: 'Check your understanding',
  intro: '',
  items: [
    {
      id: 'q1',
      type: 'single',
      prompt: 'How many schools took part?',
      options: [
        { id: 'a', text: 'Six' },
        { id: 'b', text: 'Eight' },
      ],
    },
    { id: 'q2', type: 'truefalse', prompt: 'The policy changed in 2020.' },
  ],
};

const wrongFeedback: ItemFeedback = {
  itemId: 'q1',
  score: 0,
  correct: false,
  explanation: 'The article names six schools.',
  paragraphId: 'p-3',
  paragraphNumber: 3,
  correctAnswer: ['Six'],
  correctOptionIds: ['a'],
};

/** What the server answers to a save that it stored: a check gets the feedback it is given. */
function stored(request: SaveRequest, feedback?: ItemFeedback): SaveReply {
  return {
    status: 'ok',
    attemptId: 'attempt-1',
    itemId: request.itemId,
    checked: request.check,
    ...(feedback ? { feedback } : {}),
    queueOwner: 'visitor',
  };
}

function renderQuiz(props: Partial<Parameters<typeof QuizRunner>[0]> = {}) {
  return renderWithIntl(
    <QuizRunner
      quiz={quiz}
      attemptId={null}
      feedbackMode="immediate"
      initialAnswers={{}}
      initialFeedback={{}}
      initialIndex={0}
      lessonHref="/en/lessons/zero-tolerance"
      optionSeed={7}
      queueOwner="visitor"
      actions={actions}
      {...props}
    />,
  );
}

beforeEach(() => {
  save.mockImplementation(async (request) => stored(request, request.check ? wrongFeedback : undefined));
  window.history.replaceState(null, '', '/en/lessons/zero-tolerance/quiz/comprehension');
});

describe('QuizRunner', () => {
  it('shows the first question, unanswered', () => {
    renderQuiz();
    expect(screen.getByText('Question 1 of 2')).toBeInTheDocument();
    const question = screen.getByRole('group', { name: 'How many schools took part?' });
    expect(
      within(question)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['a', 'b']);
    expect(within(question).getByRole('radio', { name: 'Six' })).not.toBeChecked();
    expect(screen.getByRole('progressbar', { name: 'Questions' })).toHaveAttribute('aria-valuetext', '0 of 2 answered');
    expect(screen.getByRole('button', { name: 'Check answer' })).toBeEnabled();
    expect(screen.getByRole('link', { name: 'Next question' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Previous question' })).not.toBeInTheDocument();
    expect(save).not.toHaveBeenCalled();
  });

  it('saves the chosen answer, checks it and shows the feedback it gets back', async () => {
    const user = userEvent.setup();
    renderQuiz();

    await user.click(screen.getByRole('radio', { name: 'Eight' }));
    // The autosave: the first save starts the attempt, so it carries the option order the page showed.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('All answers saved.'));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenLastCalledWith({
      lessonSlug: 'zero-tolerance',
      quizId: 'comprehension',
      attemptId: null,
      itemId: 'q1',
      response: { optionId: 'b' },
      saveId: expect.any(String),
      seq: 1,
      check: false,
      optionSeed: 7,
    });
    expect(screen.getByRole('progressbar', { name: 'Questions' })).toHaveAttribute('aria-valuetext', '1 of 2 answered');

    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    // The check goes to the attempt the first save started.
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith({
      lessonSlug: 'zero-tolerance',
      quizId: 'comprehension',
      attemptId: 'attempt-1',
      itemId: 'q1',
      response: { optionId: 'b' },
      saveId: expect.any(String),
      seq: 2,
      check: true,
    });
    expect(save.mock.calls[1]![0].saveId).not.toBe(save.mock.calls[0]![0].saveId);

    const title = await screen.findByText('Not quite.');
    expect(screen.getByText('Right answer:')).toBeInTheDocument();
    expect(screen.getByText('Six', { selector: 'li' })).toBeInTheDocument();
    expect(screen.getByText('The article names six schools.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Read paragraph 3 again' })).toHaveAttribute(
      'href',
      '/en/lessons/zero-tolerance#p-3',
    );
    await waitFor(() => expect(title.parentElement).toHaveFocus());
    // A checked answer is locked.
    expect(screen.getByRole('radio', { name: 'Eight' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Eight' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Check answer' })).not.toBeInTheDocument();
  });

  it('moves to the next question and puts focus on it', async () => {
    const user = userEvent.setup();
    renderQuiz();

    await user.click(screen.getByRole('link', { name: 'Next question' }));

    expect(screen.getByText('Question 2 of 2')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'How many schools took part?' })).not.toBeInTheDocument();
    const question = screen.getByRole('group', { name: 'The policy changed in 2020.' });
    expect(within(question).getByRole('radio', { name: 'True' })).toBeInTheDocument();
    expect(within(question).getByRole('radio', { name: 'False' })).toBeInTheDocument();
    expect(screen.getByText('The policy changed in 2020.')).toHaveFocus();
    expect(window.location.search).toBe('?q=2');
    expect(screen.getByRole('link', { name: 'Previous question' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Review and submit' })).toBeInTheDocument();
  });

  it('keeps an answer whose save failed, on the page and on the device, and says it is retrying', async () => {
    const user = userEvent.setup();
    save.mockResolvedValue({
      status: 'error',
      code: 'server',
      message: 'Something went wrong on our side. Your answer is kept; try again.',
    });
    renderQuiz();

    await user.click(screen.getByRole('radio', { name: 'Eight' }));

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Could not reach the server. Trying again…'),
    );
    expect(save.mock.calls[0]![0]).toMatchObject({ itemId: 'q1', response: { optionId: 'b' }, check: false });
    expect(screen.getByRole('radio', { name: 'Eight' })).toBeChecked();
    expect(screen.getByRole('progressbar', { name: 'Questions' })).toHaveAttribute('aria-valuetext', '1 of 2 answered');
    // Kept for a reload: the unsent save waits in localStorage under this learner and quiz.
    expect(readPending<SaveRequest>(localStorage, pendingKey('visitor', 'zero-tolerance:comprehension'))).toEqual([
      expect.objectContaining({ itemId: 'q1', response: { optionId: 'b' } }),
    ]);

    // Leaving the question and coming back shows the answer still chosen.
    await user.click(screen.getByRole('link', { name: 'Next question' }));
    await user.click(screen.getByRole('link', { name: 'Previous question' }));
    expect(screen.getByRole('radio', { name: 'Eight' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Six' })).not.toBeChecked();
  });

  it('shows the answers a closed tab left on this device, says they wait there, and sends them', async () => {
    const key = pendingKey('visitor', 'zero-tolerance:comprehension');
    const left: SaveRequest = {
      lessonSlug: 'zero-tolerance',
      quizId: 'comprehension',
      attemptId: null,
      itemId: 'q1',
      response: { optionId: 'b' },
      saveId: 'left-behind',
      seq: 2,
      check: true,
      optionSeed: 7,
    };
    localStorage.setItem(key, JSON.stringify([left]));
    save.mockResolvedValue({ status: 'error', code: 'server', message: 'Something went wrong on our side.' });
    renderQuiz();

    expect(await screen.findByText(en.Quiz.onDevice.check)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Eight' })).toBeChecked();
    expect(save.mock.calls[0]![0]).toMatchObject({ saveId: 'left-behind', check: true });
    localStorage.removeItem(key);
  });

  it('keeps a submit that cannot reach the server on the device, and tries it again every 15 s', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      actions.submitAttempt.mockRejectedValueOnce(new TypeError('Failed to fetch'));
      actions.submitAttempt.mockResolvedValueOnce({ status: 'ok', resultsPath: '/en/results' });
      renderQuiz({ attemptId: 'attempt-1', initialIndex: quiz.items.length });

      await user.click(screen.getByRole('button', { name: en.Quiz.submit }));
      expect(await screen.findByText(en.Quiz.onDevice.submit)).toBeInTheDocument();
      expect(actions.submitAttempt).toHaveBeenCalledTimes(1);
      const flag = pendingKey('visitor', 'submit:zero-tolerance:comprehension');
      expect(localStorage.getItem(flag)).toBe('1');

      await vi.advanceTimersByTimeAsync(15_000);
      await waitFor(() => expect(actions.submitAttempt).toHaveBeenCalledTimes(2));
      expect(actions.submitAttempt).toHaveBeenLastCalledWith({
        lessonSlug: 'zero-tolerance',
        quizId: 'comprehension',
        attemptId: 'attempt-1',
      });
      await waitFor(() => expect(localStorage.getItem(flag)).toBeNull());
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows an error the server gives for good in the alert, and keeps the answer chosen', async () => {
    const user = userEvent.setup();
    save.mockResolvedValue({
      status: 'error',
      code: 'invalid',
      message: 'That answer could not be read. Choose again.',
    });
    renderQuiz();

    await user.click(screen.getByRole('radio', { name: 'Six' }));

    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('That answer could not be read. Choose again.'),
    );
    expect(screen.getByRole('radio', { name: 'Six' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Six' })).toBeEnabled();
  });

  it('asks for an answer before checking, without sending anything', async () => {
    const user = userEvent.setup();
    renderQuiz();
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose an answer first.');
    expect(save).not.toHaveBeenCalled();
  });

  it('turns on a tool the profile offers from “Your tools”: saved for the student, applied at once', async () => {
    const user = userEvent.setup();
    const offered: QuizSupports = {
      ...NO_QUIZ_SUPPORTS,
      masking: { startHidden: false },
      choices: { offered: ['answerMasking'], chosen: [] },
    };
    const chooseTools = vi.fn<QuizActions['chooseTools']>(async () => ({
      status: 'ok' as const,
      message: en.Quiz.tools.saved,
      tools: {
        ...offered,
        masking: { startHidden: true },
        choices: { offered: ['answerMasking'], chosen: ['answerMasking'] },
      },
    }));
    renderQuiz({ actions: { ...actions, chooseTools }, supports: offered });
    const option = screen.getByRole('radio', { name: 'Six' });
    expect(option).toBeVisible();
    expect(screen.queryByRole('checkbox', { name: en.Quiz.tools.readAloud })).toBeNull();

    await user.click(screen.getByText(en.Quiz.tools.heading));
    await user.click(screen.getByRole('checkbox', { name: en.Quiz.tools.answerMasking }));
    expect(chooseTools).toHaveBeenCalledOnce();
    expect(chooseTools.mock.calls[0]![1].getAll('chosen')).toEqual(['answerMasking']);
    expect(await screen.findByText(en.Quiz.tools.saved)).toBeVisible();
    // Masked from now on: the option is behind its closed disclosure, and no answer was saved for the choice.
    await waitFor(() => expect(option.closest('details')?.open).toBe(false));
    expect(save).not.toHaveBeenCalled();
  });

  it('keeps the feedback for later when the quiz defers it', async () => {
    const user = userEvent.setup();
    save.mockImplementation(async (request) => stored(request));
    renderQuiz({ feedbackMode: 'deferred' });
    await user.click(screen.getByRole('radio', { name: 'Six' }));
    await user.click(screen.getByRole('button', { name: 'Save answer' }));
    expect(await screen.findByText('Saved. You will see how you did after you submit the quiz.')).toBeInTheDocument();
    expect(save).toHaveBeenLastCalledWith(
      expect.objectContaining({ itemId: 'q1', response: { optionId: 'a' }, check: true }),
    );
    expect(screen.queryByText('Not quite.')).not.toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Six' })).toBeDisabled();
  });
});
