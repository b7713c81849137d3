// A strict reader and a small writer for the XML a PNP file needs: elements, attributes, text, namespaces, comments
// and the five predefined entities. Anything else (a DOCTYPE and its entities, CDATA, processing instructions, text
// beside child elements) is refused, so a file is either read exactly or not at all. No dependency does this for us.

export type XmlElement = {
  namespace: string;
  /** The local name, without its prefix. */
  name: string;
  /** Attributes by the name as written (`xml:lang`, `count`), namespace declarations left out. */
  attributes: Map<string, string>;
  children: XmlElement[];
  /** The element's text, entities decoded; empty when it has child elements. */
  text: string;
};

export type XmlReadResult = { ok: true; root: XmlElement } | { ok: false; message: string };

/** The longest PNP file read, in characters: the import form holds files to it too. */
export const PNP_MAX_LENGTH = 64 * 1024;
const MAX_DEPTH = 16;
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const NAME = /[A-Za-z_][A-Za-z0-9_.-]*(?::[A-Za-z_][A-Za-z0-9_.-]*)?/y;
const ENTITIES = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);
const ESCAPES = new Map([...ENTITIES].map(([name, character]) => [character, `&${name};`]));

class XmlSyntaxError extends Error {}

/** Reads a whole document; refuses what this subset does not allow with a one-line reason. */
export function readXml(source: string): XmlReadResult {
  if (source.length > PNP_MAX_LENGTH) return { ok: false, message: `the file is over ${PNP_MAX_LENGTH / 1024} KiB` };
  try {
    return { ok: true, root: new Reader(source).document() };
  } catch (error) {
    if (error instanceof XmlSyntaxError) return { ok: false, message: error.message };
    throw error;
  }
}

class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  document(): XmlElement {
    if (this.source.startsWith('\uFEFF')) this.at = 1;
    if (this.source.startsWith('<?xml', this.at)) this.skipPast('?>', 'the XML declaration');
    this.skipMisc();
    if (!this.source.startsWith('<', this.at)) this.fail('expected the root element');
    const root = this.element(
      new Map([
        ['', ''],
        ['xml', XML_NAMESPACE],
      ]),
      1,
    );
    this.skipMisc();
    if (this.at < this.source.length) this.fail('content after the root element');
    return root;
  }

  private element(scope: Map<string, string>, depth: number): XmlElement {
    if (depth > MAX_DEPTH) this.fail(`elements nested deeper than ${MAX_DEPTH}`);
    this.at += 1;
    const qualifiedName = this.name();
    const written = new Map<string, string>();
    for (;;) {
      const hadSpace = this.skipSpace();
      if (this.source.startsWith('/>', this.at) || this.source.startsWith('>', this.at)) break;
      if (!hadSpace) this.fail(`expected a space or the end of <${qualifiedName}>`);
      const attribute = this.name();
      this.skipSpace();
      this.expect('=');
      this.skipSpace();
      const quote = this.source[this.at];
      if (quote !== '"' && quote !== "'") this.fail(`the value of ${attribute} is not quoted`);
      const end = this.source.indexOf(quote, this.at + 1);
      if (end < 0) this.fail(`the value of ${attribute} is not closed`);
      const raw = this.source.slice(this.at + 1, end);
      if (raw.includes('<')) this.fail(`the value of ${attribute} contains <`);
      if (written.has(attribute)) this.fail(`${attribute} is written twice on <${qualifiedName}>`);
      written.set(attribute, this.decode(raw, this.at + 1));
      this.at = end + 1;
    }

    const inner = new Map(scope);
    const attributes = new Map<string, string>();
    for (const [attribute, value] of written) {
      if (attribute === 'xmlns') inner.set('', value);
      else if (attribute.startsWith('xmlns:')) inner.set(attribute.slice(6), value);
      else attributes.set(attribute, value);
    }
    for (const attribute of attributes.keys()) {
      const colon = attribute.indexOf(':');
      if (colon >= 0 && !inner.has(attribute.slice(0, colon))) this.fail(`the prefix of ${attribute} is not declared`);
    }
    const colon = qualifiedName.indexOf(':');
    const name = qualifiedName.slice(colon + 1);
    const namespace = inner.get(colon >= 0 ? qualifiedName.slice(0, colon) : '');
    if (namespace === undefined) this.fail(`the prefix of <${qualifiedName}> is not declared`);

    const element: XmlElement = { namespace, name, attributes, children: [], text: '' };
    if (this.source.startsWith('/>', this.at)) {
      this.at += 2;
      return element;
    }
    this.at += 1;
    let text = '';
    for (;;) {
      if (this.at >= this.source.length) this.fail(`<${qualifiedName}> is not closed`);
      if (this.source.startsWith('</', this.at)) break;
      if (this.source.startsWith('<!--', this.at)) this.skipPast('-->', 'a comment');
      else if (this.source.startsWith('<!', this.at) || this.source.startsWith('<?', this.at))
        this.fail('CDATA sections, DOCTYPEs and processing instructions are not accepted');
      else if (this.source.startsWith('<', this.at)) element.children.push(this.element(inner, depth + 1));
      else {
        const end = this.source.indexOf('<', this.at);
        const stop = end < 0 ? this.source.length : end;
        text += this.decode(this.source.slice(this.at, stop), this.at);
        this.at = stop;
      }
    }
    this.at += 2;
    const closing = this.name();
    if (closing !== qualifiedName) this.fail(`<${qualifiedName}> is closed by </${closing}>`);
    this.skipSpace();
    this.expect('>');
    if (element.children.length > 0 && text.trim() !== '') this.fail(`<${qualifiedName}> mixes text and elements`);
    element.text = element.children.length > 0 ? '' : text;
    return element;
  }

  /** Decodes the entities of `raw`, which starts at `start` in the source (for the line of an error). */
  private decode(raw: string, start: number): string {
    return raw.replace(/&([^;&]*);?/g, (match, body: string, offset: number) => {
      this.at = start + offset;
      if (!match.endsWith(';')) this.fail('an & that starts no entity');
      const named = ENTITIES.get(body);
      if (named !== undefined) return named;
      const code = /^#x[0-9a-fA-F]{1,6}$/.test(body)
        ? parseInt(body.slice(2), 16)
        : /^#[0-9]{1,7}$/.test(body)
          ? Number(body.slice(1))
          : null;
      if (code === null) this.fail(`the entity &${body}; is not one of XML's own`);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) this.fail(`&${body}; is no character`);
      return String.fromCodePoint(code);
    });
  }

  private name(): string {
    NAME.lastIndex = this.at;
    const match = NAME.exec(this.source);
    if (!match) this.fail('expected a name');
    this.at = NAME.lastIndex;
    return match[0];
  }

  private skipSpace(): boolean {
    const start = this.at;
    while (/\s/.test(this.source[this.at] ?? '')) this.at += 1;
    return this.at > start;
  }

  private skipMisc() {
    for (;;) {
      this.skipSpace();
      if (this.source.startsWith('<!--', this.at)) this.skipPast('-->', 'a comment');
      else if (this.source.startsWith('<!', this.at) || this.source.startsWith('<?', this.at))
        this.fail('CDATA sections, DOCTYPEs and processing instructions are not accepted');
      else return;
    }
  }

  private skipPast(end: string, what: string) {
    const found = this.source.indexOf(end, this.at);
    if (found < 0) this.fail(`${what} is not closed`);
    this.at = found + end.length;
  }

  private expect(text: string) {
    if (!this.source.startsWith(text, this.at)) this.fail(`expected ${text}`);
    this.at += text.length;
  }

  private fail(message: string): never {
    const line = this.source.slice(0, this.at).split('\n').length;
    throw new XmlSyntaxError(`${message} (line ${line})`);
  }
}

/** Text and attribute values, safe between tags and inside double quotes. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES.get(character) ?? character);
}

export type XmlNode = { name: string; attributes?: [string, string][]; children?: XmlNode[]; text?: string };

/** Writes a node and its children, two spaces per level, every value escaped. */
export function writeXml(node: XmlNode, indent = ''): string {
  const attributes = (node.attributes ?? []).map(([name, value]) => ` ${name}="${escapeXml(value)}"`).join('');
  const open = `${indent}<${node.name}${attributes}`;
  if (node.children?.length)
    return [
      `${open}>`,
      ...node.children.map((child) => writeXml(child, `${indent}  `)),
      `${indent}</${node.name}>`,
    ].join('\n');
  if (node.text !== undefined) return `${open}>${escapeXml(node.text)}</${node.name}>`;
  return `${open}/>`;
}
