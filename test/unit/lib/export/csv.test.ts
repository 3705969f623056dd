import { expect, test } from 'vitest';
import { toCsv } from '../../../../src/lib/export/csv';

test('quotes commas, quotes and line breaks; BOM and CRLF', () => {
  expect(toCsv([['a', 'b'], ['x,y', 'say "hi"'], ['line\nbreak', null]])).toBe(
    '\uFEFFa,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",\r\n',
  );
});
