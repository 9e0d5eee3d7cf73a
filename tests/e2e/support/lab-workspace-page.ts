import { expect, type Locator, type Page } from '@playwright/test';

/** The lab page as a learner uses it: the command editor, Run, Fast-forward, Check, the resources. */
export class LabWorkspacePage {
  readonly page: Page;
  readonly editor: Locator;
  readonly output: Locator;
  readonly checkReport: Locator;

  constructor(page: Page) {
    this.page = page;
    this.editor = page.getByTestId('command-editor');
    this.output = page.getByTestId('output-pane');
    this.checkReport = page.getByTestId('check-report');
  }

  /** Opens a lab the way a learner does: from its card in the home page's catalog. */
  async openFromHome(title: string | RegExp): Promise<void> {
    await this.page.goto('/');
    await this.page.getByRole('link', { name: title }).click();
    await expect(this.page).toHaveURL(/\/labs\//);
    await this.waitForSandbox();
  }

  /** The sandbox is ready once Check is enabled and the editor is mounted. */
  async waitForSandbox(): Promise<void> {
    await expect(this.page.getByRole('button', { name: 'Check', exact: true })).toBeEnabled({ timeout: 60_000 });
    // Attached rather than visible: on a narrow screen the editor sits in a tab that isn't shown yet.
    await expect(this.editor.locator('.monaco-editor')).toBeAttached({ timeout: 60_000 });
  }

  /** Replaces the editor's text by typing, as a person would. */
  async typeCommands(text: string): Promise<void> {
    await this.editor.locator('.view-lines').click();
    await expect(this.editor.locator('.monaco-editor.focused')).toBeVisible();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.type(text);
  }

  async runAll(): Promise<void> {
    const before = await this.runs().count();
    await this.page.getByRole('button', { name: 'Run all' }).click();
    await expect(this.runs()).toHaveCount(before + 1);
    await expect(this.runs().last()).toHaveAttribute('data-state', /done|failed/, { timeout: 90_000 });
  }

  /** Runs the command on the cursor's line with the keyboard shortcut. */
  async runCurrentLine(): Promise<void> {
    const before = await this.runs().count();
    await this.page.keyboard.press('ControlOrMeta+Enter');
    await expect(this.runs()).toHaveCount(before + 1);
    await expect(this.runs().last()).toHaveAttribute('data-state', /done|failed/, { timeout: 90_000 });
  }

  runs(): Locator {
    return this.output.getByTestId('output-run');
  }

  /** Monaco's suggestion list (rendered outside the editor: the editor uses fixed overflow widgets). */
  suggestions(): Locator {
    return this.page.locator('.suggest-widget.visible');
  }

  /** The editor's text as displayed (Monaco renders spaces as no-break spaces). */
  async editorText(): Promise<string> {
    return (await this.editor.locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
  }

  async fastForward(label: '5 minutes' | '15 minutes' | '1 hour'): Promise<void> {
    const clock = this.page.getByTestId('virtual-clock');
    const before = await clock.textContent();
    await this.page.getByRole('button', { name: `Fast-forward ${label}` }).click();
    await expect(clock).not.toHaveText(before ?? '');
  }

  async check(): Promise<void> {
    await this.page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(this.checkReport).toBeVisible();
  }

  checkItem(id: string): Locator {
    return this.checkReport.locator(`[data-check-id="${id}"]`);
  }
}
