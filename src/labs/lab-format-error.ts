/** A lab folder that does not describe a valid lab; lists every problem with where it is. */
export class LabFormatError extends Error {
  constructor(
    readonly slug: string,
    readonly problems: readonly string[],
  ) {
    super(`Lab ${slug} is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'LabFormatError';
  }
}
