/**
 * Version of the simulated numbers, recorded in every baseline entry. Bump it (and say why in the
 * CHANGELOG) whenever a change alters any metric for the same inputs: baselines written by another
 * version are then reported as "simulator changed" instead of as regressions of the scenario.
 * It is deliberately not the package version: a release that changes no number keeps baselines clean.
 */
export const SIMULATOR_VERSION = 'genz-ts/2.0.0 (GenZ 091bdd0; corrected model, docs/model.md)';
