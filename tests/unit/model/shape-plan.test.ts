import { describe, expect, it } from 'vitest';
import { AwsError } from '@/engine/aws-error';
import { serviceModel } from '@/engine/model/service-model';
import { shapePlan } from '@/engine/model/shape-plan';
import { validateInput } from '@/engine/model/validate-input';
import { wireProtocolFor } from '@/engine/protocols/wire-protocol-for';

describe('shape plans', () => {
  it('are compiled once per shape and shared by every member that targets it', () => {
    const rds = serviceModel('rds');
    const create = shapePlan(rds.operations.get('CreateDBCluster')!.input);
    const modify = shapePlan(rds.operations.get('ModifyDBCluster')!.input);
    if (create.kind !== 'structure' || modify.kind !== 'structure') throw new Error('not structures');
    expect(shapePlan(rds.operations.get('CreateDBCluster')!.input)).toBe(create);
    expect(create.memberByName.get('ServerlessV2ScalingConfiguration')!.shape).toBe(
      modify.memberByName.get('ServerlessV2ScalingConfiguration')!.shape,
    );
    expect(create.members.map((m) => m.name).slice(0, 3)).toEqual(['DBClusterIdentifier', 'Engine', 'AvailabilityZones']);
  });

  for (const service of ['rds', 'ec2'] as const) {
    it(`cover every ${service} operation: inputs validate (or name a missing parameter), empty outputs encode`, () => {
      const model = serviceModel(service);
      const protocol = wireProtocolFor(model);
      for (const operation of model.operations.values()) {
        try {
          validateInput(service, operation.input, {});
        } catch (error) {
          expect(error).toBeInstanceOf(AwsError);
          expect((error as AwsError).code).toBe('MissingParameter');
        }
        expect(protocol.encodeResult(model, operation.name, {}, 'r').status).toBe(200);
      }
    });
  }
});
