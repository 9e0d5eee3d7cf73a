import type { DescribeEventCategoriesMessage, EventCategoriesMessage } from '@aws-sdk/client-rds';
import { defineOperation } from '../../../sandbox/service-handlers';
import { invalidParameterValue } from '../rds-errors';
import { EVENT_CATEGORIES_BY_SOURCE_TYPE } from './rds-event-categories';

/**
 * DescribeEventCategories: the categories of every source type, or of the one asked for. AWS
 * documents `Filters` as not currently supported; they are accepted and ignored.
 */
export const describeEventCategories = defineOperation<DescribeEventCategoriesMessage, EventCategoriesMessage>((_ctx, input) => {
  const wanted = input.SourceType;
  if (wanted !== undefined && !Object.hasOwn(EVENT_CATEGORIES_BY_SOURCE_TYPE, wanted)) {
    throw invalidParameterValue(`Invalid source type: ${wanted}`);
  }
  const types = wanted === undefined ? Object.keys(EVENT_CATEGORIES_BY_SOURCE_TYPE) : [wanted];
  return {
    EventCategoriesMapList: types.map((sourceType) => ({
      SourceType: sourceType,
      EventCategories: [...EVENT_CATEGORIES_BY_SOURCE_TYPE[sourceType]],
    })),
  };
});
