import { ActionForm } from '@/components/forms/ActionForm';
import type { FormAction } from '@/lib/action-result';
import styles from './Invite.module.css';

type Props = {
  classId: string;
  regenerate: FormAction;
  labels: { open: string; hint: string; confirm: string };
};

/**
 * A new join code in two steps, without JavaScript too: the first button only opens the confirmation (a disclosure),
 * whose button makes the code.
 */
export function NewJoinCodeForm({ classId, regenerate, labels }: Props) {
  return (
    <details className={styles.confirm}>
      <summary className="button button-secondary">{labels.open}</summary>
      <p>{labels.hint}</p>
      <ActionForm action={regenerate} submitLabel={labels.confirm}>
        <input type="hidden" name="classId" value={classId} />
      </ActionForm>
    </details>
  );
}
