// Test fixtures are served by the test runner from tests/fixtures/.
import type { Disclosure } from '../../src/schema/disclosure.js';

export const SAMPLE_JSON = 'linzi-industry-it-bureau-2021-final.json';
export const SAMPLE_TEXT = 'linzi-industry-it-bureau-2021-final.txt';

export async function fixtureText(name: string): Promise<string> {
  const response = await fetch(new URL(`../fixtures/${name}`, import.meta.url));
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return response.text();
}

export async function fixtureJson<T = unknown>(name: string): Promise<T> {
  return JSON.parse(await fixtureText(name)) as T;
}

/** The sample document, a fresh copy on every call so a test can change it freely. */
export async function sampleDocument(): Promise<Disclosure> {
  return fixtureJson<Disclosure>(SAMPLE_JSON);
}
