import { expect, type Page } from '@playwright/test';

export interface TabStop {
  readonly index: number;
  readonly description: string;
}

const INTERACTIVE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * Presses Tab through the whole page once and checks, for every stop, that it has an accessible
 * name. Returns the interactive, visible elements that Tab never reached.
 */
export async function tabThroughPage(page: Page, maxStops = 250): Promise<{ stops: TabStop[]; unreached: string[] }> {
  await page.evaluate(() => {
    for (const element of document.querySelectorAll('[data-tab-stop]')) element.removeAttribute('data-tab-stop');
    (document.activeElement as HTMLElement | null)?.blur();
  });
  await page.locator('body').focus();

  const stops: TabStop[] = [];
  // Tab past the last control leaves the document once (focus on <body>) before wrapping to the top.
  let outsideDocument = 0;
  for (let index = 0; index < maxStops; index++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((stopIndex) => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      if (!element || element === document.body) return { kind: 'none' as const };
      // Next's development overlay lives in a shadow root and is not part of the product.
      if (element.getRootNode() !== document) return { kind: 'foreign' as const };
      document.querySelector('[data-tab-current]')?.removeAttribute('data-tab-current');
      if (element.hasAttribute('data-tab-stop')) return { kind: 'repeat' as const };
      element.setAttribute('data-tab-stop', String(stopIndex));
      element.setAttribute('data-tab-current', '');
      const text = (element.textContent ?? '').trim().slice(0, 40);
      const where = element.closest('.monaco-editor') ? ' [in editor]' : '';
      return { kind: 'stop' as const, description: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${text}"${where}` };
    }, index);
    if (stop.kind === 'repeat') break;
    if (stop.kind === 'none') {
      if (++outsideDocument > 2) break;
      continue;
    }
    outsideDocument = 0;
    if (stop.kind === 'foreign') continue;
    await expect(page.locator('[data-tab-current]'), `tab stop ${index} (${stop.description}) needs an accessible name`).toHaveAccessibleName(/\S/);
    stops.push({ index, description: stop.description });
  }

  const unreached = await page.evaluate((selector) => {
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && !element.closest('[inert], [aria-hidden=true]');
    };
    return [...document.querySelectorAll(selector)]
      .filter((element) => visible(element) && !element.hasAttribute('data-tab-stop'))
      // Monaco's own widgets (scrollbars, hidden find widget) manage focus themselves; its input (an
      // EditContext div in Chromium, a textarea elsewhere) is checked.
      .filter((element) => !element.closest('.monaco-editor') || element.matches('.native-edit-context, textarea.inputarea'))
      .map((element) => `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`);
  }, INTERACTIVE);

  return { stops, unreached };
}
