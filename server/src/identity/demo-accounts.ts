import type { Role } from '@hulei/shared';

/** CONTRACT.md's demo accounts (demo mode only). They have no second factor enrolled. */
export const DEMO_PASSWORD = 'Hulei@2026';

export const DEMO_ACCOUNTS: ReadonlyArray<{ phone: string; name: string; role: Role; regionCode: string }> = [
  { phone: '13800000001', name: '太平铺村妇联主席', role: 'federation_village', regionCode: '431222114200' },
  { phone: '13800000002', name: '海沙坪村妇联主席', role: 'federation_village', regionCode: '431222114203' },
  { phone: '13800000003', name: '官庄镇妇联', role: 'federation_town', regionCode: '431222114' },
  { phone: '13800000004', name: '沅陵县妇联', role: 'federation_county', regionCode: '431222' },
  { phone: '13800000005', name: '怀化市妇联', role: 'federation_city', regionCode: '4312' },
];
