/** The account's IAM roles and policies (IAM is global: one per sandbox, not per region). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in as the service is built
export interface IamState {}

export function createIamState(): IamState {
  return {};
}
