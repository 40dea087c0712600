import { Region } from '../regions/region.entity';

/** Every entity of every capability, registered once. */
export const ENTITIES = [Region];
