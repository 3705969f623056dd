/**
 * The words of an ordered comparison row, saying for whom (`rank` in content/dimensions.yaml): the
 * highlight marks, the order line of the how-to and dimension pages, the chart captions. One module
 * so the table, the island (which reads the marks from the row) and the charts cannot disagree.
 */
import type { Dimension } from '../schemas/provision';
import { t } from '../i18n';

/**
 * The two highlight marks of an ordered row, each saying for whom (`rank` in dimensions.yaml):
 * "对成果完成人最优厚" / "对成果完成人最不利", "对持有成果的单位最宽松" / "…最严格". Null for an
 * unordered row. The table renders them and puts them on the row for the island, so both read one source.
 */
export function rankMarks(d: Pick<Dimension, 'rank'>): { generous: string; strictest: string } | null {
  if (!d.rank) return null;
  const { party, more, less } = d.rank;
  return { generous: t('compare.mark', { party, word: more }), strictest: t('compare.mark', { party, word: less }) };
}

/** How an ordered row ranks, for whom: "比例越高，对成果完成人越优厚。" Empty for an unordered row. */
export function orderText(d: Pick<Dimension, 'order' | 'rank'>): string {
  if (d.order === 'none' || !d.rank) return '';
  return t(`compare.order.${d.order}`, { party: d.rank.party, more: d.rank.more });
}

/** The chart caption's reading direction: "长条越长，对持有成果的单位越宽松". Empty for an unordered row. */
export function chartFavours(d: Pick<Dimension, 'order' | 'rank'>): string {
  if (d.order === 'none' || !d.rank) return '';
  const key = d.order === 'shorter-period-more-generous' ? 'compare.chartFavours.down' : 'compare.chartFavours.up';
  return t(key, { party: d.rank.party, more: d.rank.more });
}
