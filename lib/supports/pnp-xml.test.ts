import { describe, expect, it } from 'vitest';
import { escapeXml, readXml, writeXml } from './pnp-xml';

describe('writeXml and readXml', () => {
  it('escape on the way out what they decode on the way in', () => {
    const hostile = `a"b'c<d>e&f</x><!--`;
    const written = writeXml({
      name: 'p:root',
      attributes: [
        ['xmlns:p', 'urn:example'],
        ['note', hostile],
      ],
      children: [{ name: 'p:text', text: hostile }],
    });
    expect(written).not.toContain('<d>');
    const read = readXml(written);
    expect(read).toMatchObject({ ok: true, root: { namespace: 'urn:example', name: 'root' } });
    if (!read.ok) return;
    expect(read.root.attributes.get('note')).toBe(hostile);
    expect(read.root.children[0]?.text).toBe(hostile);
  });

  it('escapes the five characters XML reserves, and nothing else', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a> ñ`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt; ñ',
    );
  });

  it('decodes character references and keeps namespaces per element', () => {
    const read = readXml('<a xmlns="urn:one"><b xmlns="urn:two">&#xF1;&#241;</b><c/></a>');
    expect(read).toMatchObject({
      ok: true,
      root: {
        namespace: 'urn:one',
        children: [
          { namespace: 'urn:two', name: 'b', text: 'ññ' },
          { namespace: 'urn:one', name: 'c' },
        ],
      },
    });
  });

  it.each([
    ['&#0;', /no character/],
    ['&#xD800;', /no character/],
    ['a & b', /& that starts no entity/],
    ['&constructor;', /not one of XML's own/],
  ])('refuses %j with a reason and its line', (text, reason) => {
    const read = readXml(`<a>\n${text}</a>`);
    expect(read).toMatchObject({ ok: false });
    if (read.ok) return;
    expect(read.message).toMatch(reason);
    expect(read.message).toMatch(/\(line 2\)$/);
  });
});
