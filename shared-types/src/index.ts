export * from './org';
export * from './claims';
export * from './portal';
export * from './ports';
