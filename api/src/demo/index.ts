export { generateDemoBatches, generateDemoData, DEFAULT_SEED } from './demo-generator';
export { loadDemoData, type LoadDemoOptions, type SqlRunner } from './demo-loader';
export { BENCH_TOTALS } from './demo-bench';
export * from './demo-types';
