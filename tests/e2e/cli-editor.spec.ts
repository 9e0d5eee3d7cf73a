import { expect, test } from '@playwright/test';
import { LabWorkspacePage } from './support/lab-workspace-page';

const LAB_TITLE = /Create your first Aurora MySQL cluster/;

test.describe('the command editor', () => {
  test('completion offers --db-cluster-identifier after `aws rds create-db-cluster --db-c`, and Tab inserts it', async ({ page }) => {
    const lab = new LabWorkspacePage(page);
    await lab.openFromHome(LAB_TITLE);

    await lab.typeCommands('aws rds create-db-cluster --db-c');
    const suggestions = lab.suggestions();
    await expect(suggestions).toBeVisible();
    await expect(suggestions.locator('.monaco-list-row', { hasText: '--db-cluster-identifier' })).toBeVisible();
    // Required options come first, and say so.
    await expect(suggestions.locator('.monaco-list-row.focused')).toContainText('--db-cluster-identifier');
    await expect(suggestions.locator('.monaco-list-row.focused')).toContainText('required');
    // Tab takes the suggestion, as in a shell; Enter stays a new line.
    await page.keyboard.press('Tab');
    await expect(suggestions).toBeHidden();
    await expect.poll(() => lab.editorText()).toBe('aws rds create-db-cluster --db-cluster-identifier');
    await expect(lab.editor.locator('.monaco-editor.focused')).toBeVisible();

    await page.keyboard.type(' demo --output tabl');
    await expect(suggestions.locator('.monaco-list-row.focused')).toContainText('table');
    await page.keyboard.press('Enter');
    await expect(suggestions).toBeHidden();
    await expect(lab.editor.locator('.view-line')).toHaveCount(2);
    await expect.poll(() => lab.editorText()).toMatch(/^aws rds create-db-cluster --db-cluster-identifier demo --output tabl\n*$/);
  });

  test('a table-format command renders as a table, with the exact text one click away', async ({ page }) => {
    const lab = new LabWorkspacePage(page);
    await lab.openFromHome(LAB_TITLE);

    await lab.typeCommands('aws ec2 describe-subnets --query "Subnets[].{AZ:AvailabilityZone,Subnet:SubnetId}" --output table');
    await lab.runCurrentLine();
    const run = lab.runs().last();
    await expect(run).toHaveAttribute('data-exit-code', '0');
    const table = run.getByRole('table', { name: 'DescribeSubnets' });
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader')).toHaveText(['AZ', 'Subnet']);
    // The fresh sandbox's default VPC has a subnet in each of three zones.
    await expect(table.getByRole('row')).toHaveCount(4);
    await expect(table.getByRole('cell').first()).toHaveText(/^us-east-1[a-f]$/);

    await run.getByRole('button', { name: 'Show the exact text' }).click();
    const text = run.locator('[data-stream=stdout]');
    await expect(text).toContainText('|                DescribeSubnets                 |');
    await expect(text).toContainText('+-------------+');
    await expect(run.getByRole('table')).toHaveCount(0);
    await run.getByRole('button', { name: 'Show as a table' }).click();
    await expect(table).toBeVisible();
    await expect(run.getByRole('button', { name: 'Copy the output' })).toBeVisible();
  });

  test('an unknown option and a missing required option are flagged before running', async ({ page }) => {
    const lab = new LabWorkspacePage(page);
    await lab.openFromHome(LAB_TITLE);

    await lab.typeCommands('aws rds describe-db-clusters --bogus-option 1\naws rds create-db-cluster --db-cluster-identifier demo');
    const warnings = page.getByTestId('editor-warnings');
    await expect(warnings).toContainText('Line 1:');
    await expect(warnings).toContainText('Unknown options: --bogus-option, 1');
    await expect(warnings).toContainText('Line 2:');
    await expect(warnings).toContainText('the following arguments are required: --engine');
    await expect(lab.editor.locator('.squiggly-warning').first()).toBeVisible();

    // A valid command is never flagged.
    await lab.typeCommands('aws rds describe-db-clusters --db-cluster-identifier demo --output table');
    await page.keyboard.press('Escape');
    await expect(warnings).toBeHidden();
    await expect(lab.editor.locator('.squiggly-warning')).toHaveCount(0);
  });

  test('Up on an empty last line recalls earlier commands, kept per sandbox across a reload', async ({ page }) => {
    const lab = new LabWorkspacePage(page);
    await lab.openFromHome(LAB_TITLE);

    await lab.typeCommands('aws sts get-caller-identity');
    await lab.runCurrentLine();
    await page.keyboard.type('aws rds describe-db-clusters --query "DBClusters[].Status"');
    await page.keyboard.press('Escape');
    await lab.runCurrentLine();

    await lab.typeCommands('');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => lab.editorText()).toBe('aws rds describe-db-clusters --query "DBClusters[].Status"');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => lab.editorText()).toBe('aws sts get-caller-identity');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => lab.editorText()).toBe('aws rds describe-db-clusters --query "DBClusters[].Status"');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => lab.editorText()).toBe('');

    await page.reload();
    await lab.waitForSandbox();
    await lab.typeCommands('');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => lab.editorText()).toBe('aws rds describe-db-clusters --query "DBClusters[].Status"');
    await lab.runCurrentLine();
    await expect(lab.runs().last()).toContainText('DBClusters[].Status');
    await expect(lab.runs().last()).toHaveAttribute('data-exit-code', '0');
  });
});
