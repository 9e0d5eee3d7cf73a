import { expect, test } from '@playwright/test';
import { LabWorkspacePage } from './support/lab-workspace-page';

const LAB_TITLE = /Create your first Aurora MySQL cluster/;

test.describe('the lab workspace', () => {
  test('Ctrl+Enter runs the whole backslash-continued command under the cursor', async ({ page }) => {
    const lab = new LabWorkspacePage(page);
    await lab.openFromHome(LAB_TITLE);

    await lab.typeCommands('aws rds describe-db-clusters \\\n  --output json');
    await lab.runCurrentLine();
    const run = lab.runs().last();
    await expect(run).toHaveAttribute('data-exit-code', '0');
    await expect(run).toContainText('--output json');
    await expect(run.locator('[data-stream=stdout]').first()).toContainText('"DBClusters"');
  });

  test('“Copy to editor” puts a step’s command in the editor, ready to run', async ({ page }) => {
    const lab = new LabWorkspacePage(page);
    await lab.openFromHome(LAB_TITLE);

    await page.getByRole('button', { name: /^Copy to editor: aws ec2 describe-subnets/ }).first().click();
    await expect(lab.editor.locator('.monaco-editor.focused')).toBeVisible();
    await expect(lab.editor.locator('.view-lines')).toContainText('aws ec2 describe-subnets');
    // The inserted command is selected, so Ctrl+Enter runs exactly it.
    await lab.runCurrentLine();
    await expect(lab.runs().last()).toContainText('aws ec2 describe-subnets');
    await expect(lab.runs().last()).toHaveAttribute('data-exit-code', '0');
  });

  test('on a narrow screen, “Copy to editor” switches to the Terminal tab with the command selected', async ({ page }) => {
    await page.setViewportSize({ width: 720, height: 900 });
    const lab = new LabWorkspacePage(page);
    await lab.openFromHome(LAB_TITLE);

    await page.getByRole('button', { name: /^Copy to editor: aws ec2 describe-subnets/ }).first().click();
    await expect(page.getByRole('tab', { name: /Terminal/ })).toHaveAttribute('aria-selected', 'true');
    await expect(lab.editor.locator('.monaco-editor.focused')).toBeVisible();
    await lab.runCurrentLine();
    await expect(lab.runs().last()).toHaveAttribute('data-exit-code', '0');
  });

  test('a reload resumes the same sandbox, editor text and output', async ({ page }) => {
    const lab = new LabWorkspacePage(page);
    await lab.openFromHome(LAB_TITLE);

    await lab.typeCommands(
      'aws rds create-db-subnet-group --db-subnet-group-name reload-check --db-subnet-group-description "Reload check" --subnet-ids $(aws ec2 describe-subnets --query "Subnets[].SubnetId" --output text)',
    );
    await lab.runCurrentLine();
    await expect(lab.runs().last()).toHaveAttribute('data-exit-code', '0');
    await expect(page.getByTestId('subnet-group').filter({ hasText: 'reload-check' })).toBeVisible();

    await page.reload();
    await lab.waitForSandbox();
    await expect(page.getByTestId('subnet-group').filter({ hasText: 'reload-check' })).toBeVisible();
    await expect(lab.runs().filter({ hasText: 'reload-check' })).toHaveCount(1);
    await expect(lab.editor.locator('.view-lines')).toContainText('create-db-subnet-group');
  });

  test('Reset asks first, then returns the sandbox to the lab’s initial state', async ({ page }) => {
    const lab = new LabWorkspacePage(page);
    await lab.openFromHome(LAB_TITLE);

    await lab.typeCommands(
      'aws rds create-db-subnet-group --db-subnet-group-name reset-check --db-subnet-group-description "Reset check" --subnet-ids $(aws ec2 describe-subnets --query "Subnets[].SubnetId" --output text)',
    );
    await lab.runCurrentLine();
    await expect(page.getByTestId('subnet-group').filter({ hasText: 'reset-check' })).toBeVisible();

    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset the sandbox?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('subnet-group').filter({ hasText: 'reset-check' })).toBeVisible();

    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await dialog.getByRole('button', { name: 'Reset sandbox' }).click();
    await expect(page.getByTestId('subnet-group').filter({ hasText: 'reset-check' })).toHaveCount(0);
    await expect(lab.output).toContainText('Sandbox reset');
  });
});
