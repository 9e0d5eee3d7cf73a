import type { DescribeSecretRequest, DescribeSecretResponse } from '@aws-sdk/client-secrets-manager';
import { defineOperation } from '../../sandbox/service-handlers';
import { findSecret } from './find-secret';
import { renderSecretDescription } from './render-secret';

/** DescribeSecret: metadata only (never the value); works on a secret scheduled for deletion. */
export const describeSecret = defineOperation<DescribeSecretRequest, DescribeSecretResponse>((ctx, input) =>
  renderSecretDescription(findSecret(ctx.regionState.secretsmanager, input.SecretId ?? '')),
);
