'use client';

import type { ItemFeedback, PublicItem } from '@/lib/quiz/public-item';
import { ChoiceItem } from './items/ChoiceItem';
import { ClassificationItem } from './items/ClassificationItem';
import { EvidenceItem } from './items/EvidenceItem';
import { MatchingItem } from './items/MatchingItem';
import { WrittenItem } from './items/WrittenItem';

type Props = { item: PublicItem; saved: unknown; feedback?: ItemFeedback; headingId: string; lessonHref: string };

/** The inputs of one item, by type; their names are what lib/quiz/form-response.ts reads. */
export function QuizItemBody({ item, lessonHref, ...rest }: Props) {
  switch (item.type) {
    case 'single':
    case 'multiple':
    case 'truefalse':
      return <ChoiceItem item={item} {...rest} />;
    case 'evidence':
      return <EvidenceItem item={item} {...rest} />;
    case 'matching':
      return <MatchingItem item={item} lessonHref={lessonHref} {...rest} />;
    case 'classification':
      return <ClassificationItem item={item} lessonHref={lessonHref} {...rest} />;
    case 'written':
      return <WrittenItem item={item} saved={rest.saved} headingId={rest.headingId} />;
  }
}
