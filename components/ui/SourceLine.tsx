import type { Citation } from '@/content/lesson-schema';

type Props = {
  label: string;
  sources: Citation[];
  className?: string;
  /** A class that shows the address after each title on paper, where a link cannot be followed. */
  printUrlClassName?: string;
};

/** "Source: title (publisher); …": the cited documents are in English, whatever the page's language. */
export function SourceLine({ label, sources, className, printUrlClassName }: Props) {
  return (
    <p className={className}>
      {label}{' '}
      {sources.map((source, index) => (
        <span key={source.url}>
          {index > 0 && '; '}
          <a href={source.url} rel="noreferrer" lang="en">
            {source.title}
          </a>{' '}
          (<span lang="en">{source.publisher}</span>)
          {printUrlClassName && <span className={printUrlClassName}> {source.url}</span>}
        </span>
      ))}
    </p>
  );
}
