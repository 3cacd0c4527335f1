import { Logger } from '@nestjs/common';
import { resolveJwtSecret } from './jwt-secret';

describe('resolveJwtSecret', () => {
  const logger = { warn: jest.fn() } as unknown as Logger;

  it('uses JWT_SECRET when set', () => {
    expect(resolveJwtSecret({ jwtSecret: 's'.repeat(32), production: true }, logger)).toBe('s'.repeat(32));
  });

  it('refuses to start in production without JWT_SECRET', () => {
    expect(() => resolveJwtSecret({ production: true }, logger)).toThrow(/JWT_SECRET/);
  });

  it('makes up a random secret outside production, and warns', () => {
    const a = resolveJwtSecret({ production: false }, logger);
    const b = resolveJwtSecret({ production: false }, logger);
    expect(a).not.toBe(b);
    expect(a.length).toBeGreaterThanOrEqual(64);
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('JWT_SECRET'));
  });
});
