export * from './labels';
export * from './inventory';
export * from './accounts';
export * from './import-specs';
export * from './import-values';
export * from './bulk-edit';
export * from './plan';
export * from './test-runs';
