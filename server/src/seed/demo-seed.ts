import type { INestApplicationContext } from '@nestjs/common';
import { AccountsService } from '../identity/accounts.service';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../identity/demo-accounts';
import { RegionsService } from '../regions/regions.service';
import { seedStarterLearning } from './starter-learning';

/**
 * Demo mode's data: 怀化市 down to every village, the starter lessons and quiz questions, and
 * CONTRACT.md's demo accounts. Each step checks first, so a second run is a no-op.
 */
export const DEMO_REGION_ROOT = '4312';

export async function seedDemo(app: INestApplicationContext, log: (line: string) => void): Promise<void> {
  const regions = app.get(RegionsService);
  const present = await regions.getRegion('431222114200').then(
    () => true,
    () => false,
  );
  if (present) {
    log('demo regions: already there');
  } else {
    log(`demo regions: importing ${DEMO_REGION_ROOT} 怀化市…`);
    const result = await regions.importDivisions({ root: DEMO_REGION_ROOT });
    log(
      `demo regions: ${result.counts.county} counties, ${result.counts.town} towns, ${result.counts.village} villages`,
    );
  }

  await seedStarterLearning(app, log);

  const accounts = app.get(AccountsService);
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    if (await accounts.ensureAccount({ ...account, password: DEMO_PASSWORD })) created += 1;
  }
  log(created ? `demo accounts: ${created} created (password ${DEMO_PASSWORD})` : 'demo accounts: already there');
}
