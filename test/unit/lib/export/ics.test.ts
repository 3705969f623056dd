import { describe, expect, it } from 'vitest';
import { foldOctets, paymentsToIcs } from '../../../../src/lib/export/ics';

const meta = { uidDomain: 'xyhf.example.cn', calendarName: '付款日程', productId: '-//xyhf//payment//ZH', timestamp: Date.UTC(2026, 0, 2, 3, 4, 5) };

describe('paymentsToIcs', () => {
  const ics = paymentsToIcs(
    [
      {
        key: '1-2026-10-08',
        due: '2026-10-08',
        title: '付款：技术验证通过 100,000.00元',
        descriptionLines: ['金额：100,000.00元（壹拾万元整）', '依据：《昆明市推行职务科技成果先使用后付费操作指引（试行）》第一条，以及民法典第二百零三条（到期日顺延）'],
      },
    ],
    meta,
  );
  it('is an RFC 5545 calendar with one all-day event per payment', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261008');
    expect(ics).toContain('DTEND;VALUE=DATE:20261009');
    expect(ics).toContain('UID:payment-1-2026-10-08@xyhf.example.cn');
    expect(ics).toContain('DTSTAMP:20260102T030405Z');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });
  it('no physical line exceeds 75 octets, and unfolding restores the description', () => {
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('DESCRIPTION:金额：100\\,000.00元（壹拾万元整）\\n依据：《昆明市');
  });
});

describe('foldOctets', () => {
  it('never splits a character and marks continuations with one space', () => {
    const line = `X:${'汉'.repeat(60)}`;
    const out = foldOctets(line);
    const parts = out.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.every((p) => Buffer.byteLength(p, 'utf8') <= 75)).toBe(true);
    expect(out.replace(/\r\n /g, '')).toBe(line);
  });
});
