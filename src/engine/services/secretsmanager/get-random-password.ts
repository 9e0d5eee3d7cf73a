import type { GetRandomPasswordRequest, GetRandomPasswordResponse } from '@aws-sdk/client-secrets-manager';
import { DeterministicIds } from '../../sandbox/deterministic-ids';
import { defineOperation } from '../../sandbox/service-handlers';
import { generatePassword, type PasswordRules } from './random-password';
import { validationError } from './secretsmanager-errors';

const MAX_PASSWORD_LENGTH = 4096;

/**
 * GetRandomPassword (default length 32, 1–4096). It is a read, which the log may coalesce or never
 * record, so it must not advance the sandbox's id counter: its randomness comes from a generator
 * seeded by the sandbox seed, the virtual time and the counter's current value instead.
 */
export const getRandomPassword = defineOperation<GetRandomPasswordRequest, GetRandomPasswordResponse>((ctx, input) => {
  const length = input.PasswordLength ?? 32;
  if (length < 1) throw validationError(length, 'passwordLength', 'Member must have value greater than or equal to 1');
  if (length > MAX_PASSWORD_LENGTH) {
    throw validationError(length, 'passwordLength', `Member must have value less than or equal to ${MAX_PASSWORD_LENGTH}`);
  }
  const rules: PasswordRules = {
    length,
    excludeCharacters: input.ExcludeCharacters ?? '',
    excludeNumbers: input.ExcludeNumbers === true,
    excludePunctuation: input.ExcludePunctuation === true,
    excludeUppercase: input.ExcludeUppercase === true,
    excludeLowercase: input.ExcludeLowercase === true,
    includeSpace: input.IncludeSpace === true,
    requireEachIncludedType: input.RequireEachIncludedType ?? true,
  };
  const { seed } = ctx.state.identity;
  const ids = new DeterministicIds(`${seed}/secretsmanager/random-password/${ctx.now.getTime()}/${ctx.state.idCounter.value}`, { value: 0 });
  return { RandomPassword: generatePassword(rules, (count) => Buffer.from(ids.hex(count * 2), 'hex')) };
});
