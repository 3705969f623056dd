/**
 * The binding minimum share of licence net income for the inventors under a 先使用后付费 licence,
 * for one document and the licensor the user described (#13 §2): the local rule against the
 * national floor, from the law-layer resolver, each answer with its conditions and citations.
 * Where the answers do not settle a fact (whether the unit has its own rule, the licensor's
 * class …), every answer is shown with its condition — never a guess.
 */
import type { LawCheckProps } from '../../data/law-floors';
import { answerText } from '../../i18n/law';
import { t } from '../../i18n';
import { decisionProvisions, holderFacts, resolveInventorShare, type HolderLevel, type LicensorKind } from '../../lib/law';
import { shortCitation } from '../../lib/compare/matrix';

export function LawFloor(props: { law: LawCheckProps; policyId: string; kind: LicensorKind | undefined; level: HolderLevel | undefined }) {
  const { law, policyId, kind, level } = props;
  const byId = new Map(law.data.provisions.map((p) => [p.id, p]));
  const ctx = {
    // Short in the sentence (第四十五条第一款第一项, after its layer); the full citations follow as links.
    cite: (id: string) => shortCitation(law.citations[id]?.cite ?? id),
    reading: (id: string, key: string) => byId.get(id)?.readings.find((r) => r.key === key)?.label ?? key,
  };
  const branches = resolveInventorShare(law.data, { policy: policyId, mode: 'pay-later-licence' }, holderFacts(kind, level)).branches;
  if (branches.length === 0) return null;
  return (
    <div class="elig-floor" data-law-floor={policyId}>
      <h4>{t('elig.floor.title')}</h4>
      <ul>
        {branches.map((b) => {
          const ids = decisionProvisions(b.decision);
          return (
            <li>
              {answerText(b, ctx)}
              {ids.length > 0 && (
                <span class="cite-link">
                  （{ids.map((id, i) => {
                    const c = law.citations[id];
                    return c ? <>{i > 0 && '；'}<a href={c.href}>{c.cite}</a></> : null;
                  })}）
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
