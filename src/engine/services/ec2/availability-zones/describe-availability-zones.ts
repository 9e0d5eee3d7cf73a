import type { AvailabilityZone, DescribeAvailabilityZonesRequest, DescribeAvailabilityZonesResult } from '@aws-sdk/client-ec2';
import { defineOperation } from '../../../sandbox/service-handlers';
import { availabilityZonesOf, type AvailabilityZoneInfo } from '../availability-zones';
import { unknownAvailabilityZoneIds, unknownAvailabilityZones } from '../ec2-errors';
import { compileFilters, type FilterFields } from '../ec2-filters';

type ZoneRow = AvailabilityZoneInfo & { readonly tags: readonly [] };

const ZONE_FILTERS: FilterFields<ZoneRow> = {
  'zone-name': (zone) => [zone.zoneName],
  'zone-id': (zone) => [zone.zoneId],
  'region-name': (zone) => [zone.regionName],
  'group-name': (zone) => [zone.regionName],
  'network-border-group': (zone) => [zone.regionName],
  state: () => ['available'],
  'zone-type': () => ['availability-zone'],
  'opt-in-status': () => ['opt-in-not-required'],
  // Zones have no messages and no parent zone (only Local and Wavelength Zones do): valid, match nothing.
  message: () => [],
  'parent-zone-id': () => [],
  'parent-zone-name': () => [],
};

function renderZone(zone: AvailabilityZoneInfo): AvailabilityZone {
  return {
    ZoneName: zone.zoneName,
    ZoneId: zone.zoneId,
    RegionName: zone.regionName,
    State: 'available',
    OptInStatus: 'opt-in-not-required',
    Messages: [],
    GroupName: zone.regionName,
    NetworkBorderGroup: zone.regionName,
    ZoneType: 'availability-zone',
  };
}

export const describeAvailabilityZones = defineOperation<DescribeAvailabilityZonesRequest, DescribeAvailabilityZonesResult>(
  (ctx, input) => {
    const matches = compileFilters(input.Filters, ZONE_FILTERS);
    const zones: ZoneRow[] = availabilityZonesOf(ctx.region).map((zone) => ({ ...zone, tags: [] }));
    const names = input.ZoneNames ?? [];
    const ids = input.ZoneIds ?? [];
    const unknownNames = names.filter((name) => !zones.some((zone) => zone.zoneName === name));
    if (unknownNames.length > 0) throw unknownAvailabilityZones(unknownNames);
    const unknownIds = ids.filter((id) => !zones.some((zone) => zone.zoneId === id));
    if (unknownIds.length > 0) throw unknownAvailabilityZoneIds(unknownIds);
    const listed = zones.filter(
      (zone) =>
        (names.length === 0 && ids.length === 0 ? true : names.includes(zone.zoneName) || ids.includes(zone.zoneId)) && matches(zone),
    );
    return { AvailabilityZones: listed.map(renderZone) };
  },
);
