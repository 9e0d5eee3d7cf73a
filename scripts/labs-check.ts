/**
 * `npm run labs:check`: validates every lab in labs/ and exits non-zero on any fault — the folder
 * parses, every CLI line in its Markdown parses, its initial state fails the checks, and its
 * reference solution passes them all.
 */
import { checkLab } from '../src/labs/check-lab';
import { LabFormatError } from '../src/labs/lab-format-error';
import { labSlugs, labsDir, readLab } from '../src/labs/load-labs';

const dir = process.argv[2] ?? labsDir();
const slugs = labSlugs(dir);
let faults = 0;
if (slugs.length === 0) {
  console.error(`no labs found in ${dir}`);
  process.exit(1);
}
for (const slug of slugs) {
  let problems: readonly string[];
  try {
    problems = (await checkLab(readLab(dir, slug))).problems;
  } catch (error) {
    problems = error instanceof LabFormatError ? error.problems : [String(error)];
  }
  if (problems.length === 0) {
    console.log(`ok    ${slug}`);
  } else {
    faults++;
    console.log(`FAIL  ${slug}`);
    for (const problem of problems) console.log(`      - ${problem.replace(/\n/g, '\n        ')}`);
  }
}
console.log(`${slugs.length - faults} passed, ${faults} failed`);
process.exit(faults ? 1 : 0);
