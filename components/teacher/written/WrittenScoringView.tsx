import type { FormAction } from '@/lib/action-result';
import {
  scoringAddress,
  type ItemForScoring,
  type ScoringPlace,
  type WrittenAnswerToScore,
  type WrittenTally,
} from '@/lib/dashboard/written-scoring';
import { AnswerCard } from './AnswerCard';
import { QuestionEnd } from './QuestionEnd';
import { QuestionNav } from './QuestionNav';
import { QuestionPanel } from './QuestionPanel';
import { ReturnScores } from './ReturnScores';
import styles from './WrittenScoring.module.css';

type Props = {
  place: ScoringPlace;
  items: { id: string; number: number }[];
  item: ItemForScoring;
  answers: WrittenAnswerToScore[];
  /** 0-based place of the answer the address names; -1 at the end of the question. */
  index: number;
  /** An article sentence's text in the teacher's language, for the sentences a student picked. */
  sentence: (id: string) => string;
  /** The quiz's written work, as the class page counts it. */
  work: WrittenTally & { items: Record<string, WrittenTally> };
  score: FormAction;
  returnScores: FormAction;
};

/** Scoring by question: one answer at a time with the rubric, progress, the return button. */
export function WrittenScoringView(props: Props) {
  const { place, items, item, answers, index, sentence, work } = props;
  const answer = answers[index];
  const tally = work.items[item.id]!;
  const at = (target?: { answer: string } | 'done', changes: Partial<ScoringPlace> = {}) =>
    scoringAddress({ ...place, ...changes }, target);

  return (
    <div className={styles.layout}>
      {items.length > 1 && <QuestionNav items={items} itemId={item.id} work={work} at={at} />}
      <QuestionPanel item={item} tally={tally} work={work} hideNames={place.hideNames} answer={answer} at={at} />
      {answer ? (
        <AnswerCard
          place={place}
          item={item}
          answers={answers}
          index={index}
          sentence={sentence}
          at={at}
          score={props.score}
        />
      ) : (
        <QuestionEnd answers={answers} tally={tally} at={at} />
      )}
      <ReturnScores place={place} work={work} returnScores={props.returnScores} />
    </div>
  );
}
