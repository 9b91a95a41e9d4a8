import { GenzError } from './errors.js';
import { CollectiveType } from './operators.js';

/** Fixed start-up cost of every collective except point-to-point messages (spec §8). */
const COLLECTIVE_START_S = 5e-6;

/**
 * Time of one collective under GenZ's strategy, in milliseconds (spec §8). `bytes` is the per-chip
 * payload, `nodes` the participants, `latency` (s) and `bandwidth` (B/s) those of one link. Sums are
 * evaluated left to right, as GenZ does, so results are bit-identical.
 */
export function collectiveTimeMs(type: CollectiveType, bytes: number, nodes: number, latency: number, bandwidth: number): number {
  switch (type) {
    case CollectiveType.AllReduce:
      if (bytes === 0 || nodes === 1) return 0;
      return (COLLECTIVE_START_S + 2 * (nodes - 1) * latency + (2 * (nodes - 1) * (bytes / nodes)) / bandwidth) * 1000;
    case CollectiveType.AllGather:
    case CollectiveType.AllToAll:
      if (bytes === 0 || nodes === 1) return 0;
      return (COLLECTIVE_START_S + (nodes - 1) * latency + ((nodes - 1) * (bytes / nodes)) / bandwidth) * 1000;
    case CollectiveType.MessagePass:
      if (bytes === 0) return 0;
      return (latency + bytes / bandwidth) * 1000;
    default:
      throw new GenzError(
        'unsupported_setting',
        'ValueError',
        `collective type ${String(type)} (ReduceScatter) is not supported by GenZ's collective strategy`,
      );
  }
}
