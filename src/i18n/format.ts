/**
 * The one formatter for messages the pure core returns (`src/lib/message.ts`): fills a key's
 * `{name}` placeholders, formatting nested messages first and joining lists with 、.
 */
import type { Message } from '../lib/message';
import { t } from './index';

export function formatMessage(m: Message): string {
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries(m.vars ?? {})) {
    vars[k] = typeof v === 'string' ? v : Array.isArray(v) ? (v as readonly Message[]).map(formatMessage).join('、') : formatMessage(v as Message);
  }
  return t(m.key, vars);
}
