import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLesson } from '@/content/check-lesson';
import { LESSONS_DIR, readLessonFiles } from '@/content/lesson-files';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import { testWisenessReport } from './report';

const labels = {
  en: { true: en.Quiz.true, false: en.Quiz.false, kinds: en.Quiz.kinds },
  es: { true: es.Quiz.true, false: es.Quiz.false, kinds: es.Quiz.kinds },
};

describe('the content check’s test-wiseness report', () => {
  it('puts guided reading’s checkpoints before the robot too, in both languages, and they pass', () => {
    const result = checkLesson(readLessonFiles(path.join(LESSONS_DIR, 'zero-tolerance')));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const report = testWisenessReport(result.lesson, labels);
    expect(report.lines.filter((line) => line.startsWith('  | checkpoints |'))).toHaveLength(2);
    expect(report.failures).toEqual([]);
  });
});
