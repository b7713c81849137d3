type Props = { title: string; body: string; homeLabel: string; homeHref: string; headingLevel?: 1 | 2 };

/** The body of every 404 page; a plain <a> because the global 404 renders outside the language layout. */
export function NotFoundMessage({ title, body, homeLabel, homeHref, headingLevel = 1 }: Props) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <>
      <Heading>{title}</Heading>
      <p>{body}</p>
      <p>
        <a href={homeHref}>{homeLabel}</a>
      </p>
    </>
  );
}
