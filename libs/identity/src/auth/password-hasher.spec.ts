import { DEFAULT_SCRYPT_COST, PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  const cheap = new PasswordHasher({ N: 1024, r: 8, p: 1 });

  it('stores a salted scrypt hash that names its cost and never contains the password', async () => {
    const hash = await cheap.hash('correct horse battery staple');
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{86}$/);
    expect(hash).not.toContain('correct horse');
  });

  it('salts every hash, so one password gives different hashes', async () => {
    const [a, b] = await Promise.all([cheap.hash('same password here'), cheap.hash('same password here')]);
    expect(a).not.toBe(b);
    expect(a.split('$')[4]).not.toBe(b.split('$')[4]);
  });

  it('verifies the right password and rejects a wrong one', async () => {
    const hash = await cheap.hash('the-right-password');
    await expect(cheap.verify('the-right-password', hash)).resolves.toBe(true);
    await expect(cheap.verify('the-right-passwore', hash)).resolves.toBe(false);
    await expect(cheap.verify('', hash)).resolves.toBe(false);
    await expect(cheap.verify('THE-RIGHT-PASSWORD', hash)).resolves.toBe(false);
  });

  it('rejects a tampered or malformed hash instead of throwing', async () => {
    const hash = await cheap.hash('the-right-password');
    const parts = hash.split('$');
    const flipped = parts[5][0] === 'A' ? 'B' : 'A';
    await expect(
      cheap.verify('the-right-password', [...parts.slice(0, 5), flipped + parts[5].slice(1)].join('$')),
    ).resolves.toBe(false);
    await expect(
      cheap.verify('the-right-password', [...parts.slice(0, 5), parts[5].slice(0, 40)].join('$')),
    ).resolves.toBe(false);
    await expect(cheap.verify('the-right-password', 'the-right-password')).resolves.toBe(false);
    await expect(cheap.verify('the-right-password', 'bcrypt$1$2$3$a$b')).resolves.toBe(false);
    await expect(cheap.verify('the-right-password', 'scrypt$x$8$1$a$b')).resolves.toBe(false);
  });

  it('verifies with the cost stored in the hash, so the cost can rise later', async () => {
    const stronger = new PasswordHasher({ N: 2048, r: 8, p: 2 });
    const old = await cheap.hash('kept-across-upgrades');
    await expect(stronger.verify('kept-across-upgrades', old)).resolves.toBe(true);
    expect(await stronger.hash('x'.repeat(12))).toMatch(/^scrypt\$2048\$8\$2\$/);
  });

  it('treats canonically equal Unicode passwords alike', async () => {
    const composed = 'caf\u00e9-password-12';
    const decomposed = 'cafe\u0301-password-12';
    await expect(cheap.verify(decomposed, await cheap.hash(composed))).resolves.toBe(true);
  });

  it('is slow by default: at least 2^15 × 8 (32 MiB per hash)', () => {
    expect(DEFAULT_SCRYPT_COST.N * DEFAULT_SCRYPT_COST.r).toBeGreaterThanOrEqual(2 ** 15 * 8);
  });

  it('offers a decoy hash that no password matches, for unknown emails', async () => {
    const decoy = await cheap.decoy();
    expect(await cheap.decoy()).toBe(decoy);
    await expect(cheap.verify('', decoy)).resolves.toBe(false);
    await expect(cheap.verify('any-password-at-all', decoy)).resolves.toBe(false);
  });
});
