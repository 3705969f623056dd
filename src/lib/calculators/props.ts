/**
 * What a calculator island receives as props: the dataset records it needs (with citation text
 * and link ready-made), the policy metadata and every UI string. Islands hold no numbers or
 * wording of their own, so they can be mounted anywhere (page, custom element, iframe).
 */
import type { ProvisionValue, Reading } from '../../schemas/provision';
import type { LawDocument } from '../law';
import type { ProvisionRef } from './common';
import type { JurisdictionRef } from './subsidy';

export interface CalcProvision extends ProvisionRef {
  topic: string;
  dimension: string;
  value: ProvisionValue;
  /** The words quoted from the article. */
  quote: string;
  /** Ready-made citation text, e.g. 《…十五条措施》第七条. */
  cite: string;
  /** Link to the article on this site. */
  href: string;
  /** The value in one line of plain Chinese (provision-format `describeValue`). */
  rule: string;
  /** Every reading of ambiguous words, each with its consequence (results show them all). */
  readings: Reading[];
}

export interface CalcPolicy {
  id: string;
  shortTitle: string;
  textStatus: 'official' | 'draft-for-comment' | 'official-summary';
  jurisdiction: JurisdictionRef;
}

export interface CalcData {
  provisions: CalcProvision[];
  policies: CalcPolicy[];
  /** Dataset version stamped on every result. */
  version: string;
  /** UI strings, `calc.*` keys of zh-CN.json. */
  strings: Record<string, string>;
  /**
   * For the reward calculator: every document's 效力级别 and the national provisions the law-layer
   * resolver reads (shares, applicability, payroll), cited like the rest.
   */
  law?: { documents: LawDocument[]; provisions: CalcProvision[] } | undefined;
}
