/**
 * Due dates as an iCalendar file (RFC 5545), one all-day event per payment, with the amount and the
 * rule it follows in the description, so a calendar reminds the parties.
 *
 * Built with the `ics` package (it works in the browser bundle; the island imports this module only
 * when the user asks for the file, so its ~24 KB gzip is not in the page's initial JavaScript).
 * `ics` folds long lines every 75 *characters*; RFC 5545 §3.1 says 75 *octets*, and a Chinese
 * character is 3 octets in UTF-8, so the output is refolded by octets (`foldOctets`) without ever
 * splitting a character.
 */
import { createEvents, type EventAttributes } from 'ics';
import type { PlainDate } from '../plain-date';
import { addDays } from '../plain-date';

/** One payment as a calendar entry. All strings are final, user-facing text. */
export interface IcsPayment {
  /** Stable id part, unique within the plan (e.g. "3-2027-03-01"). */
  key: string;
  due: PlainDate;
  title: string;
  /** Amount, trigger, article cited, dataset version … one per line. */
  descriptionLines: string[];
}

export interface IcsMeta {
  /** Host used to make UIDs globally unique, e.g. "xyhf.example.cn". */
  uidDomain: string;
  calendarName: string;
  productId: string;
  /** DTSTAMP (ms since epoch); fixed in tests. */
  timestamp: number;
  /** First part of each UID (default `payment`), so two calendars' entries never collide. */
  uidPrefix?: string;
}

function dateArray(d: PlainDate): [number, number, number] {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return [y, m, day];
}

/** Pure mapping of payments to `ics` event attributes (all-day events: DTEND is the next day). */
export function icsEvents(payments: readonly IcsPayment[], meta: IcsMeta): EventAttributes[] {
  return payments.map(
    (p) =>
      ({
        uid: `${meta.uidPrefix ?? 'payment'}-${p.key}@${meta.uidDomain}`,
        start: dateArray(p.due),
        end: dateArray(addDays(p.due, 1)),
        title: p.title,
        description: p.descriptionLines.join('\n'),
        transp: 'TRANSPARENT',
        timestamp: meta.timestamp,
      }) as EventAttributes,
  );
}

/** UTF-8 length of one code point (no TextEncoder: src/lib has no DOM or Node types). */
function utf8Bytes(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) n += utf8Bytes(ch);
  return n;
}

/**
 * Re-fold content lines so no physical line exceeds 75 octets (RFC 5545 §3.1): unfold first, then
 * break before any character that would cross the limit; continuation lines start with one space.
 */
export function foldOctets(ics: string): string {
  const logical = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  return logical
    .map((line) => {
      if (utf8Length(line) <= 75) return line;
      const parts: string[] = [];
      let cur = '';
      let curBytes = 0;
      let limit = 75;
      for (const ch of line) {
        const b = utf8Bytes(ch);
        if (curBytes + b > limit) {
          parts.push(cur);
          cur = '';
          curBytes = 0;
          limit = 74; // the leading space of a continuation line counts
        }
        cur += ch;
        curBytes += b;
      }
      parts.push(cur);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

/** The .ics text for the payments. Throws with `ics`'s message if it rejects an event. */
export function paymentsToIcs(payments: readonly IcsPayment[], meta: IcsMeta): string {
  const { error, value } = createEvents(icsEvents(payments, meta), {
    productId: meta.productId,
    calName: meta.calendarName,
    method: 'PUBLISH',
  });
  if (error || value === null) throw error ?? new Error('ics: no output');
  return foldOctets(value);
}
