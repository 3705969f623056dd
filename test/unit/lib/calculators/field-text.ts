/**
 * What a person can type into a calculator field, as fast-check arbitraries: values inside the
 * field's accepted range and on its edges, just outside them, written the ways people write them
 * (full-width digits, 万, commas, spaces), and plain garbage. Used by the "never throws" properties:
 * every string a field accepts must give a result or a message at that field.
 */
import fc from 'fast-check';

const FULL = (s: string) => s.replace(/[0-9.\-%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** Any text at all: unicode, control characters, very long strings. */
export const garbage: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom('', ' ', 'NaN', 'Infinity', '-0', '1e9', '0x10', '１２３', '—', '∞', '<b>', '%', '万', '.5', '5.', '1,,0'),
  fc.string({ minLength: 200, maxLength: 400 }),
);

/** A whole number around [min, max]: inside, on the edges, one past them, huge; sometimes full-width. */
export function integerText(min: number, max: number): fc.Arbitrary<string> {
  const n = fc.oneof(
    fc.integer({ min, max }),
    fc.constantFrom(min, max, min - 1, max + 1, 0, -1, Number.MAX_SAFE_INTEGER),
  );
  return fc.oneof({ weight: 6, arbitrary: n.map(String) }, { weight: 1, arbitrary: n.map((x) => FULL(String(x))) }, { weight: 1, arbitrary: garbage });
}

/** An amount in 元 as typed: plain, with 万, with separators, up to and past the 10^15 limit. */
export const yuanText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.bigInt({ min: 0n, max: 10n ** 16n }).map(String) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 3 })).map(([a, b, d]) => `${a}.${String(b).padStart(3, '0').slice(0, d)}`) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 100000 }).map((x) => `${x}万`) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 10 ** 8 }).map((x) => FULL(String(x))) },
  { weight: 1, arbitrary: fc.constantFrom('1,000,000', '100万元', '0', '0.00', '0.001', '1000000000000000', '1000000000000000.01') },
  { weight: 1, arbitrary: garbage },
);

/** A percentage as typed: 0–100 with decimals (tiny ones too), past 100, negative, garbage. */
export const percentText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 100 }).map(String) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 10 ** 7 })).map(([a, b]) => `${a}.${b}`) },
  { weight: 1, arbitrary: fc.constantFrom('0.0000001', '100.0001', '-5', '70%', '７０％', '1e2') },
  { weight: 1, arbitrary: garbage },
);

/** A date as typed: every day 1899–2201 (the accepted range is 1900–2200), impossible days, garbage. */
export const dateText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.date({ min: new Date('1899-01-01T00:00:00Z'), max: new Date('2201-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: fc.constantFrom('2026-02-30', '2026-13-01', '2026-1-1', '2026/03/01', '２０２６－０３－０１', '1900-01-01', '2200-12-31') },
  { weight: 1, arbitrary: garbage },
);

/** Free text (names, labels): anything, including the link separators `~ & = # %`. */
export const labelText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('技术验证通过', '评估费~登记费', 'a&b=c#d', '100%', '  空格  ', ''),
);
