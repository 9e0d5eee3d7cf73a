import type { ServiceHandlers } from '../../sandbox/service-handlers';
import { createSecret } from './create-secret';
import { deleteSecret } from './delete-secret';
import { describeSecret } from './describe-secret';
import { getRandomPassword } from './get-random-password';
import { getSecretValue } from './get-secret-value';
import { listSecrets } from './list-secrets';
import { putSecretValue } from './put-secret-value';
import { restoreSecret } from './restore-secret';
import { secretTransitionHandlers } from './secret-deletion';
import { tagResource, untagResource } from './tag-secret';
import { updateSecret } from './update-secret';

export const secretsmanagerHandlers: ServiceHandlers = {
  service: 'secretsmanager',
  operations: {
    GetRandomPassword: getRandomPassword,
    CreateSecret: createSecret,
    GetSecretValue: getSecretValue,
    DescribeSecret: describeSecret,
    ListSecrets: listSecrets,
    PutSecretValue: putSecretValue,
    UpdateSecret: updateSecret,
    DeleteSecret: deleteSecret,
    RestoreSecret: restoreSecret,
    TagResource: tagResource,
    UntagResource: untagResource,
  },
  transitions: secretTransitionHandlers,
};
