import type { OperationHandler } from '../../../sandbox/service-handlers';
import { addTagsToResource } from './add-tags-to-resource';
import { listTagsForResource } from './list-tags-for-resource';
import { removeTagsFromResource } from './remove-tags-from-resource';

export const tagOperations: Readonly<Record<string, OperationHandler>> = {
  AddTagsToResource: addTagsToResource,
  ListTagsForResource: listTagsForResource,
  RemoveTagsFromResource: removeTagsFromResource,
};
