import type { TextSegment } from '@/lib/glossary-marks';
import { GlossaryTerm } from './GlossaryTerm';

type Props = {
  segments: TextSegment[];
  language: 'en' | 'es';
  labels: { otherLanguageTerm: string; close: string };
};

/** A sentence's text with its glossary terms marked. */
export function SentenceText({ segments, language, labels }: Props) {
  return segments.map((segment, index) =>
    segment.entry ? (
      <GlossaryTerm key={index} entry={segment.entry} language={language} text={segment.text} labels={labels} />
    ) : (
      segment.text
    ),
  );
}
