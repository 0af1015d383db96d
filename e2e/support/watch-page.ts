import type { Page } from '@playwright/test';

export interface PageWatch {
  /** CSP violations, from the DOM event and from Chromium's console report. */
  cspViolations: string[];
  pageErrors: string[];
  dialogs: string[];
}

/** Records anything that would mean page code misbehaved: CSP violations, uncaught errors, dialogs. */
export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: PageWatch = { cspViolations: [], pageErrors: [], dialogs: [] };
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) watch.cspViolations.push(message.text());
  });
  page.on('pageerror', (error) => watch.pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.exposeFunction('__reportCspViolation', (text: string) =>
    watch.cspViolations.push(text),
  );
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (t: string) => void })
        .__reportCspViolation;
      void report(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return watch;
}
