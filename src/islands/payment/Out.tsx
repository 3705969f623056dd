/** Small renderers for marked outputs: `data-output` names are a stable interface for embeds. */
import type { Yuan } from '../../lib/money';
import { formatYuanWithWan, roundFen } from '../../lib/money';
import { formatChineseDate, type PlainDate } from '../../lib/plain-date';

export function DateOut({ name, date }: { name?: string; date: PlainDate }) {
  return (
    <time data-output={name} dateTime={date}>
      {formatChineseDate(date)}
    </time>
  );
}

export function MoneyOut({ name, value }: { name?: string; value: Yuan }) {
  return (
    <span class="num" data-output={name} data-value={roundFen(value).toFixed(2)}>
      {formatYuanWithWan(value)}
    </span>
  );
}
