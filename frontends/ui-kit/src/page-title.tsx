import type { ReactNode } from 'react';
import { Typography } from 'antd';

/**
 * A remote page's title. Under the shell, whose one h1 already names the page (the manifest's
 * section title, focused after each navigation), the same words are not said twice: nothing is
 * rendered. Stand-alone (a remote's own dev page, a component test) it is the page's h1.
 * What a page is about beyond its section — a customer, a unit — is an h2 of the page itself.
 */
export function PageTitle({ shellNavigation, children }: { shellNavigation?: boolean; children: ReactNode }) {
  if (shellNavigation) return null;
  return (
    <Typography.Title level={1} style={{ margin: 0, fontSize: 20 }}>
      {children}
    </Typography.Title>
  );
}
