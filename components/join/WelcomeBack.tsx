import { getTranslations } from 'next-intl/server';
import styles from './Join.module.css';

/** "Welcome back, Carla", on the lesson a student lands on after signing in with their personal code. */
export async function WelcomeBack({ name }: { name: string }) {
  const t = await getTranslations('Resume');
  return (
    <div className={styles.banner} role="status">
      <p dir="auto">
        <strong>{t('welcomeBack', { name })}</strong> {t('welcomeBackHint')}
      </p>
    </div>
  );
}
