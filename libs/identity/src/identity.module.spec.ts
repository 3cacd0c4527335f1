import { IdentityModule } from './identity.module';

describe('IdentityModule.forRoot', () => {
  it('refuses to start in production without JWT_SECRET, naming the variable', () => {
    expect(() => IdentityModule.forRoot({ rateLimitPerMinute: 600, production: true })).toThrow(/JWT_SECRET/);
  });

  it('starts in production with JWT_SECRET', () => {
    expect(
      IdentityModule.forRoot({ jwtSecret: 'x'.repeat(32), rateLimitPerMinute: 600, production: true }).module,
    ).toBe(IdentityModule);
  });
});
