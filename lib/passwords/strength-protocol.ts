import type { Strength } from './strength';

export interface CheckRequest {
  readonly id: number;
  readonly password: string;
  readonly userInputs: readonly string[];
}

export type WorkerReply =
  | { readonly type: 'ready' }
  | { readonly type: 'result'; readonly id: number; readonly strength: Strength };
