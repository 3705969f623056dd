/**
 * A message as the pure core returns it: an i18n key and its variables, never finished Chinese.
 * The edge (an island, a page) formats it with `formatMessage` in `src/i18n/format.ts`, so the
 * wording lives in one place (`src/i18n/zh-CN.json`) and a test can assert on keys, not phrasing.
 *
 * A variable is a string (already a value: a date, a count, words quoted from the data), another
 * message (a label that is itself UI text, e.g. a licensor level), or a list of messages (joined
 * with 、 when formatted).
 */
import type { UiKey } from '../i18n';

export type MessageVar = string | Message | readonly Message[];

export interface Message {
  key: UiKey;
  vars?: Readonly<Record<string, MessageVar>>;
}

/** A message; `vars` omitted when empty so results compare and serialise simply. */
export function message(key: UiKey, vars?: Readonly<Record<string, MessageVar>>): Message {
  return vars && Object.keys(vars).length > 0 ? { key, vars } : { key };
}
