import { getTranslations } from 'next-intl/server';
import type { PaceBoard } from '@/lib/assignments/pace-counts';
import type { PostAction } from '@/lib/action-result';
import styles from './PaceBoardView.module.css';

type Props = {
  board: PaceBoard;
  classId: string;
  lessonSlug: string;
  refreshHref: string;
  openSection: PostAction;
};

const paragraphNumber = (id: string) => id.slice(1);

/** The teacher's screen in teacher-paced mode: each section, who has reached and finished it, and the next to open. */
export async function PaceBoardView({ board, classId, lessonSlug, refreshHref, openSection }: Props) {
  const t = await getTranslations('TeacherPace');
  const next = board.openedSection + 1;
  const of = (count: number) => `${count} / ${board.students}`;
  return (
    <>
      <div className={styles.scroll}>
        <table className={styles.table}>
          <caption>{t('caption', { total: board.students })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('section')}</th>
              <th scope="col">{t('paragraphs')}</th>
              <th scope="col">{t('state')}</th>
              <th scope="col">{t('reached')}</th>
              <th scope="col">{t('finished')}</th>
            </tr>
          </thead>
          <tbody>
            {board.sections.map((section, index) => (
              <tr key={section.id} aria-current={index === board.openedSection ? 'step' : undefined}>
                <th scope="row">{t('sectionName', { number: index + 1 })}</th>
                <td>
                  {t('paragraphRange', {
                    from: paragraphNumber(section.from),
                    to: paragraphNumber(section.through),
                  })}
                </td>
                <td>{index <= board.openedSection ? t('open') : t('closed')}</td>
                <td>{index <= board.openedSection ? of(section.reached) : '–'}</td>
                <td>
                  {index > board.openedSection
                    ? '–'
                    : section.checkpoints === 0
                      ? t('noCheckpoint')
                      : of(section.finished)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {next < board.sections.length ? (
        <form action={openSection} className={styles.actions}>
          <input type="hidden" name="classId" value={classId} />
          <input type="hidden" name="lessonSlug" value={lessonSlug} />
          <input type="hidden" name="section" value={next} />
          <button type="submit" className="button">
            {t('openNext', { number: next + 1 })}
          </button>
        </form>
      ) : (
        <p>{t('allOpen')}</p>
      )}
      <p>
        <a href={refreshHref}>{t('refresh')}</a>
      </p>
    </>
  );
}
