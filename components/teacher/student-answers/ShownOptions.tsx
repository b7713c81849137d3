import type { ShownOption } from '@/lib/quiz/public-item';
import styles from '../Teacher.module.css';

type Props = { options: ShownOption[]; label: string; chosen: string; right: string };

/** A choice item's options in the student's order, the chosen ones in bold, each mark also in words. */
export function ShownOptions({ options, label, chosen, right }: Props) {
  return (
    <ol className={styles.answerList} aria-label={label}>
      {options.map((option) => (
        <li key={option.text} data-chosen={option.chosen || undefined} data-right={option.correct || undefined}>
          {option.chosen ? <strong>{option.text}</strong> : option.text}
          {(option.chosen || option.correct) &&
            ` (${[option.chosen && chosen, option.correct && right].filter(Boolean).join(', ')})`}
        </li>
      ))}
    </ol>
  );
}
