/**
 * The filled contract on the page (and on paper: the print layout shows only this): the model's
 * words as they are, filled values underlined, unfilled blanks as room to write (or as printed,
 * `[金额]`), boxes as ☑/☐, the milestone table as a table.
 */
import type { Out, OutBlock, RenderedContract } from '../../lib/contract/render';
import { CHECKED, UNCHECKED } from '../../lib/contract/render';

function Seg({ o }: { o: Out }) {
  switch (o.t) {
    case 'text':
      return <>{o.text}</>;
    case 'fill':
      return (
        <span class="cb-fill" data-blank={o.id}>
          {o.text}
        </span>
      );
    case 'box':
      return (
        <span class="cb-box" data-box={o.id} data-checked={o.checked ? 'true' : 'false'}>
          {o.checked ? CHECKED : UNCHECKED}
        </span>
      );
    case 'blank':
      if (o.token.startsWith('[')) {
        return (
          <span class="cb-blank-printed" data-blank={o.id}>
            {o.token}
          </span>
        );
      }
      if (/年/.test(o.token)) {
        return (
          <span data-blank={o.id}>
            {o.token
              .split(/([年月日])/)
              .filter((x) => x !== '')
              .map((x, i) => (/[年月日]/.test(x) ? x : <span key={i} class="cb-blank cb-blank--short" />))}
          </span>
        );
      }
      return <span class="cb-blank" data-blank={o.id} />;
  }
}

function Block({ b }: { b: OutBlock }) {
  if (b.kind === 'gap') return null;
  if (b.kind === 'para') {
    const segs = b.segs.map((o, i) => <Seg key={i} o={o} />);
    return b.subheading ? <p class="cb-sub">{segs}</p> : <p>{segs}</p>;
  }
  return (
    <div class="table-wrap">
      <table class="cb-table">
        <thead>
          <tr>
            {b.header.map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {b.rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) => (
                <td key={j} data-label={b.header[j]}>
                  {c.map((o, k) => (
                    <Seg key={k} o={o} />
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ContractView({ contract }: { contract: RenderedContract }) {
  return (
    <article class="cb-contract" data-output="contract">
      <h3 class="cb-contract-title">{contract.title.trim()}</h3>
      {contract.sections.map((s) => (
        <section key={s.key} class={`cb-contract-section cb-contract-${s.key}`} data-section={s.key}>
          {s.heading && <h4>{s.heading.trim()}</h4>}
          {s.blocks.map((b, i) => (
            <Block key={i} b={b} />
          ))}
        </section>
      ))}
    </article>
  );
}
