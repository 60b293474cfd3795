export * from './labels';
export * from './inventory';
export * from './accounts';
