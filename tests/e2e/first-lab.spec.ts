import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { LabWorkspacePage } from './support/lab-workspace-page';

const LAB_SLUG = 'first-aurora-mysql-cluster';
const LAB_TITLE = /Create your first Aurora MySQL cluster/;

/** The lab's reference solution, as a learner would type it (comment lines left out). */
function solutionCommands(): string {
  const solution = readFileSync(path.resolve('labs', LAB_SLUG, 'solution.sh'), 'utf8');
  return solution
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .join('\n')
    .trim();
}

test.describe('the first Aurora MySQL lab', () => {
  test('typing the lab’s commands, running them and fast-forwarding passes every check', async ({ page }) => {
    // Everything, the editor included, is served by the app itself: no request leaves this machine.
    const outbound: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (/^https?:$/.test(url.protocol) && !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) outbound.push(url.href);
    });
    const lab = new LabWorkspacePage(page);
    await lab.openFromHome(LAB_TITLE);

    await lab.typeCommands(solutionCommands());
    await lab.runAll();
    await expect(lab.runs().last()).toHaveAttribute('data-exit-code', '0');

    await lab.fastForward('15 minutes');
    const cluster = page.locator('[data-testid=cluster][data-cluster-id=lab-aurora-mysql]');
    await expect(cluster).toHaveAttribute('data-status', 'available');
    await expect(page.locator('[data-testid=instance][data-instance-id=lab-aurora-mysql-writer]')).toHaveAttribute(
      'data-status',
      'available',
    );

    await lab.check();
    await expect(lab.checkReport).toHaveAttribute('data-passed', 'true');
    await expect(lab.checkReport.getByRole('heading', { name: /All checks pass/ })).toBeVisible();
    await expect(lab.checkReport.locator('[data-check-id][data-passed=false]')).toHaveCount(0);
    await expect(lab.checkReport.locator('[data-check-id][data-passed=true]')).not.toHaveCount(0);
    // Every step in the navigation shows as passed.
    await expect(page.getByRole('navigation', { name: 'Lab steps' }).getByText('(checks passed)')).toHaveCount(4);
    expect(outbound).toEqual([]);
  });

  test('a wrong attempt shows which check failed and why', async ({ page }) => {
    const lab = new LabWorkspacePage(page);
    await lab.openFromHome(LAB_TITLE);

    // Check before doing anything: nothing passes, and the first check says what is missing.
    await lab.check();
    await expect(lab.checkReport).toHaveAttribute('data-passed', 'false');
    const subnetGroupCheck = lab.checkItem('subnet-group-exists');
    await expect(subnetGroupCheck).toHaveAttribute('data-passed', 'false');
    await expect(subnetGroupCheck).toContainText('A DB subnet group named aurora-lab-subnets exists');
    await expect(subnetGroupCheck).toContainText('Expected');
    await expect(subnetGroupCheck).toContainText('Actual');

    // On the cluster step, a cluster under another name: its check fails and says why, with expected vs actual.
    await page.getByRole('navigation', { name: 'Lab steps' }).getByRole('button', { name: /Create the cluster/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Create the cluster' })).toBeVisible();
    await lab.typeCommands(
      'aws rds create-db-cluster --db-cluster-identifier my-cluster --engine aurora-mysql --master-username admin --master-user-password Passw0rd-Passw0rd',
    );
    await lab.runCurrentLine();
    await expect(lab.runs().last()).toHaveAttribute('data-exit-code', '0');
    await expect(page.locator('[data-testid=cluster][data-cluster-id=my-cluster]')).toBeVisible();

    await lab.check();
    await expect(lab.checkReport).toHaveAttribute('data-passed', 'false');
    const clusterCheck = lab.checkItem('cluster-exists');
    await expect(clusterCheck).toHaveAttribute('data-passed', 'false');
    await expect(clusterCheck).toContainText('A cluster named lab-aurora-mysql runs aurora-mysql');
    await expect(clusterCheck).toContainText('0/2 pts');
    // Expected vs actual: what the check wanted, and what the sandbox answered instead.
    await expect(clusterCheck.locator('dd').first()).toContainText('aurora-mysql');
    await expect(clusterCheck.locator('dd').nth(1)).not.toBeEmpty();
    await expect(clusterCheck).toContainText('lab-aurora-mysql');
    // The current step's section is open so the reason is visible without a click.
    await expect(lab.checkReport.locator('details[data-step-id=cluster]')).toHaveAttribute('open', '');
  });

  test('a mistyped command shows the CLI’s error and exit code', async ({ page }) => {
    const lab = new LabWorkspacePage(page);
    await lab.openFromHome(LAB_TITLE);

    await lab.typeCommands('aws rds describe-db-clustrs');
    await lab.runCurrentLine();
    const run = lab.runs().last();
    await expect(run).not.toHaveAttribute('data-exit-code', '0');
    await expect(run.locator('[data-stream=stderr]').first()).toContainText(/invalid choice/i);
  });
});
