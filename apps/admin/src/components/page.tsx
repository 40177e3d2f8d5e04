import { type ReactNode, useEffect, useRef } from "react";

/** A screen: its heading takes focus when the screen opens, so screen readers announce it. */
export function Page({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {intro ? <p className="intro">{intro}</p> : null}
      {children}
    </section>
  );
}

export function Card({ title, children, id, wide }: { title?: string; children: ReactNode; id?: string; wide?: boolean }) {
  return (
    <section className={wide ? "card card-wide" : "card"} aria-labelledby={title && id ? id : undefined}>
      {title ? <h2 id={id}>{title}</h2> : null}
      {children}
    </section>
  );
}
