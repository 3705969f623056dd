/**
 * 签约前核对: the findings of `checkContract()`, each with its citations linked, and the blanks still
 * open. Warnings and information only — the download is never blocked.
 */
import type { Translate } from '../../lib/calculators/payment-text';
import type { Finding } from '../../lib/contract/checks';
import type { OpenBlank } from '../../lib/contract/compute';
import { fieldId } from './ui';

interface Props {
  findings: Finding[];
  open: OpenBlank[];
  errorCount: number;
  t: Translate;
  /** Article names by section key (`art1` → 第一条), for the open blanks. */
  articleName: (section: string) => string;
  /** Result-type key → its label as the model prints it (for `result-type-not-listed`). */
  typeLabel: (key: string) => string;
  /** How an open blank is named: the form field's label. */
  openLabel: (o: OpenBlank) => string;
}

const ORDER = { warning: 0, info: 1, ok: 2 } as const;

export function Findings({ findings, open, errorCount, t, articleName, typeLabel, openLabel }: Props) {
  const sorted = [...findings].sort((a, b) => ORDER[a.level] - ORDER[b.level]);
  const warnings = findings.filter((f) => f.level === 'warning').length;
  const infos = findings.length - warnings;
  return (
    <div class="cb-findings">
      <p class="field-hint">{t('contract.check.note')}</p>
      <p data-output="finding-count" data-warnings={String(warnings)}>
        {findings.length === 0 ? t('contract.check.none') : t('contract.check.count', { warnings: String(warnings), infos: String(infos) })}
      </p>
      <ul class="cb-finding-list">
        {sorted.map((f, i) => {
          const vars = f.code === 'result-type-not-listed' ? { ...f.vars, type: typeLabel(f.vars['type'] ?? '') } : f.vars;
          return (
            <li key={`${f.code}-${i}`} class={`cb-finding cb-finding--${f.level}`} data-finding={f.code} data-level={f.level}>
              <strong class="cb-level">{t(`contract.level.${f.level}`)}</strong> {t(`contract.finding.${f.code}`, vars)}
              {f.cites.length > 0 && (
                <span class="cite-link">
                  {' — '}
                  {f.cites.map((c, j) => (
                    <span key={j}>
                      {j > 0 && '；'}
                      {c.href ? <a href={c.href}>{c.cite}</a> : <cite>{c.cite}</cite>}
                    </span>
                  ))}
                </span>
              )}
              {f.field && (
                <>
                  {' '}
                  <a class="cb-goto no-print" href={`#${fieldId(f.field)}`}>
                    {t('contract.check.goto')}
                  </a>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {errorCount > 0 && (
        <p class="field-error" data-output="error-count">
          {t('contract.errors.count', { n: String(errorCount) })}
        </p>
      )}
      <h3>{t('contract.section.open')}</h3>
      {open.length === 0 ? (
        <p data-output="open-blanks" data-count="0">
          {t('contract.open.none')}
        </p>
      ) : (
        <>
          <p data-output="open-blanks" data-count={String(open.length)}>
            {t('contract.open.count', { n: String(open.length) })}
          </p>
          <ul class="cb-open-list">
            {open.map((o) => (
              <li key={o.id}>
                <a href={`#${fieldId(o.field)}`}>{t('contract.open.item', { article: articleName(o.section), label: openLabel(o) })}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
