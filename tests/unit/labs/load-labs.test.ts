import { describe, expect, it } from 'vitest';
import { listLabs, loadLab } from '../../../src/labs/load-labs';

describe('the lab catalog', () => {
  it('lists labs in their learning-path order, each with its step count', async () => {
    const labs = await listLabs();
    expect(labs.map((l) => l.slug).slice(0, 2)).toEqual(['first-aurora-mysql-cluster', 'aurora-high-availability']);
    expect(labs.every((l) => l.stepCount > 0 && l.examDomains.length > 0)).toBe(true);
  });

  it('answers undefined for a lab that does not exist, including path tricks', async () => {
    expect(await loadLab('no-such-lab')).toBeUndefined();
    expect(await loadLab('../labs')).toBeUndefined();
  });
});
