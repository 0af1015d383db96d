import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * What axe finds wrong on the page, or only inside `include` (a CSS selector). Only violations
 * are gathered: collecting every passing node as well costs about a third more time.
 */
export async function axeViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  return (await (include ? builder.include(include) : builder).analyze()).violations;
}
