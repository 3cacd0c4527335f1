import { PackedRows } from './clocked-days.query';

/** What `string_agg(timestamptz_send(…), '')` sends: big-endian µs since 2000-01-01, `infinity` as int64 max. */
function packedInstants(micros: (bigint | 'infinity')[]): Buffer {
  const buffer = Buffer.alloc(micros.length * 8);
  micros.forEach((value, i) => buffer.writeBigInt64BE(value === 'infinity' ? 2n ** 63n - 1n : value, i * 8));
  return buffer;
}

const sinceUnixEpoch = (iso: string, extraMicros = 0n) =>
  (BigInt(Date.parse(iso)) - 946_684_800_000n) * 1000n + extraMicros;

describe('PackedRows', () => {
  const pauses = Buffer.alloc(16);
  pauses.writeDoubleBE(12.5, 0);
  pauses.writeDoubleBE(NaN, 8);
  const rows = new PackedRows(
    {
      createdAt: packedInstants([sinceUnixEpoch('2025-03-30T00:59:59.999Z'), sinceUnixEpoch('1999-12-31T23:00:00Z')]),
      firstResponseAt: packedInstants(['infinity', sinceUnixEpoch('2025-01-01T00:00:00.123Z', 456n)]),
      resolvedAt: null,
      pausedMinutes: pauses,
    },
    '1001',
    2,
  );

  it('reads instants as ms since the Unix epoch, NULL where PostgreSQL sent infinity, before 2000 too', () => {
    expect(rows.count).toBe(2);
    expect(rows.row(0)).toEqual({
      createdAt: Date.parse('2025-03-30T00:59:59.999Z'),
      firstResponseAt: null,
      resolvedAt: null,
      pausedMinutes: 12.5,
    });
    expect(rows.row(1).createdAt).toBe(Date.parse('1999-12-31T23:00:00Z'));
    expect(rows.row(1).pausedMinutes).toBeNull();
  });

  it('keeps microseconds as the fraction of a ms (extract(epoch) * 1000 rounded once)', () => {
    expect(rows.row(1).firstResponseAt).toBe(1735689600123.456);
  });

  it('says which SLA judges which row', () => {
    expect([rows.judges(0, 0), rows.judges(0, 1), rows.judges(1, 0), rows.judges(1, 1)]).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });
});
