export * from './labels';
export * from './inventory';
