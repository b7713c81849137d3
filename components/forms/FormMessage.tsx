import styles from './Forms.module.css';

/** The form's overall result, announced politely; errors in red. */
export function FormMessage({ message, tone }: { message?: string; tone: 'ok' | 'error' | 'idle' }) {
  return (
    <p role="status" className={tone === 'error' ? styles.error : styles.ok}>
      {message ?? ''}
    </p>
  );
}
