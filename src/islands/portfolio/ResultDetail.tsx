/** One result opened: per document the verdict and its reasons (cited), the duties with their due days, the firm's terms, the row's messages. */
import type { ResultCheck } from '../../lib/portfolio/check';
import type { DutyCheck } from '../../lib/portfolio/duties';
import type { CellMessage } from '../../lib/portfolio/rows';
import { formatChineseDate } from '../../lib/plain-date';
import { formatMessage } from '../../i18n/format';
import { L, daysText, type ViewContext } from './view';

function Cite({ id, v }: { id?: string | undefined; v: ViewContext }) {
  const c = id ? v.cite(id) : undefined;
  return c ? <span class="cite-link">（<a href={c.href}>{c.cite}</a>）</span> : null;
}

export function DutyItem({ d, v }: { d: DutyCheck; v: ViewContext }) {
  return (
    <li class={`pf-duty pf-duty--${d.state}`} data-duty={`${d.provisionId}:${d.clock}`}>
      <strong>{L(`portfolio.action.${d.action}`)}</strong>
      {!d.clockStated && <>（{L(`portfolio.clock.reading.${d.clock}`)}）</>}
      {'：'}
      {d.due ? <><time dateTime={d.due}>{formatChineseDate(d.due)}</time> {L(`portfolio.state.${d.state}`)}（{daysText(d)}）</> : L(`portfolio.state.${d.state}`)}
      {!d.binding && <span class="badge badge--draft">{L(`portfolio.docStatus.${d.docStatus}`)}</span>}
      <br />
      <span class="pf-small">
        {v.policyTitle(d.policyId)}<Cite id={d.provisionId} v={v} />
        {d.from && <>；{L('portfolio.detail.from', { clock: L(`portfolio.clock.${d.clock}`), date: formatChineseDate(d.from) })}</>}
        {d.plainDue && d.due && <>；{L('portfolio.detail.moved', { plain: formatChineseDate(d.plainDue), moved: formatChineseDate(d.due) })}</>}
        {d.due && <>；{L(`portfolio.when.${d.when}`)}</>}
      </span>
      {(d.conditions.length > 0 || d.beyondValidity || !d.holidayDataKnown) && (
        <ul class="pf-conditions">
          {d.conditions.map((k) => <li>{L(`portfolio.condition.${k}`)}</li>)}
          {d.beyondValidity && <li>{L('portfolio.detail.beyondValidity')}</li>}
          {!d.holidayDataKnown && <li>{L('portfolio.detail.holidayUnknown')}</li>}
        </ul>
      )}
      {d.openLicence.length > 0 && (
        <p class="pf-small">{L('portfolio.detail.openLicence')}：{d.openLicence.map((id) => <Cite id={id} v={v} />)}</p>
      )}
    </li>
  );
}

export function ResultDetail({ r, messages, v }: { r: ResultCheck; messages: CellMessage[]; v: ViewContext }) {
  const provisionSummary = new Map(v.props.provisions.map((p) => [p.id, p.summary]));
  return (
    <div class="pf-detail">
      {messages.length > 0 && (
        <>
          <h4>{L('portfolio.detail.messages')}</h4>
          <ul class="pf-messages">
            {messages.map((m) => <li>{m.column && `${m.column}${m.row} `}{m.text}</li>)}
          </ul>
        </>
      )}
      <h4>{L('portfolio.detail.documents')}</h4>
      {r.documents.length === 0 ? (
        <p>{L('portfolio.detail.noDocuments', { place: r.item.place?.label ?? '—' })}</p>
      ) : (
        <ul class="pf-docs">
          {r.documents.map((d) => (
            <li data-doc={d.policyId}>
              <strong>{v.policyTitle(d.policyId)}</strong>：<span class={`elig-verdict elig-verdict--${d.verdict}`}>{L(`elig.verdict.${d.verdict}`)}</span>
              <ul class="elig-reasons">
                {d.reasons.filter((x) => x.effect !== 'meets' || d.verdict === 'applies').map((x) => (
                  <li data-reason={x.code}>
                    <span class={`elig-effect elig-effect--${x.effect}`}>{L(`elig.effect.${x.effect}`)}</span> {formatMessage(x.message)}<Cite id={x.provisionId} v={v} />
                  </li>
                ))}
              </ul>
              {d.licenseeTerms.length > 0 && (
                <p class="pf-small">
                  {L('portfolio.detail.licenseeTerms')}：
                  {d.licenseeTerms.map((x, i) => <>{i > 0 && '；'}{x.provisionId ? provisionSummary.get(x.provisionId) : formatMessage(x.message)}<Cite id={x.provisionId} v={v} /></>)}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <h4>{L('portfolio.detail.duties')}</h4>
      {r.duties.length === 0 ? <p>{L('portfolio.detail.noDuties')}</p> : <ul class="pf-duties">{r.duties.map((d) => <DutyItem d={d} v={v} />)}</ul>}
    </div>
  );
}
