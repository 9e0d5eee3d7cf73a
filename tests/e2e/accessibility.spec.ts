import { expect, test } from '@playwright/test';
import { tabThroughPage } from './support/keyboard-reachability';
import { LabWorkspacePage } from './support/lab-workspace-page';

test.describe('accessibility smoke', () => {
  test('every control on the home page is reachable by Tab and named', async ({ page }) => {
    await page.goto('/');
    const { stops, unreached } = await tabThroughPage(page);
    expect(unreached).toEqual([]);
    expect(stops.length).toBeGreaterThan(4);
  });

  test('every control on a lab page is reachable by Tab and named', async ({ page }) => {
    const lab = new LabWorkspacePage(page);
    await lab.openFromHome(/Create your first Aurora MySQL cluster/);
    // Reveal the controls that only exist after a check and in the open "own terminal" panel.
    await lab.check();
    await page.getByText('Use your own terminal').click();

    const { stops, unreached } = await tabThroughPage(page);
    expect(unreached).toEqual([]);
    const descriptions = stops.map((stop) => stop.description).join('\n');
    expect(descriptions).toContain('Run all');
    expect(descriptions).toContain('[in editor]');
  });

  test('the narrow layout switches panels with keyboard-operable tabs', async ({ page }) => {
    await page.setViewportSize({ width: 720, height: 900 });
    const lab = new LabWorkspacePage(page);
    await lab.openFromHome(/Create your first Aurora MySQL cluster/);

    const steps = page.getByRole('tab', { name: /Steps/ });
    await steps.focus();
    await expect(steps).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: /Terminal/ })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel', { name: /Terminal/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Run all' })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tabpanel', { name: /Resources/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Run all' })).toBeHidden();
  });

  test('the theme toggle switches and remembers the theme without a flash', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Use the dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    // Set by the inline script before first paint, so it is already there when the document loads.
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: 'Use the dark theme' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Use the light theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });
});
