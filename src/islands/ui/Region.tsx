/**
 * A titled part of a calculator: a `<section>` landmark normally; a `<div role="group">` inside a
 * second, static copy of the calculator on the same page (the worked example shown without
 * JavaScript), whose landmarks would otherwise repeat the live copy's names. Form controls read
 * the same context to leave out `name` there (a copy submits nothing).
 */
import { createContext, type ComponentChildren, type JSX } from 'preact';
import { useContext } from 'preact/hooks';

/** False inside a static copy of a calculator. */
export const LiveCopy = createContext(true);

type Props = Omit<JSX.HTMLAttributes<HTMLElement>, 'role'> & { children?: ComponentChildren };

export function Region({ children, ...rest }: Props) {
  return useContext(LiveCopy) ? <section {...rest}>{children}</section> : <div role="group" {...(rest as JSX.HTMLAttributes<HTMLDivElement>)}>{children}</div>;
}

/** The static copy: renders `children` with regions as groups and unnamed controls. */
export function StaticCopy({ children }: { children: ComponentChildren }) {
  return <LiveCopy.Provider value={false}>{children}</LiveCopy.Provider>;
}
