import type { INestApplicationContext } from '@nestjs/common';
import { RegionsService } from '../regions/regions.service';

/** Demo mode's data: 怀化市 down to every village. Each step checks first, so a second run is a no-op. */
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
}
