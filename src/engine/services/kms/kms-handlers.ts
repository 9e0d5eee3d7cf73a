import type { ServiceHandlers } from '../../sandbox/service-handlers';
import { createAlias } from './aliases/create-alias';
import { deleteAlias } from './aliases/delete-alias';
import { listAliases } from './aliases/list-aliases';
import { updateAlias } from './aliases/update-alias';
import { cancelKeyDeletion } from './keys/cancel-key-deletion';
import { createKey } from './keys/create-key';
import { describeKey } from './keys/describe-key';
import { disableKey } from './keys/disable-key';
import { enableKey } from './keys/enable-key';
import { deleteKeyWhenDue, KEY_DELETION_TRANSITION } from './keys/key-deletion';
import { listKeys } from './keys/list-keys';
import { scheduleKeyDeletion } from './keys/schedule-key-deletion';
import { updateKeyDescription } from './keys/update-key-description';
import { listResourceTags } from './tags/list-resource-tags';
import { tagResource } from './tags/tag-resource';
import { untagResource } from './tags/untag-resource';

export const kmsHandlers: ServiceHandlers = {
  service: 'kms',
  operations: {
    CreateKey: createKey,
    DescribeKey: describeKey,
    ListKeys: listKeys,
    ScheduleKeyDeletion: scheduleKeyDeletion,
    CancelKeyDeletion: cancelKeyDeletion,
    EnableKey: enableKey,
    DisableKey: disableKey,
    UpdateKeyDescription: updateKeyDescription,
    CreateAlias: createAlias,
    UpdateAlias: updateAlias,
    DeleteAlias: deleteAlias,
    ListAliases: listAliases,
    TagResource: tagResource,
    UntagResource: untagResource,
    ListResourceTags: listResourceTags,
  },
  transitions: {
    [KEY_DELETION_TRANSITION]: deleteKeyWhenDue,
  },
};
