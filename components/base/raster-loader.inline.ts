/** raster-loader.ts for the single-file script, where nothing loads later: the painter is in it. */
import * as raster from './raster.js';

export const loadRaster = async (): Promise<typeof raster> => raster;
