// TEMPORARY placeholder so the engine can be wired before the miner lands (issue 5 replaces it).
import type { Definition } from './types';

export function mineDefinitions(_text: string): Definition[] {
  return [];
}
