/**
 * Public entry of the synthetic archive generator.
 */
export { generateCorpus, GENERATOR_DEFAULTS, GENERATOR_VERSION, type GenerateOptions } from './generate.ts'
export { serializeCorpus } from './serialize.ts'
