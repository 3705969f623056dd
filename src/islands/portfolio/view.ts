/** What the portfolio components share: props from the page, the UI-string helper, labels. */
import { t, type UiKey } from '../../i18n';
import type { PortfolioProps } from '../../data/portfolio-props';
import type { DutyCheck } from '../../lib/portfolio/duties';
import type { PortfolioItem } from '../../lib/portfolio/rows';

export type { PortfolioProps };

export const L = (key: string, vars?: Record<string, string>) => t(key as UiKey, vars);

export interface ViewContext {
  props: PortfolioProps;
  cite: (provisionId: string) => { cite: string; href: string } | undefined;
  policyTitle: (policyId: string) => string;
}

export function makeView(props: PortfolioProps): ViewContext {
  const titles = new Map(props.policies.map((p) => [p.id, p.data.shortTitle]));
  return {
    props,
    cite: (id) => props.citations[id],
    policyTitle: (id) => titles.get(id) ?? id,
  };
}

export function itemName(item: PortfolioItem): string {
  return item.name ?? item.number ?? L('portfolio.unnamed', { row: String(item.row) });
}

export function typeLabel(item: PortfolioItem): string {
  return item.type ? L(`elig.opt.result.${item.type}`) : '—';
}

/** "还有 12 天" / "已过 3 天". */
export function daysText(d: DutyCheck): string {
  if (d.daysLeft === undefined) return '';
  return d.daysLeft >= 0 ? L('portfolio.detail.daysLeft', { days: String(d.daysLeft) }) : L('portfolio.detail.daysPast', { days: String(-d.daysLeft) });
}
