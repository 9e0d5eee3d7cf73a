import type { OperationHandler } from '../../../sandbox/service-handlers';
import { disableHttpEndpoint, enableHttpEndpoint } from './switch-http-endpoint';

/** The Data API switch on clusters (the Data API itself is the `rds-data` service). */
export const dataApiOperations: Readonly<Record<string, OperationHandler>> = {
  EnableHttpEndpoint: enableHttpEndpoint,
  DisableHttpEndpoint: disableHttpEndpoint,
};
