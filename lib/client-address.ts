// Throttles count per client address. One IPv6 subscriber usually holds a whole /64, so an address in it is counted as
// its /64; an IPv4 address written in IPv6 form (::ffff:a.b.c.d) is counted as the IPv4 address.

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** The eight 16-bit groups of an IPv6 address, or null when it is not one. */
function ipv6Groups(address: string): number[] | null {
  const withoutZone = address.split('%')[0]!;
  let text = withoutZone;
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  if (IPV4.test(tail)) {
    const bytes = tail.split('.').map(Number);
    if (bytes.some((byte) => byte > 255)) return null;
    text = `${text.slice(0, lastColon + 1)}${((bytes[0]! << 8) | bytes[1]!).toString(16)}:${((bytes[2]! << 8) | bytes[3]!).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string) => (part === '' ? [] : part.split(':'));
  const head = parse(halves[0]!);
  const rest = halves.length === 2 ? parse(halves[1]!) : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest];
  if (groups.some((group) => !/^[0-9a-f]{1,4}$/i.test(group))) return null;
  return groups.map((group) => parseInt(group, 16));
}

/** The bucket a client address is counted in: the IPv4 address, an IPv6 /64 ("2001:db8:1:2::/64"), or "unknown". */
export function addressBucket(address: string | null | undefined): string {
  const value = (address ?? '').trim();
  const v4 = IPV4.exec(value);
  if (v4) return v4.slice(1).every((byte) => Number(byte) <= 255) ? v4.slice(1).map(Number).join('.') : 'unknown';
  const groups = ipv6Groups(value);
  if (!groups) return 'unknown';
  const mappedV4 = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  if (mappedV4) return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join('.');
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}
