/** Registers `<three-public-costs>` (safe to import twice). */
import { define } from '../base/register.js';
import { ThreePublicCosts } from './three-public-costs.component.js';

export { ThreePublicCosts };
export type { DwSelectDetail, DwErrorDetail } from '../base/events.js';

define('three-public-costs', ThreePublicCosts);

declare global {
  interface HTMLElementTagNameMap {
    'three-public-costs': ThreePublicCosts;
  }
}
