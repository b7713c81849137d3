import { describe, expect, it } from 'vitest';
import { signFamilyToken, verifyFamilyToken } from './family-tokens';

const SECRET = Buffer.from('a test secret that is long enough to be a key');
const LINK_ID = '3f2b8c1e-9a4d-4e7f-8b21-6c5d4e3f2a10';
const NOW = new Date('2026-12-07T10:00:00Z');
const EXPIRES = new Date('2027-01-06T10:00:00Z');

describe('family link tokens', () => {
  it('carry the link id and the expiry, and verify with the same secret', () => {
    const token = signFamilyToken({ linkId: LINK_ID, expiresAt: EXPIRES }, SECRET);
    expect(token).toMatch(/^[A-Za-z0-9_-]{70}$/);
    expect(verifyFamilyToken(token, NOW, SECRET)).toEqual({ linkId: LINK_ID, expiresAt: EXPIRES });
  });

  it('are refused at and after their expiry, and accepted a second before', () => {
    const token = signFamilyToken({ linkId: LINK_ID, expiresAt: EXPIRES }, SECRET);
    expect(verifyFamilyToken(token, new Date(EXPIRES.getTime() - 1000), SECRET)).not.toBeNull();
    expect(verifyFamilyToken(token, EXPIRES, SECRET)).toBeNull();
    expect(verifyFamilyToken(token, new Date(EXPIRES.getTime() + 1000), SECRET)).toBeNull();
  });

  it('are refused when any character is changed, when signed with another secret, or malformed', () => {
    const token = signFamilyToken({ linkId: LINK_ID, expiresAt: EXPIRES }, SECRET);
    for (let index = 0; index < token.length; index += 1) {
      const changed = token.slice(0, index) + (token[index] === 'A' ? 'B' : 'A') + token.slice(index + 1);
      expect(verifyFamilyToken(changed, NOW, SECRET), `character ${index}`).toBeNull();
    }
    expect(verifyFamilyToken(token, NOW, Buffer.from('another secret'))).toBeNull();
    expect(verifyFamilyToken(token.slice(1), NOW, SECRET)).toBeNull();
    expect(verifyFamilyToken(`${token}A`, NOW, SECRET)).toBeNull();
    expect(verifyFamilyToken('', NOW, SECRET)).toBeNull();
  });

  it('cannot be extended: a later expiry with the old signature is refused', () => {
    const token = signFamilyToken({ linkId: LINK_ID, expiresAt: EXPIRES }, SECRET);
    const bytes = Buffer.from(token, 'base64url');
    bytes.writeUInt32BE(bytes.readUInt32BE(16) + 86_400, 16);
    expect(verifyFamilyToken(bytes.toString('base64url'), NOW, SECRET)).toBeNull();
  });
});
