import 'server-only';
import { isAutoGraded, type Quiz, type QuizItem } from '@/content/quiz-schema';
import {
  confusionMatrix,
  hardestFirst,
  mostCommonMistake,
  type Matrix,
  type MatrixRow,
} from '@/lib/dashboard/item-stats';
import { percent } from '@/lib/percent';
import type {
  AnalysedItem,
  DistributionEntry,
  DistributionGroup,
  ItemAnalysis,
  AnswerFilter,
} from '@/lib/dashboard/analysed-items';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import { choiceMisconception, type AnswerChoice } from './answer-choices';
import { countQuizAnswers, type ChoiceCount } from './quiz-counts';
import { type AnswerLabels } from '../quiz/answer-words';
import { organizationName, paragraphNumber, personName, sentenceQuote } from '../quiz/lesson-text';

type Language = 'en' | 'es';

type Context = { lesson: LoadedLesson; language: Language; labels: AnswerLabels; counts: Map<string, number> };

/** The class's answers to one quiz, item by item, with every label in the teacher's language. */
export async function getItemAnalysis(
  teacherId: string,
  classId: string,
  lesson: LoadedLesson,
  quiz: Quiz,
  filter: AnswerFilter,
  language: Language,
  labels: AnswerLabels,
): Promise<ItemAnalysis> {
  const counted = await countQuizAnswers(teacherId, classId, lesson.slug, quiz.id, filter);
  const context: Context = {
    lesson,
    language,
    labels,
    counts: new Map(counted.choices.map((choice) => [choiceKey(choice), choice.count])),
  };
  const totals = new Map(counted.items.map((item) => [item.itemId, item]));
  // A written answer counts once its teacher has returned its score (the top level is "correct"); a written item
  // with no returned score yet is left out.
  const items = quiz.items.flatMap((item, index): AnalysedItem[] => {
    const total = totals.get(item.id);
    const answered = total?.answered ?? 0;
    if (!isAutoGraded(item) && answered === 0) return [];
    const analysed: AnalysedItem = {
      id: item.id,
      position: index + 1,
      prompt: item.prompt[language],
      paragraphNumber: paragraphNumber(lesson, item.paragraph),
      answered,
      percentCorrect: percent(total?.correct ?? 0, answered),
      distribution: distribution(item, answered, context),
    };
    return [analysed];
  });
  const speaker = attributionMatrix(quiz, 'speaker', context);
  const organization = attributionMatrix(quiz, 'organization', context);
  return {
    students: counted.students,
    items: hardestFirst(items),
    scoreBins: counted.scoreBins,
    matrices: { speaker, organization },
    commonMistake: mostCommonMistake([speaker, organization].filter((matrix): matrix is Matrix => matrix !== null)),
  };
}

function choiceKey(choice: Pick<ChoiceCount, 'itemId' | 'rowId' | 'field' | 'choice'>): string {
  return [choice.itemId, choice.rowId, choice.field, choice.choice].join('\u0000');
}

function misconceptionLabel(lesson: LoadedLesson, id: string | undefined, language: Language): string | null {
  return id ? (lesson.misconceptions.find((misconception) => misconception.id === id)?.label[language] ?? null) : null;
}

/** Every choice of an item with its count; choices nobody made are listed too, with zero. */
function distribution(item: QuizItem, answered: number, context: Context): DistributionGroup[] {
  const { lesson, language, labels, counts } = context;
  const count = (choice: string, rowId = '', field = '') =>
    counts.get(choiceKey({ itemId: item.id, rowId, field, choice })) ?? 0;
  const entry = (label: string, value: number, correct: boolean, choice: AnswerChoice): DistributionEntry => ({
    label,
    count: value,
    percent: percent(value, answered),
    correct,
    misconception: correct ? null : misconceptionLabel(lesson, choiceMisconception(lesson, item, choice), language),
  });
  const one = (choice: string): AnswerChoice => ({ rowId: '', field: '', choice });
  switch (item.type) {
    case 'single':
    case 'multiple':
      return [
        {
          label: null,
          entries: item.options.map((option) =>
            entry(option.text[language], count(option.id), option.correct, one(option.id)),
          ),
        },
      ];
    case 'truefalse':
      return [
        {
          label: null,
          entries: [true, false].map((value) =>
            entry(value ? labels.true : labels.false, count(String(value)), value === item.answer, one(String(value))),
          ),
        },
      ];
    case 'evidence':
      return [
        {
          label: null,
          entries: item.choices.map((choice) =>
            entry(
              sentenceQuote(lesson, choice.sentenceId, language).text,
              count(choice.sentenceId),
              item.answer.includes(choice.sentenceId),
              one(choice.sentenceId),
            ),
          ),
        },
      ];
    case 'matching':
      return item.rows.flatMap((row) =>
        item.fields.map((field) => {
          const right = row.answer[field];
          const choices =
            field === 'speaker'
              ? lesson.voices.people.map((person) => ({ id: person.id, label: person.name }))
              : lesson.voices.organizations.map((organization) => ({
                  id: organization.id,
                  label: organizationName(lesson, organization.id, language),
                }));
          return {
            label: matchingRowLabel(lesson, row, language),
            field,
            entries: choices.map((choice) =>
              entry(choice.label, count(choice.id, row.id, field), choice.id === right, {
                rowId: row.id,
                field,
                choice: choice.id,
              }),
            ),
          };
        }),
      );
    case 'written':
      return [
        {
          label: null,
          entries: item.rubric.map((level, index) =>
            entry(
              `${index + 1}. ${level.label[language]}`,
              count(String(index + 1), '', 'level'),
              index + 1 === item.rubric.length,
              { rowId: '', field: 'level', choice: String(index + 1) },
            ),
          ),
        },
      ];
    case 'classification':
      return item.rows.map((row) => ({
        label: `“${row.quote.text[language]}”`,
        field: 'kind' as const,
        entries: (['quote', 'paraphrase', 'reporter'] as const).map((kind) =>
          entry(labels.kinds[kind], count(kind, row.id, 'kind'), kind === row.answer, {
            rowId: row.id,
            field: 'kind',
            choice: kind,
          }),
        ),
      }));
  }
}

type MatchingRow = Extract<QuizItem, { type: 'matching' }>['rows'][number];

function matchingRowLabel(lesson: LoadedLesson, row: MatchingRow, language: Language): string {
  return row.quote ? `“${row.quote.text[language]}”` : personName(lesson, row.person);
}

/** Who students said said what (or worked where), over every matching row of the quiz that asks for `field`. */
function attributionMatrix(quiz: Quiz, field: 'speaker' | 'organization', context: Context): Matrix | null {
  const { lesson, language, counts } = context;
  const rows: MatrixRow[] = [];
  const cellCounts = new Map<string, Map<string, number>>();
  const columns =
    field === 'speaker'
      ? lesson.voices.people.map((person) => ({ id: person.id, label: person.name }))
      : lesson.voices.organizations.map((organization) => ({
          id: organization.id,
          label: organization.acronym[language],
        }));
  for (const item of quiz.items) {
    if (item.type !== 'matching' || !item.fields.includes(field)) continue;
    for (const row of item.rows) {
      const key = `${item.id}/${row.id}`;
      rows.push({ id: key, label: matchingRowLabel(lesson, row, language), rightColumn: row.answer[field] ?? '' });
      cellCounts.set(
        key,
        new Map(
          columns.map((column) => [
            column.id,
            counts.get(choiceKey({ itemId: item.id, rowId: row.id, field, choice: column.id })) ?? 0,
          ]),
        ),
      );
    }
  }
  return rows.length ? confusionMatrix(rows, columns, cellCounts) : null;
}
