import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readHelpdeskCases } from './helpdesk-log';
import { interactionsCsv, seededWeeks, toInteractions } from './interactions';

const LOG = `CaseID,ActivityID,CompleteTimestamp
7,1,2011-01-03 09:00:00
7,8,2011-01-03 09:30:00
7,6,2011-01-04 09:00:00
7,8,2011-01-05 10:00:00
7,6,2011-01-06 12:00:00
9,1,2011-01-10 08:00:00
9,9,2011-01-10 08:10:00
`;

function logFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'helpdesk-')), 'log.csv');
  writeFileSync(path, LOG);
  return path;
}

const profile = { prefix: 'NW', channels: ['email' as const], speed: 1, satisfaction: 0, agents: 3 };

describe('helpdesk cases as interactions', () => {
  it('takes creation from the first event, first response from the first 8, resolution from the last 6, reopening from an 8 after a 6', () => {
    const [reopened, waiting] = readHelpdeskCases(logFile());
    expect(reopened).toEqual({
      caseId: '7',
      createdAt: Date.parse('2011-01-03T09:00:00Z'),
      firstResponseAfter: 30 * 60 * 1000,
      resolvedAfter: (3 * 24 + 3) * 3600 * 1000,
      reopened: true,
    });
    expect(waiting).toMatchObject({
      caseId: '9',
      firstResponseAfter: undefined,
      resolvedAfter: undefined,
      reopened: false,
    });
  });

  it('stretches the cases over the seeded weeks, keeps their delays, and leaves out what has not happened by now', () => {
    const now = new Date('2026-11-26T09:00:00Z');
    const weeks = seededWeeks(now, 2);
    expect(new Date(weeks.end).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    const [first, last] = toInteractions(readHelpdeskCases(logFile()), profile, weeks, now);
    expect(first).toMatchObject({
      externalId: 'NW-7',
      createdAt: '2026-11-09T00:00:00.000Z',
      firstResponseAt: '2026-11-09T00:30:00.000Z',
      resolvedAt: '2026-11-12T03:00:00.000Z',
      reopened: true,
    });
    expect(Date.parse(String(last.createdAt))).toBeLessThan(weeks.end);
    expect(last).toMatchObject({ firstResponseAt: undefined, resolvedAt: undefined });

    const csv = interactionsCsv([first]).split('\n');
    expect(csv[0]).toBe(
      'externalId,channel,priority,customerRef,agentRef,createdAt,firstResponseAt,resolvedAt,reopened,csat',
    );
    expect(csv[1]).toMatch(
      /^NW-7,email,\w+,cust-\d+,NW-agent-0[1-3],2026-11-09T00:00:00.000Z,2026-11-09T00:30:00.000Z,2026-11-12T03:00:00.000Z,true,\d?$/,
    );
  });
});
