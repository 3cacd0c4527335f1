import { mayCall } from './access-policy';

describe('mayCall (the role rule of every route)', () => {
  it('lets admin do everything', () => {
    expect(mayCall(['admin'], 'POST', ['procurement'])).toBe(true);
    expect(mayCall(['admin'], 'DELETE', undefined)).toBe(true);
  });

  it('lets the auditor read everything and write nothing', () => {
    expect(mayCall(['auditor'], 'GET', ['admin'])).toBe(true);
    expect(mayCall(['auditor'], 'HEAD', ['procurement'])).toBe(true);
    expect(mayCall(['auditor'], 'POST', undefined)).toBe(false);
    expect(mayCall(['auditor'], 'PATCH', ['auditor'])).toBe(false);
  });

  it('needs one of the @Roles for a route that names them', () => {
    expect(mayCall(['procurement'], 'POST', ['procurement'])).toBe(true);
    expect(mayCall(['ops_manager'], 'POST', ['procurement', 'ops_manager'])).toBe(true);
    expect(mayCall(['qa_reviewer'], 'POST', ['procurement'])).toBe(false);
    expect(mayCall(['vendor'], 'GET', ['admin'])).toBe(false);
  });

  it('opens a route without @Roles to every signed-in role but a lone auditor writing', () => {
    for (const role of ['procurement', 'ops_manager', 'qa_reviewer', 'vendor']) {
      expect(mayCall([role], 'POST', undefined)).toBe(true);
      expect(mayCall([role], 'GET', [])).toBe(true);
    }
  });

  it('grants a user with several roles what any of them grants', () => {
    expect(mayCall(['auditor', 'procurement'], 'POST', ['procurement'])).toBe(true);
    expect(mayCall(['auditor', 'procurement'], 'POST', ['ops_manager'])).toBe(false);
  });

  it('denies a user without roles', () => {
    expect(mayCall([], 'GET', undefined)).toBe(false);
  });
});
