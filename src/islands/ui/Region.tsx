/**
 * A titled part of a calculator: a `<section>` landmark normally; a `<div role="group">` in a
 * second, static copy of the calculator on the same page (the worked example shown without
 * JavaScript), whose landmarks would otherwise repeat the live copy's names. (A prop, not a
 * context: the widgets' shared runtime carries only the hooks the islands use.)
 */
import type { ComponentChildren, JSX } from 'preact';

type Props = Omit<JSX.HTMLAttributes<HTMLElement>, 'role'> & { children?: ComponentChildren; live?: boolean | undefined };

export function Region({ children, live = true, ...rest }: Props) {
  return live ? <section {...rest}>{children}</section> : <div role="group" {...(rest as JSX.HTMLAttributes<HTMLDivElement>)}>{children}</div>;
}
